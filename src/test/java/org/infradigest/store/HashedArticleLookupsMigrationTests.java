package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.infradigest.domain.Article;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V14 on a database a V13 release filled: stored articles are found by hashed key and URL, keyed by number. */
class HashedArticleLookupsMigrationTests {

    @Test
    void storedArticlesAreFoundThroughTheirHashesAndKeyedByTheirNumbers() {
        // given: a V13 database with an article at a URL and one without
        JdbcTemplate jdbc = StoreDatabase.migratedTo("13");
        jdbc.update("""
                INSERT INTO article (article_key, url, title, file, format, first_run, last_run)
                VALUES ('k1', 'https://news.example/a', 't', 'feeds/a.xml', 'rss', DATE '2025-07-01', CURRENT_DATE),
                       ('k2', NULL, 't', 'seeds/seed.txt', 'text', DATE '2025-07-01', CURRENT_DATE)""");
        jdbc.update("INSERT INTO article_body (article_no, body) SELECT article_no, 'body' FROM article");

        // when: migrated to V14 and on (the store needs the later migrations too)
        StoreDatabase.migrate(jdbc, null);

        // then: the hashes are the lookups' hashes, and the store finds both articles by them
        assertThat(jdbc.queryForList("SELECT key_hash FROM article ORDER BY article_no", Long.class))
                .containsExactly(ArticleLookupHash.of("k1"), ArticleLookupHash.of("k2"));
        assertThat(jdbc.queryForObject("""
                SELECT c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_NAME = i.INDEX_NAME
                WHERE i.TABLE_NAME = 'ARTICLE' AND i.INDEX_TYPE_NAME = 'PRIMARY KEY'""", String.class))
                .isEqualTo("ARTICLE_NO");
        ArticleStore store = new ArticleStore(jdbc);
        LocalDate next = LocalDate.of(2025, 7, 2);
        assertThat(store.save(article("k1", "https://news.example/a", "feeds/b.xml", "rss"), next))
                .isEqualTo(ArticleStore.Outcome.DUPLICATE);
        assertThat(store.save(article("k3", "https://news.example/a", "feeds/b.xml", "rss"), next))
                .isEqualTo(ArticleStore.Outcome.REPLACED);
        assertThat(store.save(article("k4", null, "seeds/seed.txt", "text"), next))
                .isEqualTo(ArticleStore.Outcome.REPLACED);
        assertThat(jdbc.queryForList("SELECT article_key FROM article ORDER BY article_no", String.class))
                .containsExactly("k3", "k4");
    }

    private static Article article(String key, String url, String file, String format) {
        return new Article(key, "t", null, url, null, file, format, "body " + key);
    }
}
