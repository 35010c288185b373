package org.infradigest.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.infradigest.extract.ExtractionEngine;
import org.infradigest.mail.DigestMailProperties;
import org.infradigest.mail.DigestMessageComposer;
import org.infradigest.mail.MailDeliveryLog;
import org.infradigest.mail.MailDigestTasklet;
import org.infradigest.news.IngestedFile;
import org.infradigest.input.InputFile;
import org.infradigest.news.NewsFileItemReader;
import org.infradigest.news.NewsFileReadAhead;
import org.infradigest.news.NewsFileProcessor;
import org.infradigest.input.InputScanner;
import org.infradigest.news.NewsFileParser;
import org.infradigest.publish.DigestModelQuery;
import org.infradigest.publish.DigestPublisher;
import org.infradigest.reconcile.FigureReconciler;
import org.infradigest.reconcile.ReconcileTasklet;
import org.infradigest.stats.StatsFileReader;
import org.infradigest.store.ArticleExtraction;
import org.infradigest.store.ArticleStore;
import org.infradigest.store.Checkpoint;
import org.infradigest.store.ExtractionStore;
import org.infradigest.store.ExtractionWriter;
import org.infradigest.store.FactIds;
import org.infradigest.store.FolderLedgerLookup;
import org.infradigest.store.IngestedFileWriter;
import org.infradigest.store.KeyOrderedFacts;
import org.infradigest.store.sort.SortWorkspace;
import org.infradigest.store.PendingArticle;
import org.infradigest.store.PendingArticles;
import org.infradigest.store.RejectStore;
import org.infradigest.store.SourceFileLedger;
import org.infradigest.store.StatisticsStore;
import org.infradigest.system.InfraDigestProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wiring of the {@code nightlyDigest} job: ingestNews, ingestStats, extractFacts, reconcile, publish, mail. The work itself lives in the
 * feature packages; every chunk step runs in the database's real transaction manager so that a chunk's
 * rows and the step's restart state commit together.
 */
@Configuration(proxyBeanMethods = false)
class NightlyDigestJobConfiguration {

    @Bean
    Job nightlyDigest(JobRepository jobRepository, JdbcTemplate jdbc, Step ingestNews, Step ingestStats,
                      Step extractFacts, Step reconcile, Step publish, Step mail, InfraDigestProperties properties,
                      KeyOrderedFacts keyOrderedFacts,
                      @Value("${infradigest.stall-timeout:10m}") Duration stallTimeout) {
        return new JobBuilder("nightlyDigest", jobRepository)
                .listener(new DurableRunStart(new Checkpoint(jdbc)))
                .listener(new SortedFactsRelease(keyOrderedFacts))
                .listener(new RunSummaryLogger(jdbc))
                .listener(new StallWatchdogListener(stallTimeout, properties.data()))
                .start(ingestNews)
                .next(ingestStats)
                .next(extractFacts)
                .next(reconcile)
                .next(publish)
                .next(mail)
                .build();
    }

    // --- ingestNews: input files -> articles (deduplicated) and rejects

    @Bean
    Step ingestNews(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    NewsFileReadAhead newsFiles, IngestedFileWriter ingestedFileWriter,
                    InfraDigestProperties properties) {
        // Files are parsed on all cores ahead of the step (NewsFileReadAhead); the step's thread waits for each
        // file's parse (an unchanged file is filtered) and writes the chunk in one transaction.
        return new StepBuilder("ingestNews", jobRepository)
                .<NewsFileReadAhead.Parsing, IngestedFile>chunk(properties.news().filesPerChunk())
                .transactionManager(transactionManager)
                .reader(newsFiles)
                .processor(NewsFileReadAhead.Parsing::await)
                .writer(ingestedFileWriter)
                .build();
    }

    /**
     * At most a chunk's worth of files is parsed ahead of the step, and at most this many bytes of them: with the
     * chunk being written, twice the files of a chunk are in memory at most (a JSON lines file of 500 articles is
     * about 2 MB, its parsed articles several times that).
     */
    private static final long NEWS_BYTES_AHEAD = 32L << 20;

    @Bean
    @StepScope
    NewsFileReadAhead newsFiles(@Value("#{jobParameters['input']}") String input, RejectStore rejectStore,
                                @Value("#{jobParameters['runDate']}") LocalDate runDate,
                                SourceFileLedger ledger, InfraDigestProperties properties,
                                @Value("${infradigest.workers:0}") int workerCount) {
        NewsFileItemReader files = new NewsFileItemReader(new InputScanner(InputScanner.Kind.NEWS), roots(input),
                rejects -> rejectStore.record(rejects, runDate));
        // A processor per step: its ledger lookups are read for this step's files (FolderLedgerLookup).
        NewsFileProcessor processor = new NewsFileProcessor(
                new NewsFileParser(properties.news().maxFileBytes().toBytes()), new FolderLedgerLookup(ledger));
        return new NewsFileReadAhead(files, processor::process, threads(workerCount), "ingestNews-",
                properties.news().filesPerChunk(), NEWS_BYTES_AHEAD);
    }

