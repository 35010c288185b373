package org.infradigest.stats;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Period cells and year column headers in the spellings facts.csv accepts. */
final class PeriodText {

    // "2019", "2019 [YR2019]" (DataBank), "2019.0" (a year typed as a number in a spreadsheet)
    private static final Pattern YEAR_COLUMN = Pattern.compile("(\\d{4})(?:\\.0+)?(?:\\s*\\[YR(\\d{4})])?");

    private PeriodText() {
    }

    /** The period in facts.csv spelling, or empty when the cell is not YYYY, YYYY-MM, YYYY-MM-DD or START/END. */
    static Optional<String> period(String cell) {
        String text = withoutSpreadsheetDecimals(cell.trim());
        return isPeriod(text) ? Optional.of(text) : Optional.empty();
    }

    /**
     * "2019.0" as "2019": what {@code ^(\d{4})\.0+$} replaced by {@code $1} makes of a trimmed cell. This and the
     * period's test were expressions run for every row of a tidy table, a tenth of reading it; {@code PeriodTextTest}
     * compares them with the expressions.
     */
    private static String withoutSpreadsheetDecimals(String text) {
        if (text.length() < 6 || !digits(text, 0, 4) || text.charAt(4) != '.') {
            return text;
        }
        for (int i = 5; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return text;
            }
        }
        return text.substring(0, 4);
    }

    /**
     * A point, or two with a slash between them: {@code POINT(?:/POINT)?} matched whole, POINT being
     * {@code \d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?}.
     */
    private static boolean isPeriod(String text) {
        int end = point(text, 0);
        if (end == text.length()) {
            return true;
        }
        return end > 0 && text.charAt(end) == '/' && point(text, end + 1) == text.length();
    }

    /**
     * Where a point (YYYY, YYYY-MM or YYYY-MM-DD) starting at {@code from} ends, or -1. Taking a month or day
     * greedily is what the expression does too: a '-' left over could be followed by neither the end nor '/'.
     */
    private static int point(String text, int from) {
        if (!digits(text, from, 4)) {
            return -1;
        }
        int i = from + 4;
        if (dashAndTwoDigits(text, i) && twoDigitsBetween(text, i + 1, 1, 12)) {
            i += 3;
            if (dashAndTwoDigits(text, i) && twoDigitsBetween(text, i + 1, 1, 31)) {
                i += 3;
            }
        }
        return i;
    }

    private static boolean dashAndTwoDigits(String text, int at) {
        return at + 3 <= text.length() && text.charAt(at) == '-' && digits(text, at + 1, 2);
    }

    private static boolean twoDigitsBetween(String text, int at, int min, int max) {
        int n = (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
        return n >= min && n <= max;
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when a header looks like a year column at all, well-formed or not: it holds four digits. */
    static boolean looksLikeYear(String header) {
        return header.trim().matches("\\d{4}.*");
    }

    /** The year of a well-formed year column header; empty for "2019 [YR2018]" and other odd ones. */
    static Optional<String> yearColumn(String header) {
        Matcher m = YEAR_COLUMN.matcher(header.trim());
        if (!m.matches() || (m.group(2) != null && !m.group(2).equals(m.group(1)))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }
}
