package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.infradigest.domain.Article;
import org.junit.jupiter.api.Test;

class JsonLinesArticleReaderTest {

    private final JsonLinesArticleReader reader = new JsonLinesArticleReader();

    @Test
    void newsPleaseLinesBecomeArticlesWithTheirDateUrlAndSourceDomain() {
        // when
        ParseResult result = reader.read("articles.jsonl", NewsFixtures.text("formats/articles.jsonl"));

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.articles()).hasSize(2);
        Article broadband = result.articles().getFirst();
        assertThat(broadband.title()).isEqualTo("China's big three carriers now serve 578 million fixed broadband subscribers");
        assertThat(broadband.published()).isEqualTo(LocalDate.of(2022, 10, 28));
        assertThat(broadband.url()).isEqualTo("http://en.c114.com.cn/576/a1213505.html");
        assertThat(broadband.outlet()).isEqualTo("en.c114.com.cn");
        assertThat(broadband.format()).isEqualTo("jsonl");
        assertThat(broadband.body().lines()).hasSize(3).contains("Update time: 2022/10/28 15:38");
        Article operators = result.articles().get(1);
        assertThat(operators.title()).as("title null in the file").isEmpty();
        assertThat(operators.body()).contains("China Mobile says it operates about 2.4 million 5G base stations");
    }

    @Test
    void brokenLineIsARejectWithItsLineNumberAndTheOtherLinesAreStillRead() {
        // when
        ParseResult result = reader.read("mixed.jsonl", NewsFixtures.text("jsonl/one-broken-line.jsonl"));

        // then
        assertThat(result.articles()).extracting(Article::url).containsExactly(
                "https://www.mobileworldlive.com/greater-china/china-5g-base-station-count/",
                "https://example.org/miit-2023");
        assertThat(result.articles().get(1).published()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(result.rejects()).hasSize(2);
        assertThat(result.rejects().getFirst()).satisfies(reject -> {
            assertThat(reject.file()).isEqualTo("mixed.jsonl");
            assertThat(reject.location()).isEqualTo("line 2");
            assertThat(reject.reason()).startsWith("invalid JSON on line 2: ");
        });
        assertThat(result.rejects().get(1)).satisfies(reject -> {
            assertThat(reject.location()).isEqualTo("line 4");
            assertThat(reject.reason()).isEqualTo("line 4 has no text (maintext is missing or empty)");
        });
    }

    @Test
    void lineThatIsNoObjectAndUnreadableDateAreRejectsTooButTheArticleKeepsItsText() {
        // given
        String text = """
                [1, 2, 3]
                {"title": "T", "maintext": "China had 4.65 million 5G base stations.", "date_publish": "sometime"}
                """;

        // when
        ParseResult result = reader.read("odd.ndjson", text);

        // then
        assertThat(result.articles()).singleElement().satisfies(article -> assertThat(article.published()).isNull());
        assertThat(result.rejects()).extracting(reject -> reject.location() + ": " + reject.reason()).containsExactly(
                "line 1: line 1 is not a JSON object",
                "line 2: date_publish 'sometime' is not a date; article kept undated");
    }

    @Test
    void prettyPrintedJsonArrayFileIsReadAsOneArticlePerElement() {
        // given
        String json = """
                [
                  {"title": "A", "maintext": "First text.", "url": "https://example.org/a"},
                  {"title": "B", "maintext": "Second text.", "date_publish": "2023-03-01T09:00:00+08:00"}
                ]
                """;

        // when
        ParseResult result = reader.read("export.json", json);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.articles()).extracting(Article::title).containsExactly("A", "B");
        assertThat(result.articles().get(1).published()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void aUrlTooLongToStoreIsARejectAndAnOverlongTitleOrOutletIsShortened() {
        // given: values wider than the article table's columns, which used to fail the whole ingestNews chunk
        String text = """
                {"title": "Dalian", "maintext": "Dalian has 11,000 5G base stations.", "url": "https://example.com/%s"}
                {"title": "%s", "maintext": "Qingdao has 13,000 5G base stations.", "source_domain": "%s.com"}
                """.formatted("a".repeat(3000), "Qingdao ".repeat(400), "x".repeat(900));

        // when
        ParseResult result = reader.read("long.jsonl", text);

        // then
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.location()).isEqualTo("line 1");
            assertThat(reject.reason()).isEqualTo("URL is 3,020 characters long, above the limit of 2,048");
        });
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).hasSize(ArticleDraft.MAX_TITLE).startsWith("Qingdao Qingdao").endsWith("\u2026");
            assertThat(article.outlet()).hasSizeLessThanOrEqualTo(ArticleDraft.MAX_OUTLET);
            assertThat(article.body()).contains("13,000");
        });
    }
}
