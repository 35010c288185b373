package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.infradigest.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticleReaderTest {

    private final FeedArticleReader reader = new FeedArticleReader();

    @Test
    void rssFeedGivesOneArticlePerItemWithContentEncodedAsBody() {
        // when
        ParseResult result = reader.read("feed.rss.xml", NewsFixtures.text("formats/feed.rss.xml"));

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.articles()).extracting(Article::title).containsExactly(
                "China's 5G base station count passes 2.64 mln by end-March",
                "China's 5G base stations approach 4.65 million");
        Article first = result.articles().getFirst();
        assertThat(first.format()).isEqualTo("rss");
        assertThat(first.published()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(first.url()).isEqualTo("http://en.people.cn/n3/2023/0420/c90000-20008817.html");
        assertThat(first.outlet()).isEqualTo("en.people.cn");
        assertThat(first.body().lines()).hasSize(5).contains(
                "BEIJING, April 20 (Xinhua) -- China had more than 2.64 million 5G base stations in service by the"
                        + " end of March this year, according to figures released on Thursday by China's Ministry of"
                        + " Industry and Information Technology (MIIT).");
        assertThat(result.articles().get(1).body()).contains("That is 36.3 percent of all mobile base stations");
    }

    @Test
    void ownRssItemUsesContentEncodedNotTheTeaserAndDropsItsRelatedList() {
        // when
        ParseResult result = reader.read("fibre.xml", NewsFixtures.text("feed/rss-item-with-content-encoded.xml"));

        // then
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Full fibre reaches 28% of UK homes");
            assertThat(article.published()).isEqualTo(LocalDate.of(2021, 12, 16));
            assertThat(article.url()).isEqualTo("https://www.ofcom.org.uk/news/connected-nations-2021?utm_source=rss");
            assertThat(article.body().lines()).containsExactly(
                    "Full fibre broadband is now available to 8.2 million homes, or 28% of UK residential premises.",
                    "Gigabit-capable broadband reaches 47% of homes.");
        });
        assertThat(result.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.location()).isEqualTo("item 2");
            assertThat(reject.reason()).isEqualTo("no article text found");
        });
    }

    @Test
    void atomEntryIsAnArticleDatedByPublishedOrElseUpdated() {
        // when
        ParseResult corpus = reader.read("feed.atom.xml", NewsFixtures.text("formats/feed.atom.xml"));
        ParseResult own = reader.read("atom-entry.xml", NewsFixtures.text("feed/atom-entry.xml"));

        // then
        Article tower = corpus.articles().getFirst();
        assertThat(tower.format()).isEqualTo("atom");
        assertThat(tower.title()).as("(untitled) is no title").isEmpty();
        assertThat(tower.published()).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(tower.url()).startsWith("https://www.rcrwireless.com/20240319/");
        assertThat(tower.body()).contains("China Tower had 2.04 million towers under management at the close of 2023");
        assertThat(tower.body().lines()).hasSize(9);

        Article beijing = own.articles().getFirst();
        assertThat(beijing.title()).isEqualTo("Beijing approves six foreign telecom firms");
        assertThat(beijing.published()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(beijing.url()).isEqualTo("https://example.org/beijing-vats");
        assertThat(beijing.body()).isEqualTo("Six foreign-funded companies have secured approval for the second batch"
                + " of pilot operations.\nTo date, 10 foreign firms in Beijing have obtained such permits.");
    }

    @Test
    void itemDateIsThePublishersOwnDayNotTheUtcDay() {
        // given: one in the morning in Beijing is still the previous day in UTC
        String xml = """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
                <item><title>A</title><pubDate>Thu, 20 Apr 2023 01:00:00 +0800</pubDate><description>First.</description></item>
                <item><title>B</title><dc:date>2023-05-01T00:30:00+08:00</dc:date><description>Second.</description></item>
                </channel></rss>""";

        // when
        ParseResult result = reader.read("beijing.xml", xml);

        // then
        assertThat(result.articles()).extracting(Article::published)
                .containsExactly(LocalDate.of(2023, 4, 20), LocalDate.of(2023, 5, 1));
    }

    @Test
    void itemDateOnlyRomeCanReadIsDatedByRomesReading() {
        // given: a month without its day, which only Rome's masks read (as the month's first day)
        String xml = """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>t</title>
                <item><title>A</title><pubDate>2023-04</pubDate><description>First.</description></item>
                <item><title>B</title><pubDate>sometime soon</pubDate><description>Second.</description></item>
                </channel></rss>""";

        // when
        ParseResult result = reader.read("month-only.xml", xml);

        // then
        assertThat(result.articles()).extracting(Article::published).containsExactly(LocalDate.of(2023, 4, 1), null);
    }

    @Test
    void itemsInsideAnExtensionDoNotShiftTheDatesOfTheFeedsItems() {
        // given: an element named item inside the first item, which Rome does not take for an item of its own
        String xml = """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:x="urn:example:lists"><channel><title>t</title>
                <item><title>A</title><x:related><item>Older story</item></x:related>
                  <pubDate>Thu, 20 Apr 2023 08:00:00 GMT</pubDate><description>First.</description></item>
                <item><title>B</title><pubDate>Fri, 21 Apr 2023 08:00:00 GMT</pubDate>
                  <description>Second.</description></item>
                </channel></rss>""";

        // when
        ParseResult result = reader.read("nested.xml", xml);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.articles()).extracting(Article::title, Article::published).containsExactly(
                tuple("A", LocalDate.of(2023, 4, 20)), tuple("B", LocalDate.of(2023, 4, 21)));
    }

    @Test
    void feedWithAnExternalEntityIsRejectedAndNeverReadsTheFile(@TempDir Path folder) throws IOException {
        // given: a feed whose entity points at a local file holding a secret
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-4711");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY leak SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>t</title><link>https://example.org</link><description>d</description>
                <item><title>Leak</title><description>&leak;</description></item></channel></rss>
                """.formatted(secret.toUri());

        // when
        ParseResult generated = reader.read("xxe.xml", xml);
        ParseResult fixture = reader.read("rss-with-external-entity.xml", NewsFixtures.text("feed/rss-with-external-entity.xml"));

        // then
        for (ParseResult result : new ParseResult[] {generated, fixture}) {
            assertThat(result.articles()).isEmpty();
            assertThat(result.rejects()).singleElement().satisfies(reject -> {
                assertThat(reject.step()).isEqualTo("ingestNews");
                assertThat(reject.reason()).startsWith("malformed feed: DOCTYPE declarations are not allowed");
                assertThat(reject.reason()).doesNotContain("TOP-SECRET", "root:");
            });
        }
    }

    @Test
    void billionLaughsFeedIsRejectedWithoutExpandingItsEntities() {
        // given
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [ <!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 12; level++) {
            doctype.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>" + doctype + "]><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>&lol12;</title><description>boom</description></item></channel></rss>";

        // when
        long start = System.nanoTime();
        ParseResult result = reader.read("lol.xml", xml);

        // then
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejects()).singleElement()
                .satisfies(reject -> assertThat(reject.reason()).contains("DOCTYPE declarations are not allowed"));
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
    }

    @Test
    void truncatedFeedIsAMalformedFeedReject() {
        // when
        ParseResult result = reader.read("truncated.rss", NewsFixtures.text("feed/truncated.rss"));

        // then
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejects()).singleElement()
                .satisfies(reject -> assertThat(reject.reason()).startsWith("malformed feed: "));
    }

    @Test
    void feedWithoutItemsIsARejectSoThatNothingVanishesSilently() {
        // when
        ParseResult result = reader.read("quiet.xml",
                "<rss version=\"2.0\"><channel><title>Quiet</title><link>https://example.org</link></channel></rss>");

        // then
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejects()).singleElement()
                .satisfies(reject -> assertThat(reject.reason()).isEqualTo("the feed has no items"));
    }

    @Test
    void atomFeedWithoutEntriesSaysSoInPlainEnglish() {
        // when
        ParseResult result = reader.read("quiet.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title>"
                + "<id>urn:quiet</id><updated>2024-01-01T00:00:00Z</updated></feed>");

        // then
        assertThat(result.rejects()).singleElement()
                .satisfies(reject -> assertThat(reject.reason()).isEqualTo("the feed has no entries"));
    }

    @Test
    void xmlThatIsNoFeedIsAReject() {
        // when
        ParseResult result = reader.read("catalog.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>");

        // then
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejects()).singleElement()
                .satisfies(reject -> assertThat(reject.reason()).startsWith("malformed feed: "));
    }

    @Test
    void feedWithHtmlEntitiesAndAStrayAmpersandIsStillRead() {
        // given: not well-formed XML as many publishers write it, with blanks before the declaration
        String feed = "\n  <?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title><item>"
                + "<title>AT&T opens 5G&nbsp;towers</title><link>https://wire.example.org/towers</link>"
                + "<description>AT&T said it opened 1,200&nbsp;towers &mdash; a record.</description></item>"
                + "</channel></rss>";

        // when
        ParseResult result = reader.read("wire.xml", feed);

        // then
        assertThat(result.rejects()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("AT&T opens 5G towers");
            assertThat(article.body()).isEqualTo("AT&T said it opened 1,200 towers — a record.");
        });
    }

    @Test
    void wellFormedFeedKeepsEntitiesInsideCdataAsTheHtmlMeans() {
        // given
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item>"
                + "<title><![CDATA[AT&amp;T opens towers]]></title><link>https://wire.example.org/towers</link>"
                + "<description><![CDATA[<p>AT&T opened 1,200&nbsp;towers &amp; masts.</p>]]></description></item>"
                + "</channel></rss>";

        // when
        ParseResult result = reader.read("wire.xml", feed);

        // then
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("AT&T opens towers");
            assertThat(article.body()).isEqualTo("AT&T opened 1,200 towers & masts.");
        });
    }
}
