package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Statement;
import org.infradigest.stats.StatFact;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ExtractionStoreTests {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);
    private static final String[] TABLES = {"fact", "statement", "initiative", "operator_mention", "licence_approval"};

    private final JdbcTemplate jdbc = StoreDatabase.migrated();
    private final ExtractionStore store = new ExtractionStore(jdbc);

    @Test
    void reExtractingAChunkReplacesEveryKindOfRowUnderTheArticlesNumber() {
        // given: three stored articles, extracted once with two rows of each kind per article
        List<String> keys = List.of("f3", "a1", "c2"); // not in key order: numbers follow storage order
        new ArticleStore(jdbc).saveAll(keys.stream().map(k -> new Article(k, "Title " + k, null,
                "https://news.example/" + k, null, "news/" + k + ".txt", "text", "Body")).toList(), RUN);
        store.replaceAll(keys.stream().map(k -> new ArticleExtraction(k, extraction(k, 2), List.of())).toList(), "v1",
                RUN);

        // when: the articles as the job reads them (numbers known), extracted again by a new engine with one row each
        List<ArticleExtraction> again = new ArrayList<>();
        jdbc.query("""
                SELECT a.article_key, a.article_no, a.first_run, e.extracted_version
                FROM article a LEFT JOIN article_extraction e ON e.article_no = a.article_no""", rs -> {
            again.add(new ArticleExtraction(rs.getString(1), extraction(rs.getString(1), 1), List.of(),
                    new StoredArticle(rs.getLong(2), rs.getDate(3), rs.getString(4) != null)));
        });
        store.replaceAll(again, "v2", RUN);

        // then
        for (String table : TABLES) {
            assertThat(jdbc.queryForList("SELECT t.article_key FROM " + table
                    + " t JOIN article a ON a.article_no = t.article_no ORDER BY t.article_no", String.class))
                    .as(table).containsExactly("f3", "a1", "c2");
        }
        assertThat(jdbc.queryForList("""
                SELECT a.article_key || ' ' || e.extracted_version || ' ' || e.facts
                FROM article a JOIN article_extraction e ON e.article_no = a.article_no ORDER BY a.article_no""",
                String.class)).containsExactly("f3 v2 1", "a1 v2 1", "c2 v2 1");
    }

    @Test
    void reExtractingAnArticleDeletesAllItsFactsAndNoOtherOwnersWhereverTheIdsLie() {
        // given: facts with ids from two stores' blocks in turn (one article's more than a block) and a table's
        List<String> keys = List.of("big", "a1", "b2");
        new ArticleStore(jdbc).saveAll(keys.stream().map(k -> new Article(k, "Title " + k, null,
                "https://news.example/" + k, null, "news/" + k + ".txt", "text", "Body")).toList(), RUN);
        ExtractionStore other = new ExtractionStore(jdbc);
        store.replace("a1", extraction("a1", 2), "v1", RUN);
        other.replace("b2", extraction("b2", 2), "v1", RUN);
        store.replace("big", extraction("big", FactIds.BLOCK + 500), "v1", RUN);
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/t.csv", RUN)) {
            for (int i = 0; i < 3; i++) {
                batch.add(new StatFact(new Fact("towers", BigDecimal.ONE, "towers", "China",
                        null, "2024", Qualifier.EXACT, Origin.STATISTICS, "stats/t.csv", "row"), false, true));
            }
        }
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM fact_span s JOIN article a ON a.article_no = s.article_no
                WHERE a.article_key = 'big'""", Integer.class)).as("spans of the big article").isEqualTo(2);

        // when: two articles are extracted again, by either store
        store.replace("big", extraction("big", 1), "v2", RUN);
        other.replace("a1", extraction("a1", 3), "v2", RUN);

        // then
        assertThat(jdbc.queryForList("""
                SELECT COALESCE(a.article_key, f.stats_file) || '=' || COUNT(*)
                FROM fact f LEFT JOIN article a ON a.article_no = f.article_no
                GROUP BY COALESCE(a.article_key, f.stats_file) ORDER BY 1""", String.class))
                .containsExactly("a1=3", "b2=2", "big=1", "stats/t.csv=3");
        assertThat(jdbc.queryForObject("SELECT SUM(last_id - first_id + 1) FROM fact_span", Long.class))
                .as("the spans cover the facts and nothing else").isEqualTo(9L);
    }

    @Test
    void anExtractionForAnArticleThatIsNotStoredIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> store.replace("gone", extraction("gone", 1), "v1", RUN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gone");

        for (String table : TABLES) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isZero();
        }
    }

    private static Extraction extraction(String key, int each) {
        List<Fact> facts = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Initiative> initiatives = new ArrayList<>();
        List<OperatorMention> operators = new ArrayList<>();
        List<LicenceApproval> licences = new ArrayList<>();
        String source = "https://news.example/" + key;
        for (int i = 0; i < each; i++) {
            facts.add(new Fact("towers", BigDecimal.valueOf(100 + i), "towers", "Beijing", null, "2024",
                    Qualifier.EXACT, Origin.NEWS, source, "Beijing has " + (100 + i) + " towers."));
            statements.add(new Statement("Speaker " + i, null, null, "Said " + i, source));
            initiatives.add(new Initiative("China Mobile", "Beijing", "builds " + i, source, "sentence " + i));
            operators.add(new OperatorMention("China Mobile", "Beijing", null, source));
            licences.add(new LicenceApproval("Beijing", 6 + i, false, null, null, null, source, "sentence " + i));
        }
        return new Extraction(facts, statements, initiatives, operators, licences);
    }
}
