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
                "SELECT article_key, url, key_hash, url_hash FROM article ORDER BY article_no");

        // then
        assertThat(rows.get(0).get("KEY_HASH")).isEqualTo(ArticleLookupHash.of("3f579140b743d539"));
        assertThat(rows.get(0).get("URL_HASH")).isEqualTo(ArticleLookupHash.of(url));
        assertThat(rows.get(1).get("KEY_HASH")).isEqualTo(ArticleLookupHash.of("a1b2"));
        assertThat(rows.get(1).get("URL_HASH")).isNull();
    }

    @Test
    void isTheFirstEightBytesOfSha256() {
        // sha256("https://a.example/x") = 39021306bfa34811afd3...
        assertThat(ArticleLookupHash.of("https://a.example/x")).isEqualTo(0x39021306bfa34811L);
    }
}
