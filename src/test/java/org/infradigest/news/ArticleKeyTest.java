package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.infradigest.domain.Article;
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
}
