package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V13 on a database a V12 release filled: each article's extraction mark and fact count move to a row of their own. */
class ExtractionStateApartMigrationTests {

    @Test
    void extractedArticlesKeepTheirVersionAndCountAndTheOthersStayPending() {
        // given: a V12 database with an article extracted by v1, one marked for a rebuild and one never extracted
        JdbcTemplate jdbc = StoreDatabase.migratedTo("12");
        String[][] articles = {{"zz", "v1", "3"}, {"aa", "rebuild", "2"}, {"mm", null, "0"}};
        for (String[] article : articles) {
            jdbc.update("""
                    INSERT INTO article (article_key, title, file, format, first_run, last_run, extracted_version,
                                         facts)
                    VALUES (?, 't', ?, 'text', DATE '2025-07-01', DATE '2025-07-01', ?, ?)""",
                    article[0], article[0] + ".txt", article[1], Integer.parseInt(article[2]));
        }

        // when
        StoreDatabase.migrate(jdbc, "13");

        // then
        assertThat(jdbc.queryForList("""
                SELECT a.article_key || ' ' || e.extracted_version || ' ' || e.facts
                FROM article a JOIN article_extraction e ON e.article_no = a.article_no ORDER BY a.article_no""",
                String.class)).containsExactly("zz v1 3", "aa rebuild 2");
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'ARTICLE'",
                String.class)).doesNotContain("EXTRACTED_VERSION", "FACTS");
        assertThat(PendingArticles.pendingRows(jdbc, "v1")).as("aa and mm are pending for v1").isNotNull();
        assertThat(jdbc.queryForObject("SELECT _ROWID_ FROM article WHERE article_key = 'mm'", Long.class))
                .isEqualTo(PendingArticles.pendingRows(jdbc, "v1")[1]);
    }
}
