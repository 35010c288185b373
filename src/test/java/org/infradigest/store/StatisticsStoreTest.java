package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.stats.StatFact;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class StatisticsStoreTest {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);

    /** Notes how many batches are being inserted at once, and keeps each one going for a moment. */
    private static final class WatchedJdbc extends JdbcTemplate {
        final AtomicInteger inserting = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        WatchedJdbc(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public <T> T execute(ConnectionCallback<T> action) {
            mostAtOnce.accumulateAndGet(inserting.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2);
                return super.execute(action);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inserting.decrementAndGet();
            }
        }
    }

    private final JdbcTemplate store = StoreDatabase.migrated();
    private final WatchedJdbc jdbc = new WatchedJdbc(store.getDataSource());
    private final TransactionTemplate transactions =
            new TransactionTemplate(new DataSourceTransactionManager(store.getDataSource()));

    private final FactIds ids = new FactIds(store);

    @Test
    void storesSharingALockInsertOneBatchAtATimeAndLoseNoRow() throws Exception {
        Lock shared = new ReentrantLock();

        load(List.of(new StatisticsStore(jdbc, transactions, shared, ids),
                new StatisticsStore(jdbc, transactions, shared, ids),
                new StatisticsStore(jdbc, transactions, shared, ids)), 5_500);

        assertThat(jdbc.mostAtOnce.get()).isEqualTo(1);
        assertThat(store.queryForList("SELECT stats_file || '=' || COUNT(*) FROM fact GROUP BY stats_file ORDER BY 1",
                String.class)).containsExactly("stats/0.csv=5500", "stats/1.csv=5500", "stats/2.csv=5500");
        assertThat(store.queryForObject("SELECT COUNT(DISTINCT stats_file || '/' || seq) FROM fact", Long.class))
                .isEqualTo(3 * 5_500);
        assertThat(store.queryForList("SELECT DISTINCT CAST(run_date AS VARCHAR) || ' ' || CAST(first_seen AS VARCHAR) "
                + "FROM fact", String.class)).containsExactly("2025-07-01 2025-07-01");
    }

    @Test
    void storesWithLocksOfTheirOwnInsertAtOnce() throws Exception {
        load(List.of(new StatisticsStore(jdbc, transactions, new ReentrantLock(), ids),
                new StatisticsStore(jdbc, transactions, new ReentrantLock(), ids),
                new StatisticsStore(jdbc, transactions, new ReentrantLock(), ids)), 5_500);

        assertThat(jdbc.mostAtOnce.get()).as("what the shared lock prevents").isGreaterThan(1);
        assertThat(store.queryForObject("SELECT COUNT(*) FROM fact", Long.class)).isEqualTo(3 * 5_500);
    }

    @Test
    void reloadingAFileReplacesExactlyItsRowsThoughTheFilesIdsInterleave() throws Exception {
        // given: three files loaded at once, so that their batches took turns with the ids
        StatisticsStore statistics = new StatisticsStore(jdbc, transactions, new ReentrantLock(), ids);
        load(List.of(statistics, new StatisticsStore(jdbc, transactions, new ReentrantLock(), ids),
                new StatisticsStore(jdbc, transactions, new ReentrantLock(), ids)), 5_500);
        assertThat(store.queryForObject("""
                SELECT COUNT(*) FROM fact_span s1 JOIN fact_span s2
                  ON s1.stats_file < s2.stats_file AND s1.first_id < s2.first_id AND s2.first_id < s1.last_id""",
                Long.class)).as("spans of one file around another's").isZero();
        assertThat(store.queryForObject("""
                SELECT COUNT(*) FROM fact_span a JOIN fact_span b ON a.stats_file <> b.stats_file
                  AND a.last_id < b.first_id
                  AND EXISTS (SELECT 1 FROM fact_span c WHERE c.stats_file = a.stats_file AND c.first_id > b.last_id)""",
                Long.class)).as("files whose spans another file's come between").isPositive();

        // when: the first file is reloaded with fewer rows
        try (StatisticsStore.FileBatch batch = statistics.replace("stats/0.csv", RUN)) {
            for (int i = 0; i < 10; i++) {
                batch.add(row("stats/0.csv", i));
            }
        }

        // then: the other files keep every row, and the spans cover each file's facts and nothing else
        assertThat(store.queryForList("SELECT stats_file || '=' || COUNT(*) FROM fact GROUP BY stats_file ORDER BY 1",
                String.class)).containsExactly("stats/0.csv=10", "stats/1.csv=5500", "stats/2.csv=5500");
        assertThat(store.queryForObject("""
                SELECT COUNT(*) FROM fact f
                WHERE NOT EXISTS (SELECT 1 FROM fact_span s WHERE s.stats_file = f.stats_file
                                  AND f.fact_id BETWEEN s.first_id AND s.last_id)""", Long.class)).isZero();
        assertThat(store.queryForObject("SELECT SUM(last_id - first_id + 1) FROM fact_span", Long.class))
                .isEqualTo(10 + 2 * 5_500L);
    }

    private static StatFact row(String file, int i) {
        return new StatFact(new Fact("towers", BigDecimal.valueOf(i), "towers", "Beijing", null, "2024",
                Qualifier.EXACT, Origin.STATISTICS, file, "row " + i), false, true);
    }

    /** Each store loads a file of {@code rows} rows on a thread of its own, all at once. */
    private void load(List<StatisticsStore> stores, int rows) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(stores.size());
        try {
            List<Future<?>> loads = new ArrayList<>();
            for (int n = 0; n < stores.size(); n++) {
                StatisticsStore statistics = stores.get(n);
                String file = "stats/" + n + ".csv";
                loads.add(pool.submit(() -> {
                    try (StatisticsStore.FileBatch batch = statistics.replace(file, RUN)) {
                        for (int i = 0; i < rows; i++) {
                            batch.add(row(file, i));
                        }
                    }
                }));
            }
            for (Future<?> load : loads) {
                load.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
