package org.infradigest.stats;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Period cells and year column headers in the spellings facts.csv accepts. */
final class PeriodText {

    private static final String POINT = "\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?";
    private static final Pattern PERIOD = Pattern.compile(POINT + "(?:/" + POINT + ")?");
    // "2019", "2019 [YR2019]" (DataBank), "2019.0" (a year typed as a number in a spreadsheet)
    private static final Pattern SPREADSHEET_YEAR = Pattern.compile("^(\\d{4})\\.0+$");
    private static final Pattern YEAR_COLUMN = Pattern.compile("(\\d{4})(?:\\.0+)?(?:\\s*\\[YR(\\d{4})])?");

    private PeriodText() {
    }

    /** The period in facts.csv spelling, or empty when the cell is not YYYY, YYYY-MM, YYYY-MM-DD or START/END. */
    static Optional<String> period(String cell) {
        String text = SPREADSHEET_YEAR.matcher(cell.trim()).replaceFirst("$1");
        return PERIOD.matcher(text).matches() ? Optional.of(text) : Optional.empty();
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
