package org.infradigest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Statement;
import org.infradigest.stats.StatFact;
import org.infradigest.store.ArticleExtraction;
import org.infradigest.store.ExtractionStore;
import org.infradigest.store.FactCensus;
import org.infradigest.store.KeyOrderedFacts;
import org.infradigest.store.StatisticsStore;
import org.infradigest.store.StoreDatabase;
import org.infradigest.store.sort.SortWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lists sorted outside the database come in the order the database would give them. */
class DigestModelQueryTests {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);

    @TempDir
    Path temp;

    private final JdbcTemplate jdbc = StoreDatabase.migrated();

    @Test
    void sourcesAndStatementsComeNewestFirstAsTheDatabaseWouldOrderThem() {
        // given: articles with repeated and missing dates and titles, some with statements
        Random random = new Random(3);
        List<ArticleExtraction> extractions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String key = String.format("%08x", random.nextInt());
            String published = random.nextInt(5) == 0 ? null : "2025-0" + (1 + random.nextInt(6)) + "-1" + random.nextInt(3);
            jdbc.update("""
                    INSERT INTO article (article_key, url, title, published, file, format, first_run, last_run)
                    VALUES (?, ?, ?, ?, ?, 'text', ?, ?)""", key,
                    random.nextBoolean() ? null : "https://news.example/" + i, "Title " + random.nextInt(40),
                    published == null ? null : java.sql.Date.valueOf(published), "news/" + i + ".txt",
                    java.sql.Date.valueOf(RUN), java.sql.Date.valueOf(RUN));
            List<Statement> said = new ArrayList<>();
            for (int s = random.nextInt(3); s > 0; s--) {
                said.add(new Statement("Speaker " + i, null, null, "Said " + s, "https://news.example/" + i));
            }
            extractions.add(new ArticleExtraction(key, new Extraction(List.of(), said, List.of(), List.of(), List.of()),
                    List.of()));
        }
        new ExtractionStore(jdbc).replaceAll(extractions, "v1", RUN);
        SortWorkspace tiny = new SortWorkspace(temp.resolve("sort"), 2_000);
        DigestModel model = new DigestModelQuery(jdbc, new KeyOrderedFacts(jdbc.getDataSource(), tiny, 2), tiny,
                Map.of()).load(RUN);

        // then
        assertThat(model.sources().toList()).extracting(SourceEntry::source).containsExactlyElementsOf(
                jdbc.queryForList("""
                        SELECT COALESCE(url, file) AS source FROM article
                        ORDER BY published DESC NULLS LAST, title, source""", String.class));
        assertThat(model.statements().toList()).extracting(s -> s.speaker() + "|" + s.text())
                .containsExactlyElementsOf(jdbc.queryForList("""
                        SELECT s.speaker || '|' || s.text FROM statement s JOIN article a ON a.article_key = s.article_key
                        ORDER BY a.published DESC NULLS LAST, s.article_key, s.seq""", String.class));
        assertThat(model.statements().count()).isPositive();

        // and: the PDF's unsorted reads give what the sorted walk gives
        java.util.function.Function<Statement, Integer> group = st -> Math.floorMod(st.speaker().hashCode(), 3);
        assertThat(model.statements().firstOfEach(group, 4))
                .isEqualTo(Rows.of(model.statements().toList()).firstOfEach(group, 4))
                .hasSize(3);
        List<SourceEntry> anyOrder = new ArrayList<>();
        model.sources().forEachInAnyOrder(anyOrder::add);
        assertThat(anyOrder).containsExactlyInAnyOrderElementsOf(model.sources().toList());
    }

    @Test
    void statisticsTablesAreSourcesWithTheirFactsFromTheCensusOrCountedWithoutOne() {
        // given: an article and two statistics tables
        jdbc.update("""
                INSERT INTO article (article_key, url, title, published, file, format, first_run, last_run)
                VALUES ('k1', 'https://news.example/1', 'Title', DATE '2025-06-30', 'news/1.txt', 'text', ?, ?)""",
                java.sql.Date.valueOf(RUN), java.sql.Date.valueOf(RUN));
        for (String file : List.of("stats/towers.csv", "stats/racks.csv")) {
            try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace(file, RUN)) {
                for (int i = 0; i < (file.contains("towers") ? 5 : 3); i++) {
                    batch.add(new StatFact(new Fact("towers", BigDecimal.valueOf(i), "towers", "Beijing", null, "2024",
                            Qualifier.EXACT, Origin.STATISTICS, file, "row " + i), false, true));
                }
            }
        }
        SortWorkspace sorts = new SortWorkspace(temp.resolve("sort"), 1_000_000);
        KeyOrderedFacts facts = new KeyOrderedFacts(jdbc.getDataSource(), sorts, 2);
        DigestModelQuery query = new DigestModelQuery(jdbc, facts, sorts, Map.of());
        List<String> expected = List.of("https://news.example/1=0", "stats/racks.csv=3", "stats/towers.csv=5");

        // when there is no census: counted from the facts
        assertThat(sources(query)).isEqualTo(expected);

        // when reconcile has taken one: from it (a census made different says so)
        FactCensus census = new FactCensus(jdbc);
        FactCensus.Tally tally = FactCensus.tally();
        facts.forEach(tally::add);
        census.record(tally, census.fingerprint());
        assertThat(sources(query)).isEqualTo(expected);
        assertThat(query.load(RUN).sources().count()).isEqualTo(3);
        jdbc.update("UPDATE fact_census_stats_file SET facts = 99 WHERE stats_file = 'stats/racks.csv'");
        assertThat(sources(query)).contains("stats/racks.csv=99");
    }

    private static List<String> sources(DigestModelQuery query) {
        return query.load(RUN).sources().toList().stream().map(s -> s.source() + "=" + s.facts()).sorted().toList();
    }
}