    @Bean
    @StepScope
    IngestedFileWriter ingestedFileWriter(JdbcTemplate jdbc, RejectStore rejectStore, SourceFileLedger ledger,
                                          @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new IngestedFileWriter(new ArticleStore(jdbc), rejectStore, ledger, runDate);
    }

    // --- ingestStats: tables under stats/ -> statistics facts; one partition per file, one file per transaction

    @Bean
    Step ingestStats(JobRepository jobRepository, StatsFilePartitioner statsFilePartitioner, Step ingestStatsFile,
                     @Value("${infradigest.workers:0}") int workerCount) {
        AsyncTaskExecutor workers = workers("ingestStats", workerCount);
        return new StepBuilder("ingestStats", jobRepository)
                .partitioner("ingestStatsFile", statsFilePartitioner)
                .step(ingestStatsFile)
                .taskExecutor(workers)
                .gridSize(threads(workerCount))
                .build();
    }

    @Bean
    @StepScope
    StatsFilePartitioner statsFilePartitioner(@Value("#{jobParameters['input']}") String input,
                                              RejectStore rejectStore,
                                              @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new StatsFilePartitioner(roots(input), rejectStore, runDate);
    }

    /** Held by a partition while it inserts a batch of rows: one at a time into the fact table (StatisticsStore). */
    private final Lock statisticsInserts = new ReentrantLock();

    /** The tasklet commits its own transactions, a batch of rows at a time ({@link StatisticsStore}). */
    @Bean
    Step ingestStatsFile(JobRepository jobRepository, StatsIngestTasklet statsIngestTasklet) {
        return new StepBuilder("ingestStatsFile", jobRepository)
                .tasklet(statsIngestTasklet, new ResourcelessTransactionManager())
                .build();
    }

    @Bean
    @StepScope
    StatsIngestTasklet statsIngestTasklet(@Value("#{stepExecutionContext['path']}") String path,
                                          @Value("#{stepExecutionContext['name']}") String name, JdbcTemplate jdbc,
                                          StatsFileReader statsFileReader, SourceFileLedger ledger,
                                          RejectStore rejectStore, PlatformTransactionManager transactionManager,
                                          FactIds factIds,
                                          @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        return new StatsIngestTasklet(new InputFile(Path.of(path), name), statsFileReader,
                new StatisticsStore(jdbc, transactions, statisticsInserts, factIds), ledger, rejectStore,
                transactions, runDate);
    }

    /** One reader for every partition: it is thread-safe (as are the engine's gazetteers it resolves with). */
    @Bean
    StatsFileReader statsFileReader(ExtractionEngine engine) {
        return new StatsFileReader(GazetteerResolvers.vocabulary(engine.lexicon()));
    }

    // --- extractFacts: stored articles not yet extracted by this engine version -> facts and records

    /** Partitions of the pending articles, run on all cores (see {@link ExtractionPartitioner}). */
    @Bean
    Step extractFacts(JobRepository jobRepository, Step extractFactsPartition, JdbcTemplate jdbc,
                      ExtractionEngine engine, WriteProgressLogger<ArticleExtraction> extractionProgress,
                      @Value("${infradigest.workers:0}") int workerCount) {
        int threads = threads(workerCount);
        return new StepBuilder("extractFacts", jobRepository)
                .listener(extractionProgress)
                .partitioner("extractFactsPartition", new ExtractionPartitioner(jdbc, engine.version()))
                .step(extractFactsPartition)
                .taskExecutor(workers("extractFacts", threads))
                .gridSize(threads * 4)
                .build();
    }

    @Bean
    WriteProgressLogger<ArticleExtraction> extractionProgress() {
        return new WriteProgressLogger<>("extractFacts", "articles", 1_000);
    }

