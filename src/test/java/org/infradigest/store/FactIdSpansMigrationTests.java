package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.infradigest.domain.Article;
import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.stats.StatFact;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V16 on a database a V15 release filled: the stored facts get spans, and replacing them still finds them all. */
class FactIdSpansMigrationTests {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);

    @Test
    void storedFactsGetTheSpansOfTheirOwnersAndNewIdsStartPastThem() {
        // given: a V15 database whose facts of two articles and a table lie between each other, with a fact of no
        // owner (8) and a gap where one of the table's was deleted (10)
        JdbcTemplate jdbc = StoreDatabase.migratedTo("15");
        new ArticleStore(jdbc).saveAll(List.of(article("a"), article("b")), RUN);
        for (String owner : new String[] {"a", "a", "b", "t", "a", "b", "b", "-", "t", "t", "t"}) {
            jdbc.update("""
                    INSERT INTO fact (article_key, article_no, stats_file, seq, metric, fact_value, region, qualifier,
                                      origin, source, run_date, first_seen)
                    VALUES (?, (SELECT article_no FROM article WHERE article_key = ?), ?, 0, 'towers', 1, 'Beijing',
                            'EXACT', 'NEWS', 's', DATE '2025-07-01', DATE '2025-07-01')""",
                    owner.equals("t") || owner.equals("-") ? null : owner, owner,
                    owner.equals("t") ? "stats/t.csv" : null);
        }
        jdbc.update("DELETE FROM fact WHERE fact_id = 10");
        jdbc.update("""
                INSERT INTO article_extraction (article_no, extracted_version, facts)
                SELECT article_no, 'v1', 3 FROM article""");

        // when
        StoreDatabase.migrate(jdbc, null);

        // then
        assertThat(jdbc.queryForList("""
                SELECT COALESCE(a.article_key, s.stats_file) || ' ' || s.first_id || '-' || s.last_id
                FROM fact_span s LEFT JOIN article a ON a.article_no = s.article_no ORDER BY s.first_id""",
                String.class)).containsExactly("a 1-2", "b 3-3", "stats/t.csv 4-4", "a 5-5", "b 6-7",
                "stats/t.csv 9-11");
        // replacing an article's and the table's facts finds every old one and keeps the other article's (and 8)
        new ExtractionStore(jdbc).replace("a", new Extraction(List.of(fact("a")), List.of(), List.of(), List.of(),
                List.of()), "v2", RUN);
        try (StatisticsStore.FileBatch batch = new StatisticsStore(jdbc).replace("stats/t.csv", RUN)) {
            batch.add(new StatFact(fact("stats/t.csv"), false, true));
        }
        assertThat(jdbc.queryForList("""
                SELECT COALESCE(a.article_key, f.stats_file) || ' ' || f.fact_id
                FROM fact f LEFT JOIN article a ON a.article_no = f.article_no ORDER BY f.fact_id""", String.class))
                .containsExactly("b 3", "b 6", "b 7", null, "a 1024", "stats/t.csv 2048");
    }

    private static Article article(String key) {
        return new Article(key, "Title " + key, null, "https://news.example/" + key, null, "news/" + key + ".txt",
                "text", "Body");
    }

    private static Fact fact(String source) {
        return new Fact("towers", BigDecimal.ONE, "towers", "Beijing", null, "2024", Qualifier.EXACT, Origin.NEWS,
                source, "sentence");
    }
}
