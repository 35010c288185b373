package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.stats.StatFact;
import org.infradigest.store.sort.SortWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class KeyOrderedFactsTests {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);
    private static final String SQL_KEY_ORDER = """
            SELECT metric, region, operator, period, source, article_key, stats_file, seq, fact_value, first_seen
            FROM fact ORDER BY metric, region, operator, period, source, article_key, stats_file, seq""";

    @TempDir
    Path temp;

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @BeforeEach
    void storeNewsAndStatistics() {
        Random random = new Random(42);
        String[] metrics = {"base_stations_5g", "towers", "mobile_subscribers"};
        String[] regions = {"Beijing", "Guangdong", "China", "Zhejiang"};
        String[] operators = {null, "China Mobile", "China Unicom", " "};
        String[] periods = {null, "2024", "2024-06", ""};
        for (int a = 0; a < 30; a++) { // a1 was first read before this run, the others in it
            jdbc.update("""
                    INSERT INTO article (article_key, url, title, file, format, first_run, last_run)
                    VALUES (?, ?, 't', ?, 'text', ?, DATE '2025-07-01')""",
                    a == 0 ? "a1" : "k" + a, "https://news.example/" + a, "news/" + a + ".txt",
                    java.sql.Date.valueOf(a == 0 ? LocalDate.of(2025, 6, 1) : RUN));
        }
        List<ArticleExtraction> extractions = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                facts.add(new Fact(metrics[random.nextInt(3)], BigDecimal.valueOf(random.nextInt(5_000), 1), "stations",
                        regions[random.nextInt(4)], operators[random.nextInt(4)], periods[random.nextInt(4)],
                        Qualifier.EXACT, Origin.NEWS, "https://news.example/" + random.nextInt(5), "sentence " + i));
            }
            extractions.add(new ArticleExtraction(a == 0 ? "a1" : "k" + a, new Extraction(facts, List.of(),
                    List.of(), List.of(), List.of()), List.of()));
        }
        new ExtractionStore(jdbc).replaceAll(extractions, "v1", RUN);
        StatisticsStore stats = new StatisticsStore(jdbc);
        for (String file : List.of("stats/b.csv", "stats/a.csv")) {
            try (StatisticsStore.FileBatch batch = stats.replace(file, RUN)) {
                for (int i = 0; i < 200; i++) {
                    batch.add(new StatFact(new Fact(metrics[random.nextInt(3)], BigDecimal.valueOf(i), "towers",
                            regions[random.nextInt(4)], operators[random.nextInt(4)], periods[random.nextInt(4)],
                            Qualifier.EXACT, Origin.STATISTICS, "https://news.example/" + random.nextInt(5),
                            "row " + i), i % 7 == 0, true));
                }
            }
        }
    }

    @Test
    void factsComeInTheDatabasesKeyOrderWhetherTheySpillOrNot() {
        List<String> expected = jdbc.query(SQL_KEY_ORDER, (rs, n) -> String.join("|", rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getBigDecimal(9).stripTrailingZeros().toPlainString(), rs.getString(10)));
        assertThat(expected).hasSize(30 * 20 + 400);

        for (long budget : new long[] {100_000_000, 20_000}) {
            for (int threads : new int[] {1, 3}) {
                KeyOrderedFacts facts = new KeyOrderedFacts(jdbc.getDataSource(),
                        new SortWorkspace(temp.resolve("sort"), budget), threads);
                List<String> actual = new ArrayList<>();
                facts.forEach(f -> actual.add(String.join("|", f.fact().metric(), f.fact().region(),
                        f.fact().operator(), f.fact().period(), f.fact().source(), f.articleKey(), f.statsFile(),
                        String.valueOf(f.seq()), f.fact().value().toPlainString(), String.valueOf(f.firstSeen()))));
                assertThat(actual).as("budget %d, %d threads", budget, threads).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aFactIsFirstSeenWhenItsArticleOrTableWasFirstRead() {
        List<StoredFact> all = new ArrayList<>();
        new KeyOrderedFacts(jdbc.getDataSource(), new SortWorkspace(temp.resolve("sort"), 1_000_000), 2)
                .forEach(all::add);

        assertThat(all).filteredOn(f -> "a1".equals(f.articleKey())).isNotEmpty()
                .allSatisfy(f -> assertThat(f.firstSeen()).isEqualTo(LocalDate.of(2025, 6, 1)));
        assertThat(all).filteredOn(f -> !"a1".equals(f.articleKey())).isNotEmpty()
                .allSatisfy(f -> assertThat(f.firstSeen()).isEqualTo(RUN));
        assertThat(all).filteredOn(f -> f.fact().origin() == Origin.STATISTICS)
                .anySatisfy(f -> assertThat(f.aggregate()).isTrue());
    }

    @Test
    void runsLeftByAKilledSortAreRemovedAndReleasedRunsLeaveNothingBehind() throws Exception {
        Path root = temp.resolve("sort");
        Path stale = Files.createDirectories(root.resolve("sort-123")).resolve("run-1.bin");
        Files.writeString(stale, "left over");

        KeyOrderedFacts facts = new KeyOrderedFacts(jdbc.getDataSource(), new SortWorkspace(root, 20_000), 2);
        facts.forEach(f -> { });
        assertThat(runFiles(root)).as("a plain read").isZero();
        facts.openAndKeep().close();

        assertThat(stale).doesNotExist();
        assertThat(runFiles(root)).as("kept for the next reader").isPositive();
        facts.release();
        try (var left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theNextReaderMergesTheKeptRunsUntilAFactIsAddedOrDeleted() throws Exception {
        // given: facts read once, with a budget that keeps some runs in memory until they are kept
        KeyOrderedFacts facts = new KeyOrderedFacts(jdbc.getDataSource(),
                new SortWorkspace(temp.resolve("sort"), 40_000), 2);
        List<String> first = new ArrayList<>();
        try (KeyOrderedFacts.Sorted sorted = facts.openAndKeep()) {
            sorted.stream().forEachRemaining(f -> first.add(f.fact().metric() + "|"
                    + f.fact().value().toPlainString()));
        }
        assertThat(first).hasSize(1_000);

        // when: a row changes in place, which the store never does, so that what the reader gets tells where from
        jdbc.update("UPDATE fact SET fact_value = fact_value + 1000000");

        // then: the runs sorted before, not the table
        assertThat(values(facts)).isEqualTo(first);

        // when: a fact is added
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/c.csv", RUN)) {
            batch.add(new StatFact(new Fact("towers", BigDecimal.ONE, "towers", "Beijing", null, null,
                    Qualifier.EXACT, Origin.STATISTICS, "https://news.example/c", "row"), false, true));
        }

        // then: the facts are read again, in key order
        List<String> again = values(facts);
        assertThat(again).hasSize(1_001).isEqualTo(jdbc.query(SQL_KEY_ORDER, (rs, n) -> rs.getString(1) + "|"
                + rs.getBigDecimal(9).stripTrailingZeros().toPlainString()));
        assertThat(again).doesNotContainAnyElementsOf(first.subList(0, 1));

        // and when one is deleted
        jdbc.update("DELETE FROM fact WHERE stats_file = 'stats/c.csv'");
        List<String> afterDelete = values(facts);
        assertThat(afterDelete).hasSize(1_000);

        // and a plain read keeps nothing: a change in place shows
        jdbc.update("UPDATE fact SET fact_value = fact_value + 1");
        assertThat(values(facts)).hasSize(1_000).isNotEqualTo(afterDelete);
        assertThat(runFiles(temp.resolve("sort"))).isZero();
    }

    private static List<String> values(KeyOrderedFacts facts) {
        List<String> values = new ArrayList<>();
        facts.forEach(f -> values.add(f.fact().metric() + "|" + f.fact().value().toPlainString()));
        return values;
    }

    private static long runFiles(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bin")).count();
        }
    }

    @Test
    void noFactsIsNoRows() {
        jdbc.update("DELETE FROM fact");
        List<StoredFact> all = new ArrayList<>();
        new KeyOrderedFacts(jdbc.getDataSource(), new SortWorkspace(temp.resolve("sort"), 1_000), 2).forEach(all::add);
        assertThat(all).isEmpty();
    }
    @Test
    void aFailedScanLetsTheOtherFinishItsReadInsteadOfInterruptingIt() {
        // given: two scans, the one of the lowest ids failing while the other is reading (in the nightly run a
        // thread interrupted during H2's file I/O closes the store for every connection)
        long lowest = jdbc.queryForObject("SELECT MIN(fact_id) FROM fact", Long.class);
        List<Boolean> interrupted = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch otherReading = new java.util.concurrent.CountDownLatch(1);
        DataSource source = jdbc.getDataSource();
        DataSource failingLowest = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, source, args);
                    return method.getName().equals("getConnection")
                            ? scanConnection((Connection) result, lowest, otherReading, interrupted) : result;
                });

        // when
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> new KeyOrderedFacts(failingLowest,
                new SortWorkspace(temp.resolve("sort"), 1_000_000), 2).forEach(fact -> { }));

        // then: the failure is the step's, and the other scan read to its end uninterrupted
        assertThat(failure).hasStackTraceContaining("disk gone");
        assertThat(interrupted).containsExactly(false);
    }

    /** A connection whose fact scan starting at {@code lowest} fails, and whose other scans read slowly. */
    private static Connection scanConnection(Connection connection, long lowest,
                                             java.util.concurrent.CountDownLatch otherReading,
                                             List<Boolean> interrupted) {
        return (Connection) Proxy.newProxyInstance(KeyOrderedFactsTests.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(method, connection, args);
                    if (!method.getName().equals("prepareStatement") || !((String) args[0]).contains("BETWEEN")) {
                        return result;
                    }
                    PreparedStatement statement = (PreparedStatement) result;
                    long[] from = {0};
                    return Proxy.newProxyInstance(KeyOrderedFactsTests.class.getClassLoader(),
                            new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                                if (m.getName().equals("setLong") && (Integer) a[0] == 1) {
                                    from[0] = (Long) a[1];
                                }
                                if (m.getName().equals("executeQuery")) {
                                    if (from[0] == lowest) {
                                        otherReading.await(10, java.util.concurrent.TimeUnit.SECONDS);
                                        throw new SQLException("disk gone");
                                    }
                                    otherReading.countDown();
                                    try {
                                        Thread.sleep(300);
                                        interrupted.add(false);
                                    } catch (InterruptedException e) {
                                        interrupted.add(true);
                                    }
                                }
                                return invoke(m, statement, a);
                            });
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