    /** One span of pending articles, read, extracted and written chunk by chunk on one thread. */
    @Bean
    Step extractFactsPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               JdbcPagingItemReader<PendingArticle> pendingArticles, ExtractionEngine engine,
                               ExtractionWriter extractionWriter,
                               WriteProgressLogger<ArticleExtraction> extractionProgress,
                               InfraDigestProperties properties) {
        return new StepBuilder("extractFactsPartition", jobRepository)
                .<PendingArticle, ArticleExtraction>chunk(properties.news().chunkSize())
                .transactionManager(transactionManager)
                .reader(pendingArticles)
                .processor(new ArticleExtractionProcessor(engine))
                .writer(extractionWriter)
                .listener((ItemWriteListener<ArticleExtraction>) extractionProgress)
                .build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<PendingArticle> pendingArticles(DataSource dataSource, ExtractionEngine engine,
                                                         InfraDigestProperties properties,
                                                         @Value("#{stepExecutionContext['fromRow']}") Long fromRow,
                                                         @Value("#{stepExecutionContext['toRow']}") Long toRow)
            throws Exception {
        return PendingArticles.reader(dataSource, engine.version(), properties.news().chunkSize(), fromRow, toRow);
    }

    @Bean
    @StepScope
    ExtractionWriter extractionWriter(JdbcTemplate jdbc, RejectStore rejectStore, ExtractionEngine engine,
                                      FactIds factIds, @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new ExtractionWriter(new ExtractionStore(jdbc, factIds), rejectStore, engine.version(), runDate);
    }

    /** One for the job's writers of facts (extraction's partitions, the statistics files' tasklets). */
    @Bean
    FactIds factIds(JdbcTemplate jdbc) {
        return new FactIds(jdbc);
    }

    // --- reconcile: all facts -> one figure of record per metric, region, operator and period; conflicts

    @Bean
    Step reconcile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   ReconcileTasklet reconcileTasklet) {
        return new StepBuilder("reconcile", jobRepository)
                .tasklet(reconcileTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    ReconcileTasklet reconcileTasklet(JdbcTemplate jdbc, KeyOrderedFacts keyOrderedFacts,
                                      SortWorkspace sortWorkspace, PlatformTransactionManager transactionManager,
                                      @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new ReconcileTasklet(jdbc, keyOrderedFacts, sortWorkspace, new FigureReconciler(), runDate,
                transactionManager);
    }

    /** Where reconcile and publish sort what no index orders: under the data folder, with a tenth of the heap. */
    @Bean
    SortWorkspace sortWorkspace(InfraDigestProperties properties) {
        return new SortWorkspace(properties.data().toAbsolutePath().resolve("sort"),
                SortWorkspace.defaultMemoryBudget());
    }

    /** Every fact in key order for reconcile and publish, read on all cores. */
    @Bean
    KeyOrderedFacts keyOrderedFacts(DataSource dataSource, SortWorkspace sortWorkspace,
                                    @Value("${infradigest.workers:0}") int workerCount) {
        return new KeyOrderedFacts(dataSource, sortWorkspace, threads(workerCount));
    }

    // --- publish: the store -> output/<runDate>/facts.csv, digest.xlsx, digest.pdf

    @Bean
    Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                 PublishTasklet publishTasklet) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(publishTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    PublishTasklet publishTasklet(JdbcTemplate jdbc, KeyOrderedFacts keyOrderedFacts, SortWorkspace sortWorkspace,
                                  ExtractionEngine engine,
                                  @Value("#{jobParameters['output']}") String output,
                                  @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new PublishTasklet(new DigestModelQuery(jdbc, keyOrderedFacts, sortWorkspace, MetricLabels.of(engine)),
                new DigestPublisher(),
                Path.of(output).resolve(runDate.toString()), runDate);
    }

    // --- mail: digest.pdf -> the configured recipients over SMTP, once per run date (skipped when none set)

    @Bean
    Step mail(JobRepository jobRepository, PlatformTransactionManager transactionManager,
              MailDigestTasklet mailDigestTasklet) {
        return new StepBuilder("mail", jobRepository).tasklet(mailDigestTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    MailDigestTasklet mailDigestTasklet(DigestMailProperties mailProperties, DigestMessageComposer composer,
                                        ObjectProvider<JavaMailSender> mailSender, MailDeliveryLog mailDeliveryLog,
                                        JdbcTemplate jdbc, KeyOrderedFacts keyOrderedFacts,
                                        SortWorkspace sortWorkspace, ExtractionEngine engine,
                                        @Value("#{jobParameters['output']}") String output,
                                        @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        DigestModelQuery query = new DigestModelQuery(jdbc, keyOrderedFacts, sortWorkspace, MetricLabels.of(engine));
        return new MailDigestTasklet(mailProperties, composer, mailSender.getIfAvailable(), mailDeliveryLog,
                Path.of(output).resolve(runDate.toString()).resolve("digest.pdf"), runDate,
                () -> MailHeadlines.of(query.load(runDate)));
    }

    // --- shared parts

    /**
     * The threads a chunk step processes its items on: {@code infradigest.workers}, by default one per core.
     * Virtual threads, so there is no pool to shut down; the limit keeps the work to the cores.
     */
    static AsyncTaskExecutor workers(String step, int count) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(step + "-");
        executor.setVirtualThreads(true);
        executor.setConcurrencyLimit(threads(count));
        return executor;
    }

    /** {@code infradigest.workers}, or one thread per core when it is not set. */
    private static int threads(int workerCount) {
        return workerCount > 0 ? workerCount : Runtime.getRuntime().availableProcessors();
    }

    private static List<Path> roots(String input) {
        return Arrays.stream(input.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    @Bean
    ExtractionEngine extractionEngine() {
        return ExtractionEngine.fromClasspath();
    }

    @Bean
    RejectStore rejectStore(JdbcTemplate jdbc) {
        return new RejectStore(jdbc);
    }

    @Bean
    SourceFileLedger sourceFileLedger(JdbcTemplate jdbc) {
        return new SourceFileLedger(jdbc);
    }
}
