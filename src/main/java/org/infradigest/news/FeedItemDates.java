package org.infradigest.news;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.rometools.rome.io.impl.DateParser;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Text;
import org.jdom2.filter.Filters;

/**
 * The publication day of each item of a feed as the feed writes it. Rome turns dates into instants and
 * drops their offset, so {@code Thu, 20 Apr 2023 01:00:00 +0800} would become 19 April in UTC; reading
 * the raw text keeps the publisher's own day.
 */
final class FeedItemDates {

    /** Item dates, first to last: pubDate or published, else dc:date or updated. */
    private static final List<String> DATE_ELEMENTS = List.of("pubdate", "published", "dc:date", "updated");

    private FeedItemDates() {
    }

    /**
     * One entry per {@code item} or {@code entry} element, in document order: the first date the feed writes that
     * {@link PublicationDates} reads, else Rome's reading of the same texts as a UTC day (what Rome's own entry
     * dates gave), else null. The items' date elements are then taken out of the document, because Rome would parse
     * each again through up to twenty {@code SimpleDateFormat}s (that, and the second XML parse this one replaced,
     * took 43% of the time the benchmark's feeds took to read).
     */
    static List<LocalDate> take(Document feed) {
        List<Element> items = new ArrayList<>();
        for (Element element : feed.getDescendants(Filters.element())) {
            String name = nameOf(element);
            if (name.equals("item") || name.equals("entry")) {
                items.add(element);
            }
        }
        List<LocalDate> days = new ArrayList<>(items.size());
        for (Element item : items) {
            days.add(dayOf(item));
            item.getChildren().removeIf(child -> DATE_ELEMENTS.contains(nameOf(child)));
        }
        return days;
    }

    private static LocalDate dayOf(Element item) {
        LocalDate day = firstDay(item, text -> PublicationDates.parse(text).orElse(null));
        return day != null ? day : firstDay(item, text -> utcDay(DateParser.parseDate(text, Locale.US)));
    }

    /** The first day {@code reading} finds among the item's date elements, in the order of their names; or null. */
    private static LocalDate firstDay(Element item, Function<String, LocalDate> reading) {
        for (String wanted : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (nameOf(child).equals(wanted)) {
                    LocalDate day = reading.apply(textOf(child));
                    if (day != null) {
                        return day;
                    }
                }
            }
        }
        return null;
    }

    /** The UTC day of one of Rome's dates (which have lost the publisher's offset), or null. */
    static LocalDate utcDay(Date instant) {
        return instant == null ? null : instant.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String nameOf(Element element) {
        return element.getQualifiedName().toLowerCase(Locale.ROOT);
    }

    private static String textOf(Element element) {
        return Text.normalizeString(element.getValue());
    }
}
