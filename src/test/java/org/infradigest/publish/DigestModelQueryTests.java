package org.infradigest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Statement;
import org.infradigest.store.ArticleExtraction;
import org.infradigest.store.ExtractionStore;
import org.infradigest.store.KeyOrderedFacts;
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
}
