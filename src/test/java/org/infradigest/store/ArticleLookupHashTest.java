package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.infradigest.domain.Article;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ArticleLookupHashTest {

    @Test
    void theHashesH2KeepsWithEachArticleAreTheOnesLookupsCompute() {
        // given: a URL with non-ASCII and percent-encoded parts, a key, and an article without URL
        JdbcTemplate jdbc = StoreDatabase.migrated();
        String url = "https://news.example.cn/科技/5g-a?q=%E5%9F%BA%E7%AB%99&x=1";
        new ArticleStore(jdbc).saveAll(List.of(
                new Article("3f579140b743d539", "Title", null, url, null, "feeds/a.xml", "rss", "Body one"),
                new Article("a1b2", "Title", null, null, null, "seeds/seed.txt", "text", "Body two")),
                LocalDate.of(2025, 7, 1));

        // when
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT article_key, url, key_hash, locator_hash FROM article ORDER BY article_no");

        // then
        assertThat(rows.get(0).get("KEY_HASH")).isEqualTo(ArticleLookupHash.of("3f579140b743d539"));
        assertThat(rows.get(0).get("LOCATOR_HASH")).isEqualTo(ArticleLookupHash.of(url));
        assertThat(rows.get(1).get("KEY_HASH")).isEqualTo(ArticleLookupHash.of("a1b2"));
        assertThat(rows.get(1).get("LOCATOR_HASH")).isEqualTo(ArticleLookupHash.ofFile("seeds/seed.txt"));
    }

    @Test
    void onlyAnArticleWithoutUrlIsFoundByItsFileAndThroughAnIndex() {
        // given: a plain-text file without URL and a page with one
        JdbcTemplate jdbc = StoreDatabase.migrated();
        ArticleStore store = new ArticleStore(jdbc);
        LocalDate run = LocalDate.of(2025, 7, 1);
        store.save(new Article("k1", "Title", null, null, null, "seeds/seed.txt", "text", "Body one"), run);
        store.save(new Article("k2", "Title", null, "https://news.example/a", null, "news/a.html", "html", "Two"),
                run);

        // when
        List<String> plan = jdbc.queryForList("EXPLAIN " + ArticleStore.SAME_FILE_WITHOUT_URL, String.class,
                ArticleLookupHash.ofFile("seeds/seed.txt"), "seeds/seed.txt", "text");
        // the text file turns up again, now with the URL it was published at
        store.save(new Article("k1", "Title", null, "https://news.example/seed", null, "seeds/seed.txt", "text",
                "Body one"), run.plusDays(1));

        // then: found through the locator index by the file's hash, which an article with a URL does not have (any
        // more)
        assertThat(plan).singleElement().asString().containsIgnoringCase("ARTICLE_LOCATOR_HASH");
        assertThat(jdbc.queryForList("SELECT locator_hash FROM article ORDER BY article_no", Long.class))
                .containsExactly(ArticleLookupHash.of("https://news.example/seed"),
                        ArticleLookupHash.of("https://news.example/a"));
        assertThat(jdbc.queryForList(ArticleStore.SAME_FILE_WITHOUT_URL, String.class,
                ArticleLookupHash.ofFile("seeds/seed.txt"), "seeds/seed.txt", "text")).isEmpty();
    }

    @Test
    void isTheFirstEightBytesOfSha256() {
        // sha256("https://a.example/x") = 39021306bfa34811afd3...
        assertThat(ArticleLookupHash.of("https://a.example/x")).isEqualTo(0x39021306bfa34811L);
    }
}
