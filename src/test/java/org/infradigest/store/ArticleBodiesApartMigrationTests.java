package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V9 on a database a V8 release filled: every body moves, whole, to article_body under its article's number. */
class ArticleBodiesApartMigrationTests {

    @Test
    void everyStoredBodyMovesUnderItsArticlesNumber() {
        // given: a V8 database with a short body, one of 100,000 characters (well past H2's in-row LOB limit) and
        // one in Chinese
        JdbcTemplate jdbc = StoreDatabase.migratedTo("8");
        String longBody = "Beijing has deployed nearly 16,000 5G-A base stations. ".repeat(1_819).substring(0, 100_000);
        String chinese = "截至2024年6月底，我国5G基站总数达391.7万个";
        String[][] articles = {{"zz", "short body"}, {"aa", longBody}, {"mm", chinese}};
        for (String[] article : articles) {
            jdbc.update("""
                    INSERT INTO article (article_key, title, file, format, body, first_run, last_run)
                    VALUES (?, 't', ?, 'text', ?, DATE '2025-07-01', DATE '2025-07-01')""",
                    article[0], article[0] + ".txt", article[1]);
        }

        // when
        StoreDatabase.migrate(jdbc, "9");

        // then
        assertThat(jdbc.queryForList("""
                SELECT a.article_key || ':' || b.body FROM article a JOIN article_body b ON b.article_no = a.article_no
                ORDER BY a.article_no""", String.class))
                .containsExactly("zz:short body", "aa:" + longBody, "mm:" + chinese);
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'ARTICLE'",
                String.class)).doesNotContain("BODY");
        assertThat(jdbc.queryForObject("""
                SELECT data_type FROM information_schema.columns WHERE table_name = 'ARTICLE_BODY'
                AND column_name = 'BODY'""", String.class)).isEqualTo("CHARACTER VARYING");
    }
}
