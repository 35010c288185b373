package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.infradigest.domain.Article;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private Article read(String fixture) {
        ParseResult result = reader.read(fixture, NewsFixtures.text(fixture));
        assertThat(result.rejects()).isEmpty();
        return result.articles().getFirst();
    }

    @Test
    void shanghaiPageGivesTheStoryWithoutNavTickerTopNewsShareBarOrFooter() {
        // when
        Article article = read("formats/11_shanghai.html");

        // then
        assertThat(article.title()).isEqualTo("Shanghai's 5G base stations top 51,000");
        assertThat(article.published()).isEqualTo(LocalDate.of(2022, 6, 11));
        assertThat(article.url()).isEqualTo("http://en.people.cn/n3/2022/0611/c90000-10108485.html");
        assertThat(article.outlet()).isEqualTo("en.people.cn");
        assertThat(article.format()).isEqualTo("html");
        assertThat(article.body())
                .contains("Shanghai, China's financial center, had 51,716 5G base stations in place by the end of April")
                .contains("had over 9.3 million 5G mobile phone users as of April, 21.3 percent of their total user base.")
                // ticker, cookie banner, share bar, Top News and Related lists, footer, scripts
                .doesNotContain("3,342.18", "19,876.40", "7.1832", "cookies", "2.1k shares", "3,000 charging piles",
                        "12 million new 5G users", "8,500 new base stations", "500 villages", "90 million", "20 EFLOPS",
                        "Today's Top News", "Related stories", "0108263", "130349", "6499 5000", "1250000", "30000",
                        "Tech News desk", "Home | Business");
        assertThat(article.body().lines().findFirst()).hasValue("June 11, 2022, 14:14 (Xinhua)");
    }

    @Test
    void pageWithoutArticleElementIsReadFromItsDensestParagraphBlock() {
        // when
        Article article = read("html/page-without-article-element.html");

        // then
        assertThat(article.title()).isEqualTo("India’s 5G radio count crosses 450,000");
        assertThat(article.published()).as("from the dateline").isEqualTo(LocalDate.of(2024, 8, 27));
        assertThat(article.url()).isEqualTo("https://example.org/news/india-5g-bts?utm_source=rss&utm_medium=feed");
        assertThat(article.outlet()).isEqualTo("Wire Desk");
        assertThat(article.body().lines()).containsExactly(
                "New Delhi, 27 August 2024",
                "Department of Telecommunications data indicate that the nationwide count of installed 5G radios"
                        + " has gone past the 450,000 mark.",
                "Deployments totalled 3,346 in July, against a peak of 9,733 in March.",
                "Executives at Reliance Jio and Bharti Airtel have said they are moving into a consolidation phase.");
        assertThat(article.body()).doesNotContain("77,301", "81,698.11", "25,010.60", "3 kinds", "1.1 million",
                "25%", "4,512", "1800-103-0000");
    }

    @Test
    void pageDatedOnlyByJsonLdTakesDateUrlAndPublisherFromIt() {
        // when
        Article article = read("html/dated-only-by-json-ld.html");

        // then
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(article.url()).isEqualTo("https://www.rcrwireless.com/20240319/towers/china-tower-ends-2023");
        assertThat(article.outlet()).isEqualTo("RCR Wireless News");
        assertThat(article.title()).isEqualTo("China Tower ends 2023 with 2.04 million towers");
        assertThat(article.body()).startsWith("China Tower had 2.04 million towers under management");
    }

    @Test
    void dataTableBecomesOneCellLinePerCellWithItsCaptionAsAParagraph() {
        // when
        Article article = read("html/article-with-data-table.html");

        // then
        assertThat(article.body().lines()).containsExactly(
                "The nationwide count of installed 5G radios has gone past the 450,000 mark.",
                "Top states by installed 5G BTS",
                "|State", "|BTS count", "|Karnataka", "|30214", "|Uttar Pradesh", "|50752",
                "|All-India total", "|4,52,055",
                "Data: DoT");
    }

    @Test
    void aTableWiderThanTwoColumnsBecomesOneLinePerRowSoEachFigureKeepsItsLabel() {
        // given a ranking with a growth column, which one-cell-per-line would shift out of pairing
        String html = "<html><body><article><h1>Provinces race ahead on 5G</h1><p>Counts at the end of March.</p>"
                + "<table><tr><th>Province</th><th>5G base stations</th><th>Growth</th></tr>"
                + "<tr><td>Guangdong</td><td>335,000</td><td>12.5%</td></tr>"
                + "<tr><td>Jiangsu</td><td> 270,000 </td><td>10.1%</td></tr></table></article></body></html>";

        // when
        Article article = reader.read("ranking.html", html).articles().getFirst();

        // then
        assertThat(article.body().lines()).containsExactly("Counts at the end of March.",
                "|Province|5G base stations|Growth", "|Guangdong|335,000|12.5%", "|Jiangsu|270,000|10.1%");
    }

    @Test
    void timeElementDatesAnArticleWithoutMetadata() {
        // given
        String html = "<html><body><article><h1>Towers</h1><time datetime=\"2023-05-04T10:00:00Z\">May 4</time>"
                + "<p>China Tower had 2.04 million towers.</p></article></body></html>";

        // when
        Article article = reader.read("towers.html", html).articles().getFirst();

        // then
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 5, 4));
        assertThat(article.title()).isEqualTo("Towers");
    }

    @Test
    void titleTagLosesTheSiteNameWhenThereIsNoHeadline() {
        // given
        String html = "<html><head><title>Gigabit users pass 90 million - Tech Daily</title></head>"
                + "<body><p>Gigabit users passed 90 million in coastal provinces.</p></body></html>";

        // when
        Article article = reader.read("gigabit.html", html).articles().getFirst();

        // then
        assertThat(article.title()).isEqualTo("Gigabit users pass 90 million");
        assertThat(article.body()).isEqualTo("Gigabit users passed 90 million in coastal provinces.");
    }

    @Test
    void pageWithNothingButFurnitureIsAReject() {
        // given
        String html = "<html><body><nav><a href='/'>Home</a></nav><footer>Copyright 2025</footer></body></html>";

        // when
        ParseResult result = reader.read("empty-page.html", html);

        // then
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.file()).isEqualTo("empty-page.html");
            assertThat(reject.reason()).isEqualTo("no article text found");
        });
    }

    @Test
    void storyInsideAPageWideFormOrAnAdsNamedContainerIsKept() {
        // given: ASP.NET wraps whole pages in a form; "no-ads" names the article's own container
        String paragraph = "<p>China had 4.65 million 5G base stations by the end of August, the ministry said.</p>";
        String html = "<html><head><link rel='canonical' href='/relative/path'>"
                + "<meta property='og:url' content='https://example.org/5g'></head>"
                + "<body><form id='aspnetForm'><div class='content no-ads'>" + paragraph.repeat(15)
                + "</div><div class='ad-slot'><p>Buy 2 get 1 free</p></div></form></body></html>";

        // when
        Article article = reader.read("form.html", html).articles().getFirst();

        // then
        assertThat(article.body().lines()).hasSize(15).allMatch(line -> line.startsWith("China had 4.65 million"));
        assertThat(article.url()).as("relative canonical cannot be resolved").isEqualTo("https://example.org/5g");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        // given: a hostile page, generated rather than committed
        String html = "<div>".repeat(50_000) + "<p>Deep text.</p>" + "</div>".repeat(50_000);

        // when
        ParseResult result = reader.read("deep.html", html);

        // then
        assertThat(result.articles()).singleElement()
                .satisfies(article -> assertThat(article.body()).isEqualTo("Deep text."));
    }

    @Test
    void pageCutOffBeforeItsEndIsReadAndARejectSaysItMayBeIncomplete() {
        // when
        ParseResult result = reader.read("cut.html", "<html><head><title>Beijing builds 5G</title></head><body>"
                + "<article><p>Beijing had 16,000 5G base stations by the end of May, the city said.</p><p>More sites");

        // then
        assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.body()).contains("16,000"));
        assertThat(result.rejects()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("cut.html");
            assertThat(r.reason()).isEqualTo(
                    "page ends before </body> and </html>: it may be cut off; the text up to there was read");
        });
    }
}
