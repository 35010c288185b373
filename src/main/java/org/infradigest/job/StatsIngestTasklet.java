package org.infradigest.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Reject;
import org.infradigest.input.ContentHash;
import org.infradigest.input.InputFile;
import org.infradigest.stats.ReadSummary;
import org.infradigest.stats.StatsFileReader;
import org.infradigest.store.RejectStore;
import org.infradigest.store.SourceFileLedger;
import org.infradigest.store.StatisticsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionOperations;

/**
 * One partition of ingestStats: one statistics file. The file is streamed row by row into the store (bounded
 * memory whatever its size, a transaction per batch of rows) and then marked as read in the ledger, with its
 * rejects, in a last transaction; a crash half-way leaves the ledger unchanged, so the next run replaces the
 * partial rows by reading the file again. Partitions run concurrently, one file per thread
 * ({@link StatsFilePartitioner}).
 */
class StatsIngestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StatsIngestTasklet.class);
    private static final int REJECT_BATCH = 1_000;

    private final InputFile file;
    private final StatsFileReader reader;
    private final StatisticsStore store;
    private final SourceFileLedger ledger;
    private final RejectStore rejectStore;
    private final TransactionOperations transactions;
    private final LocalDate runDate;

    StatsIngestTasklet(InputFile file, StatsFileReader reader, StatisticsStore store, SourceFileLedger ledger,
                       RejectStore rejectStore, TransactionOperations transactions, LocalDate runDate) {
        this.file = file;
        this.reader = reader;
        this.store = store;
        this.ledger = ledger;
        this.rejectStore = rejectStore;
        this.transactions = transactions;
        this.runDate = runDate;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        ingest(file, contribution);
        return RepeatStatus.FINISHED;
    }

    private void ingest(InputFile file, StepContribution contribution) throws IOException {
        contribution.incrementReadCount();
        String sha;
        long size;
        try {
            sha = ContentHash.of(file.path());
            size = Files.size(file.path());
        } catch (IOException e) {
            rejectStore.record(List.of(new Reject("ingestStats", file.name(), "", "cannot be read: " + e.getMessage())),
                    runDate);
            contribution.incrementFilterCount(1);
            return;
        }
        if (ledger.isUnchanged(file.path().toString(), sha)) {
            contribution.incrementFilterCount(1);
            return;
        }
        List<Reject> rejects = new ArrayList<>();
        rejectStore.forget("ingestStats", file.name());
        ReadSummary summary;
        try (StatisticsStore.FileBatch batch = store.replace(file.name(), runDate)) {
            summary = reader.read(file.path(), file.name(), batch::add, reject -> {
                rejects.add(reject);
                if (rejects.size() == REJECT_BATCH) { // a file of bad rows must not fill the heap
                    rejectStore.record(rejects, runDate);
                    rejects.clear();
                }
            });
        }
        transactions.executeWithoutResult(status -> {
            rejectStore.record(rejects, runDate);
            ledger.record(file.path().toString(), sha, size, "statistics", 0, runDate);
        });
        contribution.incrementWriteCount(summary.facts());
        log.info("ingestStats: {} ({}): {} facts, {} rejects", file.name(), summary.layout(), summary.facts(),
                summary.rejects());
    }
}
