package org.infradigest.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The publication day of each item of a feed as the feed writes it. Rome turns dates into instants and
 * drops their offset, so {@code Thu, 20 Apr 2023 01:00:00 +0800} would become 19 April in UTC; reading
 * the raw text keeps the publisher's own day. jsoup's XML parser resolves no entities and loads no DTD.
 */
final class FeedItemDates {

    /** Item dates, first to last: pubDate or published, else dc:date or updated. */
    private static final List<String> DATE_ELEMENTS = List.of("pubdate", "published", "dc:date", "updated");

    private FeedItemDates() {
    }

    /** One entry per {@code item} or {@code entry}, in document order; null where an item has no readable date. */
    static List<LocalDate> of(String xml) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        List<LocalDate> dates = new ArrayList<>();
        for (Element item : feed.getAllElements()) {
            String name = item.tagName().toLowerCase(Locale.ROOT);
            if (name.equals("item") || name.equals("entry")) {
                dates.add(dateOf(item));
            }
        }
        return dates;
    }

    private static LocalDate dateOf(Element item) {
        for (String wanted : DATE_ELEMENTS) {
            for (Element child : item.children()) {
                if (child.tagName().toLowerCase(Locale.ROOT).equals(wanted)) {
                    LocalDate date = PublicationDates.parse(child.text()).orElse(null);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }
}
