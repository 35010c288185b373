package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.infradigest.domain.Article;
import org.junit.jupiter.api.Test;

class ArticleDeduplicatorTest {

    private final ArticleDeduplicator deduplicator = new ArticleDeduplicator();

    private static Article article(String file, String title, LocalDate published, String url, String body) {
        return new Article(ArticleKey.of(title, body), title, published, url, null, file, "text", body);
    }

    @Test
    void sameTextFromTwoFeedsIsKeptOnceChoosingTheOneWithMoreMetadata() {
        // given
        Article bare = article("a.xml", "5G count passes 2.64 million", null, null, "China had 2.64 million 5G base stations.");
        Article dated = article("b.xml", "5G COUNT passes 2.64 million", LocalDate.of(2023, 4, 20),
                "http://en.people.cn/n3/2023/0420/c90000-20008817.html", "China had 2.64 million  5G base stations.");

        // when
        ArticleDeduplicator.Result result = deduplicator.deduplicate(List.of(bare, dated));

        // then
        assertThat(result.kept()).containsExactly(dated);
        assertThat(result.duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.dropped()).isEqualTo(bare);
            assertThat(duplicate.keptInstead()).isEqualTo(dated);
        });
    }

    @Test
    void sameUrlWithTrackingParametersIsOneStoryEvenWhenTheTextDiffers() {
        // given: the page and the feed item of one story, the feed cut short
        Article page = article("page.html", "Shanghai tops 51,000", LocalDate.of(2022, 6, 11),
                "https://en.people.cn/n3/2022/0611/c90000-10108485.html",
                "Shanghai had 51,716 5G base stations. More text follows here.");
        Article item = article("feed.xml", "Shanghai tops 51,000", LocalDate.of(2022, 6, 11),
                "http://en.people.cn/n3/2022/0611/c90000-10108485.html/?utm_source=rss", "Shanghai had 51,716 5G base stations.");

        // when
        ArticleDeduplicator.Result result = deduplicator.deduplicate(List.of(item, page));

        // then: equal metadata, so the longer body wins
        assertThat(result.kept()).containsExactly(page);
        assertThat(result.duplicates()).extracting(ArticleDeduplicator.Duplicate::dropped).containsExactly(item);
    }

    @Test
    void storiesLinkedThroughAUrlAndATextAreOneAndKeepTheirFirstPosition() {
        // given: a shares a URL with b, b shares its text with c
        Article other = article("other.txt", "Other", null, null, "Unrelated story.");
        Article a = article("a.txt", "A", null, "https://x.example/story", "First wording.");
        Article b = article("b.txt", "B", LocalDate.of(2024, 1, 1), "https://x.example/story/", "Second wording.");
        Article c = article("c.txt", "B", null, null, "Second wording.");

        // when
        ArticleDeduplicator.Result result = deduplicator.deduplicate(List.of(a, other, b, c));

        // then
        assertThat(result.kept()).containsExactly(b, other);
        assertThat(result.duplicates()).extracting(ArticleDeduplicator.Duplicate::dropped).containsExactly(a, c);
    }

    @Test
    void htmlPageAndPlainTextOfTheSameStoryAreOneArticle() {
        // given: the Shanghai story as a web page with furniture and as a plain-text file
        NewsFileParser parser = new NewsFileParser();
        Article page = parser.parse("11_shanghai.html", NewsFixtures.bytes("formats/11_shanghai.html")).articles().getFirst();
        Article text = parser.parse("11_shanghai.txt", NewsFixtures.bytes("text/shanghai-as-text-with-header.txt"))
                .articles().getFirst();

        // when
        ArticleDeduplicator.Result result = deduplicator.deduplicate(List.of(page, text));

        // then: same key and URL; metadata and body equal, so the one seen first stays
        assertThat(page.key()).isEqualTo(text.key());
        assertThat(result.kept()).containsExactly(page);
        assertThat(result.duplicates()).extracting(ArticleDeduplicator.Duplicate::dropped).containsExactly(text);
    }

    @Test
    void distinctArticlesAreAllKeptInOrder() {
        // given
        Article first = article("1.txt", "One", null, "https://x.example/1", "One.");
        Article second = article("2.txt", "Two", null, "https://x.example/2", "Two.");

        // when
        ArticleDeduplicator.Result result = deduplicator.deduplicate(List.of(first, second));

        // then
        assertThat(result.kept()).containsExactly(first, second);
        assertThat(result.duplicates()).isEmpty();
    }
}
