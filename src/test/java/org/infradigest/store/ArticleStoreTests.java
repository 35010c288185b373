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
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class ArticleStoreTests {

    private static final LocalDate RUN = LocalDate.of(2025, 5, 20);

    private final JdbcTemplate jdbc = StoreDatabase.migrated();
    private final ArticleStore store = new ArticleStore(jdbc);

    @Test
    void theSameTextFromTwoFeedsIsOneArticle() {
        Article fromRss = article("k1", "https://example.com/a", "feeds/rss.xml", "rss");
        Article fromAtom = article("k1", "https://example.com/a", "feeds/atom.xml", "atom");

        assertThat(store.save(fromRss, RUN)).isEqualTo(ArticleStore.Outcome.NEW);
        assertThat(store.save(fromAtom, RUN.plusDays(1))).isEqualTo(ArticleStore.Outcome.DUPLICATE);

        assertThat(count("article")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT last_run FROM article", java.sql.Date.class).toLocalDate())
                .isEqualTo(RUN.plusDays(1));
    }

    @Test
    void anEditedArticleAtAKnownUrlReplacesItsEarlierVersionAndItsFacts() {
        store.save(article("k1", "https://example.com/a", "input/a.html", "html"), RUN);
        new ExtractionStore(jdbc).replace("k1", new Extraction(List.of(fact()), List.of(), List.of(), List.of(),
                List.of()), "v1", RUN);

        ArticleStore.Outcome outcome = store.save(article("k2", "https://example.com/a", "input/a.html", "html"),
                RUN.plusDays(1));

        assertThat(outcome).isEqualTo(ArticleStore.Outcome.REPLACED);
        assertThat(jdbc.queryForList("SELECT article_key FROM article", String.class)).containsExactly("k2");
        assertThat(count("fact")).isZero();
        assertThat(count("article_extraction")).as("the new version is not extracted yet").isZero();
        assertThat(jdbc.queryForList("SELECT body FROM article_body", String.class)).as("the old body goes too")
                .containsExactly(body("k2"));
    }

    @Test
    void eachBodyIsKeptUnderItsArticlesNumberInStorageOrder() {
        store.save(article("k1", "https://example.com/1", "input/1.html", "html"), RUN);
        store.saveAll(List.of(article("k2", "https://example.com/2", "feeds/a.xml", "rss"),
                article("k3", "https://example.com/3", "feeds/a.xml", "rss")), RUN);
        store.save(article("k4", null, "seeds/seed.txt", "text"), RUN);

        assertThat(jdbc.queryForList("""
                SELECT a.article_key || ':' || b.body FROM article a JOIN article_body b ON b.article_no = a.article_no
                ORDER BY a.article_no""", String.class))
                .containsExactly("k1:" + body("k1"), "k2:" + body("k2"), "k3:" + body("k3"), "k4:" + body("k4"));
        assertThat(count("article_body")).isEqualTo(4);
    }

    @Test
    void aReSavedTextFileWithoutUrlReplacesItsEarlierVersion() {
        store.save(article("k1", null, "seeds/seed.txt", "text"), RUN);

        store.save(article("k2", null, "seeds/seed.txt", "text"), RUN);

        assertThat(jdbc.queryForList("SELECT article_key FROM article", String.class)).containsExactly("k2");
    }

    @Test
    void articlesOfOneFeedWithoutUrlsAreAllKept() {
        store.save(article("k1", null, "feeds/rss.xml", "rss"), RUN);
        store.save(article("k2", null, "feeds/rss.xml", "rss"), RUN);

        assertThat(count("article")).isEqualTo(2);
    }

    @Test
    void extractingAnArticleTwiceKeepsOneSetOfFacts() {
        store.save(article("k1", null, "seeds/seed.txt", "text"), RUN);
        ExtractionStore extractions = new ExtractionStore(jdbc);
        Extraction extraction = new Extraction(List.of(fact()), List.of(), List.of(), List.of(), List.of());

        extractions.replace("k1", extraction, "v1", RUN);
        extractions.replace("k1", extraction, "v2", RUN);

        assertThat(count("fact")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT extracted_version FROM article_extraction", String.class))
                .isEqualTo("v2");
    }

    @Test
    void savingAChunkAtOnceLeavesWhatSavingItOneByOneLeaves() {
        JdbcTemplate otherDatabase = StoreDatabase.migrated();
        ArticleStore oneByOne = new ArticleStore(otherDatabase);
        List<Article> earlier = List.of(article("k0", "https://example.com/edited", "input/e.html", "html"),
                article("k9", "https://example.com/old", "input/o.html", "html"));
        List<Article> chunk = List.of(
                article("k1", "https://example.com/a", "feeds/a.xml", "rss"),
                article("k1", "https://example.com/a-again", "feeds/b.xml", "atom"), // same text from another feed
                article("k2", "https://example.com/a", "input/a.html", "html"),      // new version of a URL in the chunk
                article("k3", "https://example.com/edited", "input/e.html", "html"), // new version of a stored URL
                article("k9", "https://example.com/other", "feeds/c.xml", "rss"),   // stored text again
                article("k4", null, "seeds/seed.txt", "text"),
                article("k5", null, "seeds/seed.txt", "text"),                        // re-saved file without URL
                article("k6", null, "feeds/d.xml", "rss"),
                article("k7", "https://example.com/b", "feeds/d.xml", "rss"));
        for (Article a : earlier) {
            store.save(a, RUN);
            oneByOne.save(a, RUN);
        }
        store.saveAll(chunk, RUN.plusDays(1));
        for (Article a : chunk) {
            oneByOne.save(a, RUN.plusDays(1));
        }

        String articles = """
                SELECT a.article_key, a.url, a.file, a.first_run, a.last_run, b.body
                FROM article a JOIN article_body b ON b.article_no = a.article_no ORDER BY a.article_key""";
        assertThat(jdbc.queryForList(articles)).isEqualTo(otherDatabase.queryForList(articles))
                .extracting(row -> row.get("ARTICLE_KEY")).containsExactly("k2", "k3", "k5", "k6", "k7", "k9");
        assertThat(count("article_body")).isEqualTo(6);
    }

    @Test
    void aChunkOfMoreArticlesThanOneLookupTakesIsKeptOnceWhenItComesAgain() {
        // given: 1,200 articles, more than one IN list of hashes holds (500)
        List<Article> chunk = java.util.stream.IntStream.range(0, 1_200)
                .mapToObj(i -> article("key-" + i, "https://example.com/" + i, "feeds/" + (i / 100) + ".xml", "rss"))
                .toList();
        store.saveAll(chunk, RUN);

        // when: the same articles again the next night, in another order
        store.saveAll(chunk.reversed(), RUN.plusDays(1));

        // then
        assertThat(count("article")).isEqualTo(1_200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE last_run = ?", Integer.class,
                java.sql.Date.valueOf(RUN.plusDays(1)))).isEqualTo(1_200);
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }

    private static Article article(String key, String url, String file, String format) {
        return new Article(key, "Beijing pins focus on digital future", null, url, null, file, format, body(key));
    }

    private static String body(String key) {
        return "Beijing has deployed nearly 16,000 5G-Advanced (5G-A) base stations (" + key + ").";
    }

    private static Fact fact() {
        return new Fact("base_stations_5g_advanced", new BigDecimal("16000"), "base_stations", "Beijing", null, null,
                Qualifier.NEARLY, Origin.NEWS, "seeds/seed.txt",
                "Beijing has deployed nearly 16,000 5G-Advanced (5G-A) base stations.");
    }
}
