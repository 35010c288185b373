package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.infradigest.domain.Article;
import org.junit.jupiter.api.Test;

class PlainTextArticleReaderTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader();

    @Test
    void seedWithoutHeaderTakesItsFirstLineAsTitleAndHasNoDate() {
        // given
        String seed = NewsFixtures.text("text/seed-without-header.txt");

        // when
        ParseResult result = reader.read("000_3f579140b743d539.txt", seed);

        // then
        assertThat(result.rejects()).isEmpty();
        Article article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("Beijing pins focus on digital future");
        assertThat(article.published()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.format()).isEqualTo("text");
        assertThat(article.file()).isEqualTo("000_3f579140b743d539.txt");
        assertThat(article.source()).isEqualTo("000_3f579140b743d539.txt");
        assertThat(article.body())
                .startsWith("Beijing has deployed nearly 16,000 5G-Advanced (5G-A) base stations")
                .contains("To date, 10 foreign firms in Beijing have obtained such permits.")
                .doesNotContain("Beijing pins focus on digital future");
    }

    @Test
    void seedLosesItsTodaysTopNewsList() {
        // when
        Article article = reader.read("seed.txt", NewsFixtures.text("text/seed-without-header.txt")).articles().getFirst();

        // then
        assertThat(article.body())
                .endsWith("must address cost-performance challenges.")
                .doesNotContain("Today's Top News", "Trump halts Harvard", "biodiversity");
    }

    @Test
    void headerBlockGivesTitleDateUrlAndSourceAndHardWrappedLinesAreJoined() {
        // when
        ParseResult result = reader.read("shanghai.txt", NewsFixtures.text("text/article-with-header-block.txt"));

        // then
        Article article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("Shanghai's 5G base stations top 51,000");
        assertThat(article.published()).isEqualTo(LocalDate.of(2022, 6, 11));
        assertThat(article.url()).isEqualTo("http://en.people.cn/n3/2022/0611/c90000-10108485.html");
        assertThat(article.outlet()).isEqualTo("People's Daily Online");
        assertThat(article.body().lines()).containsExactly(
                "SHANGHAI, June 10 (Xinhua) -- Local authorities said on Friday that Shanghai had 51,716 5G base"
                        + " stations in place by the end of April, giving it 20.8 5G base stations for every 10,000 residents.",
                "The Shanghai Communications Administration said the density had reached 8.2 5G base stations per square km.");
    }

    @Test
    void headerWithoutTitleLeavesTitleEmptyAndKeepsTableCellsAsLines() {
        // given: the layout of the corpus article 21, header without Title and a flattened table
        String text = """
                Date: 2024-08-27
                URL: https://www.business-standard.com/industry/news/5g-radio-count

                Department of Telecommunications (DoT) data indicate that the count has gone past the 450,000 mark.
                |Top states by installed 5G BTS
                |BTS count
                |Karnataka
                |30214
                """;

        // when
        Article article = reader.read("21_india.txt", text).articles().getFirst();

        // then
        assertThat(article.title()).isEmpty();
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 8, 27));
        assertThat(article.outlet()).isEqualTo("www.business-standard.com");
        assertThat(article.body().lines()).containsExactly(
                "Department of Telecommunications (DoT) data indicate that the count has gone past the 450,000 mark.",
                "|Top states by installed 5G BTS", "|BTS count", "|Karnataka", "|30214");
    }

    @Test
    void unreadableDateHeaderIsARejectButTheArticleIsKeptUndated() {
        // when
        ParseResult result = reader.read("towers.txt", NewsFixtures.text("text/header-with-bad-date.txt"));

        // then
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Operators add towers");
            assertThat(article.published()).isNull();
        });
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.step()).isEqualTo("ingestNews");
            assertThat(reject.location()).isEqualTo("line 2");
            assertThat(reject.reason()).contains("'last Tuesday'", "not a date");
        });
    }

    @Test
    void titleWithoutBodyIsARejectNotAnEmptyArticle() {
        // when
        ParseResult result = reader.read("headline.txt", "Just a headline\n\n");

        // then
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejects()).singleElement()
                .satisfies(reject -> assertThat(reject.reason()).isEqualTo("no article text found"));
    }
}
