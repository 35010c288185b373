package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.junit.jupiter.api.Test;

class NewsFileParserTest {

    private final NewsFileParser parser = new NewsFileParser();

    private ParseResult parse(String fixture) {
        return parser.parse(fixture, NewsFixtures.bytes(fixture));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Reject onlyReject(ParseResult result) {
        assertThat(result.articles()).isEmpty();
        assertThat(result.rejects()).hasSize(1);
        Reject reject = result.rejects().getFirst();
        assertThat(reject.step()).isEqualTo("ingestNews");
        return reject;
    }

    @Test
    void eachCorpusFormatIsRecognisedAndRead() {
        // when / then
        assertThat(parse("formats/11_shanghai.html").articles()).extracting(Article::format).containsExactly("html");
        assertThat(parse("formats/feed.rss.xml").articles()).extracting(Article::format).containsExactly("rss", "rss");
        assertThat(parse("formats/feed.atom.xml").articles()).extracting(Article::format).containsExactly("atom");
        assertThat(parse("formats/articles.jsonl").articles()).extracting(Article::format).containsExactly("jsonl", "jsonl");
        assertThat(parse("text/seed-without-header.txt").articles()).extracting(Article::format).containsExactly("text");
    }

    @Test
    void gbkPageDeclaredByMetaCharsetIsReadInChinese() {
        // when
        ParseResult result = parse("html/gbk-declared-by-meta-charset.html");

        // then
        assertThat(result.rejects()).isEmpty();
        Article article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("我国5G基站总数达391.7万个");
        assertThat(article.body()).startsWith("截至2024年6月底，我国5G基站总数达391.7万个，比上年末净增54.6万个");
    }

    @Test
    void undeclaredGbkTextIsDetectedAndReadInChinese() {
        // when
        ParseResult result = parse("text/gbk-undeclared.txt");

        // then
        assertThat(result.rejects()).isEmpty();
        Article article = result.articles().getFirst();
        assertThat(article.title()).isEqualTo("我国5G基站总数达391.7万个");
        assertThat(article.body()).contains("三家基础电信企业和中国广电共发展蜂窝物联网终端用户25.47亿户");
    }

    @Test
    void contentWinsOverAMisleadingExtension() {
        // given
        byte[] feed = NewsFixtures.bytes("formats/feed.rss.xml");
        byte[] page = NewsFixtures.bytes("formats/11_shanghai.html");

        // when / then
        assertThat(parser.parse("wire.txt", feed).articles()).hasSize(2).allMatch(a -> a.format().equals("rss"));
        assertThat(parser.parse("page.txt", page).articles()).singleElement()
                .satisfies(article -> assertThat(article.format()).isEqualTo("html"));
        assertThat(parser.parse("download", feed).articles()).hasSize(2);
    }

    @Test
    void contentIsRecognisedWhateverItsLetterCaseAndLeadingBlanks() {
        // given: no extension tells the format, only the head of the content
        String page = "\n  <!DOCTYPE HTML>\n<HTML><HEAD><TITLE>Towers</TITLE></HEAD>"
                + "<BODY><P>Beijing has built 20,000 5G-A base stations this year, the city said.</P></BODY></HTML>";
        String feed = "<?xml version=\"1.0\"?>\n<!-- wire -->\n<rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Towers</title><link>https://wire.example.org/a</link>"
                + "<description>Beijing has built 20,000 5G-A base stations.</description></item></channel></rss>";
        String shoutedFeed = feed.replace("<?xml version=\"1.0\"?>", "<?XML VERSION=\"1.0\"?>");
        String lines = "\n \t{\"title\": \"Towers\", \"text\": \"Beijing has built 20,000 5G-A base stations.\"}\n";

        // when / then
        assertThat(parser.parse("download", utf8(page)).articles()).extracting(Article::format).containsExactly("html");
        assertThat(parser.parse("download", utf8(feed)).articles()).extracting(Article::format).containsExactly("rss");
        assertThat(parser.parse("download", utf8(lines)).articles()).extracting(Article::format)
                .containsExactly("jsonl");
        // XML itself is case-sensitive: a shouted prolog still goes to the feed reader, which says what is wrong
        assertThat(onlyReject(parser.parse("download", utf8(shoutedFeed))).reason()).startsWith("malformed feed");
    }

    @Test
    void emptyAndBlankFilesAreRejectedAsEmpty() {
        // when / then
        assertThat(onlyReject(parser.parse("empty.txt", new byte[0])).reason()).isEqualTo("empty file");
        assertThat(onlyReject(parser.parse("blank.html", utf8(" \n\t\r\n"))).reason()).isEqualTo("empty file");
        assertThat(onlyReject(parser.parse("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).reason())
                .isEqualTo("empty file");
    }

    @Test
    void binaryFilesAreRejectedWithWhatTheyAre() {
        // when / then
        assertThat(onlyReject(parser.parse("report.txt", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).reason())
                .isEqualTo("binary content (PDF document), not a news article");
        assertThat(onlyReject(parser.parse("news.html", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})).reason())
                .isEqualTo("binary content (ZIP archive or Office document), not a news article");
        assertThat(onlyReject(parser.parse("dump.txt", new byte[] {'a', 'b', 0, 0, 'c'})).reason())
                .isEqualTo("binary content (NUL bytes), not a news article");
    }

    @Test
    void unknownFormatIsRejectedNamingItsExtension() {
        // when
        Reject reject = onlyReject(parser.parse("stats/broadband.csv", utf8("Entity,Code,Year,Value\nChina,CHN,2023,43.2\n")));

        // then
        assertThat(reject.file()).isEqualTo("stats/broadband.csv");
        assertThat(reject.location()).isNull();
        assertThat(reject.reason()).startsWith("unknown format: extension '.csv' and the content is neither HTML,"
                + " an RSS or Atom feed nor JSON lines");
    }

    @Test
    void malformedFeedAndBrokenJsonLineAreRejectsWithTheirReason() {
        // when
        ParseResult feed = parse("feed/truncated.rss");
        ParseResult lines = parse("jsonl/one-broken-line.jsonl");

        // then
        assertThat(onlyReject(feed).reason()).startsWith("malformed feed: Invalid XML");
        assertThat(lines.articles()).hasSize(2);
        assertThat(lines.rejects()).extracting(Reject::location).containsExactly("line 2", "line 4");
        assertThat(lines.rejects().getFirst().reason()).startsWith("invalid JSON on line 2");
    }

    @Test
    void externalEntityFeedIsARejectEvenUnderAnotherName() {
        // when
        Reject reject = onlyReject(parser.parse("innocent.txt", NewsFixtures.bytes("feed/rss-with-external-entity.xml")));

        // then
        assertThat(reject.reason()).contains("DOCTYPE declarations are not allowed");
    }

    @Test
    void undecodableTextIsARejectWithTheReason() {
        // when
        Reject reject = onlyReject(parser.parse("garbled.txt", new byte[] {'N', 'e', 'w', 's', ' ', (byte) 0x81, (byte) 0x8D}));

        // then
        assertThat(reject.reason()).startsWith("cannot decode the text: it is not UTF-8 (byte 0x81 at offset 5");
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedBeforeItIsDecoded() {
        // given: a small limit, so the test does not need megabytes
        NewsFileParser limited = new NewsFileParser(1_000);
        byte[] big = utf8("Title\n\n" + "Five G. ".repeat(200));

        // when
        ParseResult result = limited.parse("big.txt", big);

        // then
        assertThat(onlyReject(result).reason()).isEqualTo("file is too large: 1,607 bytes, above the limit of 1,000 bytes");
        assertThat(limited.checkSize("huge.html", 5_000_000_000L)).hasValueSatisfying(reject ->
                assertThat(reject.reason()).contains("5,000,000,000 bytes"));
        assertThat(limited.checkSize("small.html", 999)).isEmpty();
    }

    @Test
    void defaultLimitIsTwentyMegabytes() {
        // when / then
        assertThat(parser.checkSize("a.txt", 20L * 1024 * 1024)).isEmpty();
        assertThat(parser.checkSize("a.txt", 20L * 1024 * 1024 + 1)).isPresent();
    }

    @Test
    void randomBytesNeverThrowAndAlwaysYieldAnArticleOrAReject() {
        // given
        Random random = new Random(20_241_125);
        String[] names = {"a.txt", "a.html", "a.xml", "a.jsonl", "a.bin", "a"};

        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(3_000)];
            random.nextBytes(bytes);
            if (round % 2 == 0) {
                // half of them start like real markup, to get past the sniffing
                byte[] prefix = utf8(round % 4 == 0 ? "<?xml version=\"1.0\"?><rss><channel><item><title>" : "<html><body><p>");
                System.arraycopy(prefix, 0, bytes, 0, Math.min(prefix.length, bytes.length));
            }

            // when
            ParseResult result = parser.parse(names[round % names.length], bytes);

            // then
            assertThat(result.articles().size() + result.rejects().size()).isPositive();
        }
    }

    @Test
    void textArticleWithHeaderBlockIsReadThroughTheParser() {
        // when
        ParseResult result = parse("text/article-with-header-block.txt");

        // then
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.published()).isEqualTo(LocalDate.of(2022, 6, 11));
            assertThat(article.body()).contains("51,716 5G base stations in place by the end of April");
        });
    }
}
