package org.infradigest.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** Calendar arithmetic on period strings (YYYY, YYYY-MM, YYYY-MM-DD, START/END) for the period resolver. */
final class CalendarPeriods {

    private CalendarPeriods() {
    }

    static String yearText(String yearish, LocalDate published) {
        String y = yearish.toLowerCase(Locale.ROOT);
        if (y.equals("this year")) {
            return published == null ? null : String.valueOf(published.getYear());
        }
        if (y.equals("last year")) {
            return published == null ? null : String.valueOf(published.getYear() - 1);
        }
        return yearish;
    }

    /** The year of a window ending in endMonth: as written, else the latest one that ended by the article's date. */
    static Integer year(String yearish, LocalDate published, int endMonth) {
        if (yearish != null) {
            String y = yearText(yearish, published);
            return y == null ? null : Integer.valueOf(y);
        }
        if (published == null) {
            return null;
        }
        return endMonth <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
    }

    static String window(Integer year, int fromMonth, int toMonth) {
        if (year == null) {
            return null;
        }
        return YearMonth.of(year, fromMonth) + "/" + YearMonth.of(year, toMonth);
    }

    static String monthPeriod(int month, String yearish, LocalDate published) {
        if (yearish != null) {
            String y = yearText(yearish, published);
            return y == null ? null : YearMonth.of(Integer.parseInt(y), month).toString();
        }
        if (published == null) {
            return null;
        }
        int y = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return YearMonth.of(y, month).toString();
    }

    static int month(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(".", "");
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return names.indexOf(w.substring(0, 3)) + 1;
    }

    static String shiftYears(String period, int years) {
        if (period.contains("/")) {
            String[] parts = period.split("/");
            return shiftYears(parts[0], years) + "/" + shiftYears(parts[1], years);
        }
        int y = Integer.parseInt(period.substring(0, 4)) + years;
        return y + period.substring(4);
    }

    /** The last day a period covers. */
    static LocalDate endOf(String period) {
        String p = period.contains("/") ? period.substring(period.indexOf('/') + 1) : period;
        return switch (p.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(p), 12, 31);
            case 7 -> YearMonth.parse(p).atEndOfMonth();
            default -> LocalDate.parse(p);
        };
    }

    /** The first day a period covers. */
    static LocalDate startOf(String period) {
        String p = period.contains("/") ? period.substring(0, period.indexOf('/')) : period;
        return switch (p.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(p), 1, 1);
            case 7 -> YearMonth.parse(p).atDay(1);
            default -> LocalDate.parse(p);
        };
    }
}
