package org.infradigest.news;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as news sources write them: ISO dates and date-times (with or without an
 * offset), news-please's {@code 2024-12-13 08:00:00}, RFC 1123 ({@code Thu, 20 Apr 2023 08:00:00 +0000}),
 * {@code 2022/10/28} and written dates ({@code June 11, 2022}, {@code 11 June 2022}).
 * A date-time keeps the publisher's own calendar day: {@code 2022-06-11T01:00+08:00} is 11 June.
 */
final class PublicationDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]XXX", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z", Locale.ROOT));

    private PublicationDates() {
    }

    /** The date a whole value stands for (a header, a meta tag, a JSON field), if it is one. */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        // A layout that cannot even read the text is skipped without the exception parse() would throw: most
        // values fit only the last layouts, and an exception per layout tried cost more than the reading.
        for (DateTimeFormatter formatter : ZONED) {
            if (fits(formatter, text)) {
                try {
                    return Optional.of(OffsetDateTime.parse(text, formatter).toLocalDate());
                } catch (DateTimeParseException notThisOne) {
                    // try the next layout
                }
            }
        }
        if (fits(DateTimeFormatter.ISO_ZONED_DATE_TIME, text)) {
            try {
                return Optional.of(ZonedDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException notZoned) {
                // fall through to local forms
            }
        }
        String local = text.replace(' ', 'T');
        if (fits(DateTimeFormatter.ISO_LOCAL_DATE_TIME, local)) {
            try {
                return Optional.of(LocalDateTime.parse(local).toLocalDate());
            } catch (DateTimeParseException notLocal) {
                // fall through to a date inside the text
            }
        }
        return find(text).filter(date -> text.length() <= 40);
    }

    /**
     * Whether the layout reads the whole text, before fields are resolved: when it does not, parse() with that
     * layout throws (it reads the text the same way, then also resolves the fields, which can still fail).
     */
    private static boolean fits(DateTimeFormatter formatter, String text) {
        ParsePosition position = new ParsePosition(0);
        try {
            return formatter.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                    && position.getIndex() == text.length();
        } catch (RuntimeException unreadable) {
            return true; // e.g. an offset out of range: parse() wraps this in its exception, so let parse() say it
        }
    }

    /** The first date written inside running text, such as a dateline ("June 11, 2022, 14:14 (Xinhua)"). */
    static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher numeric = NUMERIC.matcher(text);
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
        Optional<LocalDate> best = Optional.empty();
        int bestStart = Integer.MAX_VALUE;
        if (numeric.find() && numeric.start() < bestStart) {
            best = date(numeric.group(1), numeric.group(2), numeric.group(3));
            bestStart = best.isPresent() ? numeric.start() : bestStart;
        }
        if (monthFirst.find() && monthFirst.start() < bestStart) {
            Optional<LocalDate> date = date(monthFirst.group(3), month(monthFirst.group(1)), monthFirst.group(2));
            if (date.isPresent()) {
                best = date;
                bestStart = monthFirst.start();
            }
        }
        if (dayFirst.find() && dayFirst.start() < bestStart) {
            Optional<LocalDate> date = date(dayFirst.group(3), month(dayFirst.group(2)), dayFirst.group(1));
            if (date.isPresent()) {
                best = date;
            }
        }
        return best;
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (RuntimeException notADate) {
            return Optional.empty();
        }
    }
}
