package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

class FactCensusTests {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);
    private static final LocalDate EARLIER = LocalDate.of(2025, 6, 1);

    @TempDir
    Path temp;

    private final JdbcTemplate jdbc = StoreDatabase.migrated();
    private final FactCensus census = new FactCensus(jdbc);

    @BeforeEach
    void storeNewsAndStatistics() {
        // 4 articles: "old" first read before this run. 3 facts each. Two statistics files, one loaded earlier.
        List<ArticleExtraction> extractions = new ArrayList<>();
        for (String key : List.of("old", "k1", "k2", "k3")) {
            jdbc.update("""
                    INSERT INTO article (article_key, url, title, file, format, first_run, last_run)
                    VALUES (?, ?, 't', ?, 'text', ?, DATE '2025-07-01')""", key, "https://news.example/" + key,
                    "news/" + key + ".txt", java.sql.Date.valueOf(key.equals("old") ? EARLIER : RUN));
            List<Fact> facts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                facts.add(fact(Origin.NEWS, i, "https://news.example/" + key));
            }
            extractions.add(new ArticleExtraction(key, new Extraction(facts, List.of(), List.of(), List.of(),
                    List.of()), List.of()));
        }
        new ExtractionStore(jdbc).replaceAll(extractions, "v1", RUN);
        statistics("stats/towers.csv", EARLIER, 5);
        statistics("stats/racks.csv", RUN, 7);
    }

    @Test
    void aTallyOfEveryFactCountsWhatTheTableCounts() {
        FactCensus.Tally tally = tallyAll();

        assertThat(tally.counts(RUN)).isEqualTo(new FactCensus.Counts(12 + 12, 12, 12, 9 + 7, 2))
                .isEqualTo(census.counted(RUN));
        assertThat(tally.counts(EARLIER)).isEqualTo(census.counted(EARLIER))
                .extracting(FactCensus.Counts::newFacts).isEqualTo(3L + 5L);
        assertThat(tally.counts(RUN.plusDays(1))).isEqualTo(census.counted(RUN.plusDays(1)))
                .extracting(FactCensus.Counts::newFacts).isEqualTo(0L);
    }

    @Test
    void theRecordedCensusHoldsForEveryRunWhileTheFactsStayTheSame() {
        census.record(tallyAll(), census.fingerprint());

        assertThat(census.recorded(RUN)).contains(census.counted(RUN));
        assertThat(census.recorded(EARLIER)).contains(census.counted(EARLIER));
        assertThat(census.recorded(RUN.plusDays(1))).as("a quiet night after")
                .contains(census.counted(RUN.plusDays(1)));

        // What publish gets is the record, not a count of the table: a record made different says so.
        jdbc.update("UPDATE fact_census SET news_facts = 99");
        jdbc.update("UPDATE fact_census_first_seen SET facts = 98 WHERE first_seen = ?", java.sql.Date.valueOf(RUN));
        assertThat(census.counts(RUN)).extracting(FactCensus.Counts::newsFacts, FactCensus.Counts::newFacts)
                .containsExactly(99L, 98L);
    }

    @Test
    void theCensusCountsEachStatisticsFilesFactsWhileTheFactsStayTheSame() {
        assertThat(census.holdsStatisticsFiles()).as("before any census").isFalse();

        census.record(tallyAll(), census.fingerprint());

        assertThat(census.holdsStatisticsFiles()).isTrue();
        assertThat(jdbc.queryForList("SELECT stats_file || '=' || facts FROM fact_census_stats_file ORDER BY 1",
                String.class)).containsExactlyElementsOf(jdbc.queryForList("""
                        SELECT stats_file || '=' || COUNT(*) FROM fact WHERE stats_file IS NOT NULL
                        GROUP BY stats_file ORDER BY 1""", String.class))
                .containsExactly("stats/racks.csv=7", "stats/towers.csv=5");

        statistics("stats/masts.csv", RUN, 2);
        assertThat(census.holdsStatisticsFiles()).as("facts added since").isFalse();
    }

    @Test
    void aCensusFromBeforeTheFilesWereCountedIsNotUsedForThem() {
        census.record(tallyAll(), census.fingerprint());
        jdbc.update("DELETE FROM fact_census_stats_file"); // as migration V15 finds a census

        assertThat(census.holdsStatisticsFiles()).isFalse();
        assertThat(census.recorded(RUN)).as("its other counts still hold").contains(census.counted(RUN));
    }

    @Test
    void anInsertedOrDeletedFactMakesTheTableCountAgain() {
        census.record(tallyAll(), census.fingerprint());
        statistics("stats/masts.csv", RUN, 2);

        assertThat(census.recorded(RUN)).isEmpty();
        assertThat(census.counts(RUN)).isEqualTo(census.counted(RUN))
                .extracting(FactCensus.Counts::facts, FactCensus.Counts::statisticsFiles).containsExactly(26L, 3L);

        census.record(tallyAll(), census.fingerprint());
        assertThat(census.recorded(RUN)).contains(census.counted(RUN));
        jdbc.update("DELETE FROM fact WHERE fact_id = (SELECT MIN(fact_id) FROM fact)");

        assertThat(census.recorded(RUN)).isEmpty();
        assertThat(census.counts(RUN).facts()).isEqualTo(25);
    }

    @Test
    void factsThatChangedWhileTheyWereTalliedAreNotRecorded() {
        census.record(tallyAll(), census.fingerprint());
        String before = census.fingerprint();
        FactCensus.Tally tally = tallyAll();
        statistics("stats/masts.csv", RUN, 2);

        census.record(tally, before);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact_census", Long.class)).as("nor the one before")
                .isZero();
        assertThat(census.counts(RUN).facts()).isEqualTo(26);
    }

    @Test
    void anEmptyTableIsNoFacts() {
        jdbc.update("DELETE FROM fact");
        jdbc.update("DELETE FROM fact_span"); // the owners' spans go with their facts (FactSpans)
        census.record(tallyAll(), census.fingerprint());

        assertThat(census.recorded(RUN)).contains(new FactCensus.Counts(0, 0, 0, 0, 0));
        assertThat(census.counted(RUN)).isEqualTo(new FactCensus.Counts(0, 0, 0, 0, 0));
    }

    private FactCensus.Tally tallyAll() {
        FactCensus.Tally tally = FactCensus.tally();
        new KeyOrderedFacts(jdbc.getDataSource(), new SortWorkspace(temp.resolve("sort"), 1_000_000), 2)
                .forEach(tally::add);
        return tally;
    }

    private void statistics(String file, LocalDate loaded, int rows) {
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace(file, loaded)) {
            for (int i = 0; i < rows; i++) {
                batch.add(new StatFact(fact(Origin.STATISTICS, i, file), false, true));
            }
        }
    }

    private static Fact fact(Origin origin, int i, String source) {
        return new Fact("towers", BigDecimal.valueOf(100 + i), "towers", "Beijing", null, "202" + i, Qualifier.EXACT,
                origin, source, "row " + i);
    }
}
