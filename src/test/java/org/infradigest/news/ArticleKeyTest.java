package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.infradigest.domain.Article;
import org.infradigest.input.ContentHash;
import org.junit.jupiter.api.Test;

class ArticleKeyTest {

    @Test
    void keyIsTheSha256HexOfTheNormalisedTitleAndBody() {
        // when
        String key = ArticleKey.of("Title", "Body");

        // then: sha256 of "title\nbody", as `printf 'title\nbody' | sha256sum` prints it
        assertThat(key).isEqualTo("a28e697589da11e757400c609b5bd80031f1277c6c1c77fa04bdf8a8b3e5e50d");
    }

    @Test
    void caseAndWhitespaceDoNotChangeTheKeyButWordsDo() {
        // given
        String key = ArticleKey.of("China's 5G base stations", "China had 4.65 million.\nThat is 36.3 percent.");

        // when / then
        assertThat(ArticleKey.of("  CHINA'S 5G  base stations ", "china had 4.65 million. That\u00A0is 36.3 percent.  "))
                .isEqualTo(key);
        assertThat(ArticleKey.of("China's 5G base stations", "China had 4.66 million.\nThat is 36.3 percent."))
                .isNotEqualTo(key);
        assertThat(ArticleKey.of("China's 5G base", "stations China had 4.65 million.\nThat is 36.3 percent."))
                .as("the title and body boundary counts").isNotEqualTo(key);
    }

    @Test
    void sameStoryFromAnRssFeedAndAnAtomFeedGetsTheSameKey() {
        // given: the same item, once in RSS content:encoded, once as Atom content with other markup
        String rss = """
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>A</title>
                <item><title>Tower tenants reach 3.65 million</title><link>https://a.example/1</link>
                <content:encoded><![CDATA[<p>China Tower had 2.04 million towers.</p><p>Tenants reached 3.65 million.</p>]]></content:encoded>
                </item></channel></rss>""";
        String atom = """
                <?xml version="1.0"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>B</title><id>urn:b</id><updated>2024-03-19T00:00:00Z</updated>
                <entry><title>Tower Tenants Reach 3.65 Million</title><id>urn:b:1</id><updated>2024-03-19T00:00:00Z</updated>
                <link href="https://b.example/2"/>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><div>China Tower had
                  2.04 million towers.</div><div>Tenants reached   3.65 million.</div></div></content>
                </entry></feed>""";
        NewsFileParser parser = new NewsFileParser();

        // when
        Article fromRss = parser.parse("a.xml", rss.getBytes(StandardCharsets.UTF_8)).articles().getFirst();
        Article fromAtom = parser.parse("b.xml", atom.getBytes(StandardCharsets.UTF_8)).articles().getFirst();

        // then
        assertThat(fromAtom.body()).isEqualTo(fromRss.body());
        assertThat(fromAtom.key()).isEqualTo(fromRss.key());
    }

    @Test
    void keysOfAsciiFoldedInPlaceAreThoseOfTheNormalisedText() {
        // given random titles and bodies: letters of both cases, runs of white space, the separators U+001C to
        // U+001F (stripped at the ends only), '?', unpaired and paired surrogates, non-ASCII letters and spaces
        String[] alphabet = {"a", "Q", "z", "5", "?", " ", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u001C",
            "\u001F", "\u0000", "\u007F", "É", "\u00A0", "\u2028", "\uD800", "\uDFFF", "\uD83D\uDE00", "ﬁ"};
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 30_000; i++) {
            String title = randomText(random, alphabet);
            String body = randomText(random, alphabet);

            // when / then: the key is defined on the normalised text
            assertThat(ArticleKey.of(title, body)).as("%s / %s", title.chars().boxed().toList(),
                    body.chars().boxed().toList())
                    .isEqualTo(ContentHash.of(ArticleKey.normalised(title) + "\n" + ArticleKey.normalised(body)));
        }
    }

    private static String randomText(SplittableRandom random, String[] alphabet) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
            // ASCII most of the time, so that most texts take the in-place fold
            text.append(random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)]
                    : alphabet[random.nextInt(17)]);
        }
        return text.toString();
    }
}
