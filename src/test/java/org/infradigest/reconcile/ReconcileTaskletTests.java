package org.infradigest.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.h2.api.Trigger;
import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.stats.StatFact;
import org.infradigest.store.ArticleExtraction;
import org.infradigest.store.ExtractionStore;
import org.infradigest.store.KeyOrderedFacts;
import org.infradigest.store.StatisticsStore;
import org.infradigest.store.StoreDatabase;
import org.infradigest.store.sort.SortWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ReconcileTaskletTests {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);

    @TempDir
    Path temp;

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @Test
    void conflictsAreWrittenLargestDifferenceFirstEvenWhenTheSortSpillsToDisk() {
        // given: a table figure with two news figures off by 50% and 3%, and three news figures of which one is
        // off by 100%
        givenTowersAndRacks();
        SortWorkspace tiny = new SortWorkspace(temp.resolve("sort"), 1);
        KeyOrderedFacts facts = new KeyOrderedFacts(jdbc.getDataSource(), tiny, 2);

        // when
        new ReconcileTasklet(jdbc, facts, tiny, new FigureReconciler(), RUN,
                new DataSourceTransactionManager(jdbc.getDataSource()))
                .execute(new StepContribution(MetaDataInstanceFactory.createStepExecution()), null);

        // then
        assertThat(jdbc.queryForList("SELECT metric || ' ' || other_value || ' ' || difference_pct FROM conflict "
                + "ORDER BY conflict_id", String.class)).containsExactly(
                        "racks 20.0000000000 100.0000", "towers 150.0000000000 50.0000", "towers 103.0000000000 3.0000");
        assertThat(jdbc.queryForList("SELECT conflict_id FROM conflict ORDER BY conflict_id", Long.class))
                .containsExactly(1L, 2L, 3L);
        // a row written without an id (reconcile gives them) takes the next one, not one already used
        jdbc.update("""
                INSERT INTO conflict (metric, region, operator, period, record_value, record_origin, record_source,
                                      other_value, other_origin, other_source, difference_pct)
                SELECT metric, region, operator, period, record_value, record_origin, record_source, other_value,
                       other_origin, other_source, difference_pct FROM conflict WHERE conflict_id = 1""");
        assertThat(jdbc.queryForObject("SELECT MAX(conflict_id) FROM conflict", Long.class)).isEqualTo(4L);
        assertThat(jdbc.queryForList("SELECT metric || ' ' || region || ' ' || fact_value || ' ' || sources "
                + "FROM figure ORDER BY metric", String.class)).containsExactly(
                        "racks Shanghai 10.0000000000 3", "towers Beijing 100.0000000000 3");
        // the conflicts' runs are gone; the facts' runs are kept for publish until released (at the job's end)
        assertThat(temp.resolve("sort")).isNotEmptyDirectory();
        facts.release();
        assertThat(temp.resolve("sort")).isEmptyDirectory();
    }

    @Test
    void conflictsBeyondOneTransactionAreAllWrittenInOrderAndCommittedOnTheirOwn() {
        // given: a table figure of 100 and, in one article, more news figures off by 3% or more than conflicts go
        // in one transaction
        int news = ReconcileTasklet.CONFLICTS_PER_TRANSACTION + 7;
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/towers.csv", RUN)) {
            batch.add(new StatFact(fact("towers", "Beijing", "100", Origin.STATISTICS, "stats/towers.csv"), false,
                    true));
        }
        jdbc.update("""
                INSERT INTO article (article_key, title, file, format, first_run, last_run)
                VALUES ('a', 't', 'news/a.txt', 'text', DATE '2025-07-01', DATE '2025-07-01')""");
        Fact[] facts = new Fact[news];
        for (int i = 0; i < news; i++) {
            facts[i] = fact("towers", "Beijing", String.valueOf(103 + i), Origin.NEWS, "https://a/" + i);
        }
        new ExtractionStore(jdbc).replaceAll(List.of(article("a", facts)), "v1", RUN);
        SortWorkspace workspace = new SortWorkspace(temp.resolve("sort"), 1 << 20);
        TransactionTemplate step = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));

        // when: the step's transaction rolls back after the tasklet, as when the step fails at its end
        step.executeWithoutResult(status -> {
            tasklet(workspace).execute(new StepContribution(MetaDataInstanceFactory.createStepExecution()), null);
            status.setRollbackOnly();
        });

        // then: the figure went with the step's transaction; the conflicts, largest difference first, stayed
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM figure", Integer.class)).isZero();
        List<BigDecimal> differences = jdbc.queryForList("SELECT difference_pct FROM conflict ORDER BY conflict_id",
                BigDecimal.class);
        assertThat(differences).hasSize(news);
        assertThat(differences.getFirst()).isEqualByComparingTo(String.valueOf(news + 2));
        assertThat(differences.getLast()).isEqualByComparingTo("3");
        assertThat(differences).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aNightWithNoChangedFactLeavesTheFiguresAndConflictsAsTheyAre() {
        // given: a reconciled store
        givenTowersAndRacks();
        SortWorkspace workspace = new SortWorkspace(temp.resolve("sort"), 1 << 20);
        reconcile(tasklet(workspace));
        // a mark in a conflict, which deciding again would lose (it writes the conflicts afresh, with the same ids)
        jdbc.update("UPDATE conflict SET other_sentence = 'marked' WHERE conflict_id = 1");
        List<Map<String, Object>> figures = jdbc.queryForList("SELECT * FROM figure ORDER BY metric");
        List<Map<String, Object>> conflicts = jdbc.queryForList("SELECT * FROM conflict ORDER BY conflict_id");
        assertThat(conflicts).extracting(c -> c.get("OTHER_SENTENCE")).contains("marked");
        List<Map<String, Object>> census = jdbc.queryForList("SELECT * FROM fact_census");

        // when: the next night finds no new fact
        StepContribution next = reconcile(tasklet(workspace, RUN.plusDays(1), new FigureReconciler()));

        // then: nothing was decided again
        assertThat(jdbc.queryForList("SELECT * FROM figure ORDER BY metric")).isEqualTo(figures);
        assertThat(jdbc.queryForList("SELECT * FROM conflict ORDER BY conflict_id")).isEqualTo(conflicts);
        assertThat(next.getWriteCount()).isZero();
        assertThat(jdbc.queryForList("SELECT run_date || ' ' || prior_run_date FROM reconcile_run", String.class))
                .containsExactly("2025-07-02 2025-07-01");
        assertThat(jdbc.queryForList("SELECT * FROM fact_census")).as("still the facts' census").isEqualTo(census)
                .hasSize(1);
    }

    @Test
    void aChangedOrDeletedFactOrOtherRulesAreReconciledAgain() {
        // given: a reconciled store
        givenTowersAndRacks();
        SortWorkspace workspace = new SortWorkspace(temp.resolve("sort"), 1 << 20);
        reconcile(tasklet(workspace));

        // when: an article now says something else
        new ExtractionStore(jdbc).replaceAll(List.of(
                article("c", fact("racks", "Shanghai", "10", Origin.NEWS, "https://c"))), "v1", RUN.plusDays(1));
        reconcile(tasklet(workspace, RUN.plusDays(1), new FigureReconciler()));

        // then
        assertThat(differences()).containsExactly("towers 50.0000", "towers 3.0000");

        // when: the table is gone
        new StatisticsStore(jdbc).replace("stats/towers.csv", RUN.plusDays(2)).close();
        reconcile(tasklet(workspace, RUN.plusDays(2), new FigureReconciler()));

        // then: the news figures decide it now
        assertThat(jdbc.queryForList("SELECT origin FROM figure WHERE metric = 'towers'", String.class))
                .containsExactly("NEWS");

        // when: the same facts are reconciled with a tolerance wide enough for every difference
        reconcile(tasklet(workspace, RUN.plusDays(3), new FigureReconciler(new BigDecimal("200"))));

        // then
        assertThat(differences()).isEmpty();
    }

    @Test
    void figuresBeyondManyBatchesAreInsertedUpdatedAndDeletedInOrder() {
        // given: a reconciled table of 2,500 figures, more than the writing thread takes in one batch
        SortWorkspace workspace = new SortWorkspace(temp.resolve("sort"), 1 << 20);
        loadRacks(RUN, 0, 2_500, n -> "100");
        reconcile(tasklet(workspace));

        // when: the next night the table drops regions 0-999, changes 1000-1999, keeps 2000-2499, adds 2500-3199
        loadRacks(RUN.plusDays(1), 1_000, 3_200, n -> n < 2_000 ? "200" : "100");
        StepContribution next = reconcile(tasklet(workspace, RUN.plusDays(1), new FigureReconciler()));

        // then
        assertThat(next.getWriteCount()).isEqualTo(1_000 + 1_000 + 700);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM figure", Integer.class)).isEqualTo(2_200);
        assertThat(jdbc.queryForObject("SELECT MIN(region) FROM figure", String.class)).isEqualTo("r01000");
        assertThat(jdbc.queryForList("""
                SELECT fact_value || ' ' || first_run || ' ' || COALESCE(changed_run || ' ' || previous_value, '-')
                FROM figure WHERE region IN ('r01000', 'r01999', 'r02000', 'r02499', 'r02500', 'r03199')
                ORDER BY region""", String.class)).containsExactly(
                        "200.0000000000 2025-07-01 2025-07-02 100.0000000000",
                        "200.0000000000 2025-07-01 2025-07-02 100.0000000000",
                        "100.0000000000 2025-07-01 -",
                        "100.0000000000 2025-07-01 -",
                        "100.0000000000 2025-07-02 -",
                        "100.0000000000 2025-07-02 -");
    }

    @Test
    void aFailedWriteFailsTheStepAndItsTransactionLeavesTheFiguresAsTheyWere() {
        // given: 1,500 figures, and a figure the database refuses after them (in key order)
        loadRacks(RUN, 0, 1_500, n -> "100");
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/towers.csv", RUN)) {
            batch.add(new StatFact(fact("towers", RefusedFigure.REGION, "1", Origin.STATISTICS, "stats/towers.csv"),
                    false, true));
        }
        jdbc.execute("CREATE TRIGGER refuse BEFORE INSERT ON figure FOR EACH ROW CALL \""
                + RefusedFigure.class.getName() + "\"");
        SortWorkspace workspace = new SortWorkspace(temp.resolve("sort"), 1 << 20);
        TransactionTemplate step = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));

        // when
        Throwable failure = catchThrowable(() -> step.executeWithoutResult(status -> reconcile(tasklet(workspace))));

        // then: the refusal reached the step, whose transaction took the figures written before it along
        assertThat(failure).hasStackTraceContaining(RefusedFigure.REGION + " is refused");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM figure", Integer.class)).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("reconcile-"));
    }

    /** A trigger refusing one region's figure, as a full disk or a broken constraint would refuse any. */
    public static final class RefusedFigure implements Trigger {
        static final String REGION = "Refused";

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (Arrays.asList(newRow).contains(REGION)) {
                throw new SQLException(REGION + " is refused");
            }
        }
    }

    /** Loads {@code stats/racks.csv} (again) with one racks figure per region r{from} to r{to - 1}. */
    private void loadRacks(LocalDate run, int from, int to, IntFunction<String> value) {
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/racks.csv", run)) {
            for (int n = from; n < to; n++) {
                batch.add(new StatFact(fact("racks", "r%05d".formatted(n), value.apply(n), Origin.STATISTICS,
                        "stats/racks.csv"), false, true));
            }
        }
    }

    @Test
    void theFactsReconcileReadsAreCountedForPublish() {
        // given
        givenTowersAndRacks();

        // when
        reconcile(tasklet(new SortWorkspace(temp.resolve("sort"), 1 << 20)));

        // then: 6 facts, 5 from news, 1 from the one statistics file, all first read in this run
        assertThat(jdbc.queryForList("""
                SELECT facts || ' ' || news_facts || ' ' || statistics_facts || ' ' || statistics_files
                FROM fact_census""", String.class)).containsExactly("6 5 1 1");
        assertThat(jdbc.queryForList("SELECT first_seen || ' ' || facts FROM fact_census_first_seen", String.class))
                .containsExactly("2025-07-01 6");
    }

    private List<String> differences() {
        return jdbc.queryForList("SELECT metric || ' ' || difference_pct FROM conflict ORDER BY conflict_id",
                String.class);
    }

    private static StepContribution reconcile(ReconcileTasklet tasklet) {
        StepContribution contribution = new StepContribution(MetaDataInstanceFactory.createStepExecution());
        tasklet.execute(contribution, null);
        return contribution;
    }

    private void givenTowersAndRacks() {
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/towers.csv", RUN)) {
            batch.add(new StatFact(fact("towers", "Beijing", "100", Origin.STATISTICS, "stats/towers.csv"), false,
                    true));
        }
        for (String key : List.of("a", "b", "c")) {
            jdbc.update("""
                    INSERT INTO article (article_key, title, file, format, first_run, last_run)
                    VALUES (?, 't', ?, 'text', DATE '2025-07-01', DATE '2025-07-01')""", key, "news/" + key + ".txt");
        }
        new ExtractionStore(jdbc).replaceAll(List.of(
                article("a", fact("towers", "Beijing", "150", Origin.NEWS, "https://a"),
                        fact("racks", "Shanghai", "10", Origin.NEWS, "https://a")),
                article("b", fact("towers", "Beijing", "103", Origin.NEWS, "https://b"),
                        fact("racks", "Shanghai", "10", Origin.NEWS, "https://b")),
                article("c", fact("racks", "Shanghai", "20", Origin.NEWS, "https://c"))), "v1", RUN);
    }

    private ReconcileTasklet tasklet(SortWorkspace workspace, LocalDate run, FigureReconciler reconciler) {
        return new ReconcileTasklet(jdbc, new KeyOrderedFacts(jdbc.getDataSource(), workspace, 2), workspace,
                reconciler, run, new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    private ReconcileTasklet tasklet(SortWorkspace workspace) {
        return tasklet(workspace, RUN, new FigureReconciler());
    }

    private static ArticleExtraction article(String key, Fact... facts) {
        return new ArticleExtraction(key, new Extraction(List.of(facts), List.of(), List.of(), List.of(), List.of()),
                List.of());
    }

    private static Fact fact(String metric, String region, String value, Origin origin, String source) {
        return new Fact(metric, new BigDecimal(value), metric, region, null, "2024", Qualifier.EXACT, origin, source,
                "the sentence of " + source);
    }
}
