package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.input.SAXBuilder;
import org.junit.jupiter.api.Test;

class FeedItemDatesTest {

    @Test
    void daysComeInDocumentOrderAndTheItemsLoseTheirDateElementsButTheChannelKeepsItsOwn() throws Exception {
        // given
        Document feed = new SAXBuilder().build(new StringReader("""
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title>
                <pubDate>Mon, 01 May 2023 00:00:00 GMT</pubDate>
                <item><title>A</title><pubDate>not a date</pubDate><dc:date>2023-04-20T01:00:00+08:00</dc:date></item>
                <item><title>B</title></item>
                <item><title>C</title><PUBDATE> Tue, 2 May 2023
                  23:30:00 -0500 </PUBDATE></item>
                </channel></rss>"""));

        // when
        List<LocalDate> days = FeedItemDates.take(feed);

        // then
        assertThat(days).containsExactly(LocalDate.of(2023, 4, 20), null, LocalDate.of(2023, 5, 2));
        Element channel = feed.getRootElement().getChild("channel");
        assertThat(channel.getChildText("pubDate")).isEqualTo("Mon, 01 May 2023 00:00:00 GMT");
        assertThat(channel.getChildren("item")).allSatisfy(item -> assertThat(item.getChildren())
                .extracting(Element::getName).containsExactly("title"));
    }

    @Test
    void atomEntriesAreDatedByPublishedBeforeUpdated() throws Exception {
        // given
        Document feed = new SAXBuilder().build(new StringReader("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2024-01-09T00:00:00Z</updated>
                <entry><title>A</title><updated>2024-01-08T10:00:00Z</updated>
                  <published>2024-01-05T23:00:00-02:00</published></entry>
                <entry><title>B</title><updated>2024-01-07T10:00:00Z</updated></entry>
                </feed>"""));

        // when
        List<LocalDate> days = FeedItemDates.take(feed);

        // then
        assertThat(days).containsExactly(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 7));
        assertThat(feed.getRootElement().getChildren()).extracting(Element::getName)
                .containsExactly("title", "updated", "entry", "entry");
    }
}
