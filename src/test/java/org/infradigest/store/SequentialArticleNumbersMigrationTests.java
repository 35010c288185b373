package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V8 on a database a V7 release filled: every article gets a number, and its rows are keyed by it. */
class SequentialArticleNumbersMigrationTests {

    @Test
    void storedArticlesAreNumberedInStorageOrderAndTheirRowsFollowThem() {
        // given: a V7 database with three articles, their rows, a table's facts and a statement left without article
        JdbcTemplate jdbc = StoreDatabase.migratedTo("7");
        for (String key : new String[] {"zz", "aa", "mm"}) {
            jdbc.update("""
                    INSERT INTO article (article_key, title, file, format, body, first_run, last_run, extracted_version)
                    VALUES (?, 't', ?, 'text', 'b', DATE '2025-07-01', DATE '2025-07-01', 'v1')""", key, key + ".txt");
            for (int seq = 0; seq < 2; seq++) {
                jdbc.update("""
                        INSERT INTO fact (article_key, seq, metric, fact_value, region, qualifier, origin, source, run_date,
                                          first_seen)
                        VALUES (?, ?, 'towers', 1, 'Beijing', 'EXACT', 'NEWS', 's', DATE '2025-07-01', DATE '2025-07-01')""",
                        key, seq);
                jdbc.update("INSERT INTO statement (article_key, seq, speaker, text, source) VALUES (?, ?, 'S', 'x', 's')",
                        key, seq);
                jdbc.update("INSERT INTO initiative (article_key, seq, operator, action, source) VALUES (?, ?, 'O', 'a', 's')",
                        key, seq);
                jdbc.update("INSERT INTO operator_mention (article_key, seq, operator, source) VALUES (?, ?, 'O', 's')",
                        key, seq);
                jdbc.update("""
                        INSERT INTO licence_approval (article_key, seq, firms, cumulative, source)
                        VALUES (?, ?, 6, FALSE, 's')""", key, seq);
            }
        }
        jdbc.update("""
                INSERT INTO fact (metric, seq, fact_value, region, qualifier, origin, source, run_date, first_seen, stats_file)
                VALUES ('towers', 0, 1, 'China', 'EXACT', 'STATISTICS', 's', DATE '2025-07-01', DATE '2025-07-01', 'a.csv')""");
        jdbc.update("INSERT INTO statement (article_key, seq, speaker, text, source) VALUES ('lost', 0, 'S', 'x', 's')");

        // when
        StoreDatabase.migrate(jdbc, "8");

        // then
        assertThat(jdbc.queryForList("SELECT article_key || article_no FROM article ORDER BY article_no", String.class))
                .containsExactly("zz1", "aa2", "mm3");
        for (String table : new String[] {"statement", "initiative", "operator_mention", "licence_approval"}) {
            assertThat(jdbc.queryForList("SELECT article_key || article_no || '-' || seq FROM " + table
                    + " ORDER BY article_no, seq", String.class)).as(table)
                    .containsExactly("zz1-0", "zz1-1", "aa2-0", "aa2-1", "mm3-0", "mm3-1");
        }
        assertThat(jdbc.queryForList("SELECT COALESCE(article_key, stats_file) || article_no FROM fact ORDER BY fact_id",
                String.class)).containsExactly("zz1", "zz1", "aa2", "aa2", "mm3", "mm3", null);
        // a new article continues the numbering
        jdbc.update("""
                INSERT INTO article (article_key, title, file, format, body, first_run, last_run)
                VALUES ('new', 't', 'new.txt', 'text', 'b', DATE '2025-07-02', DATE '2025-07-02')""");
        assertThat(jdbc.queryForObject("SELECT article_no FROM article WHERE article_key = 'new'", Long.class))
                .isEqualTo(4L);
    }
}
