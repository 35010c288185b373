package org.infradigest.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the number in a table cell. Cells are one of three things: a number, "no value" (empty,
 * {@code ..} as DataBank writes it, or a profile's own marker) or text that is not a number. Grouping
 * separators are dropped ({@code 1,234.5}; {@code 1.234,5} with a decimal comma).
 */
final class CellNumber {

    private static final Set<String> MISSING = Set.of("", "..", "...", "\u2026", "-", "\u2013", "\u2014", "na", "n/a",
            "n.a.", "nan", "null", "none");

    static final int MAX_INTEGER_DIGITS = 28;
    static final int MAX_FRACTION_DIGITS = 10;

    private final Set<String> missing;
    private final boolean decimalComma;
    /** Whether a marker of "no value" begins with a digit: if none does, a cell that does is never one. */
    private final boolean digitMarkers;

    CellNumber(List<String> extraMissing, boolean decimalComma) {
        this.missing = extraMissing.isEmpty() ? MISSING : union(extraMissing);
        this.decimalComma = decimalComma;
        this.digitMarkers = missing.stream().anyMatch(m -> !m.isEmpty() && isAsciiDigit(m.charAt(0)));
    }

    static CellNumber standard() {
        return new CellNumber(List.of(), false);
    }

    /** True when the cell means "no value": no fact, and not a reject either. */
    boolean isMissing(String cell) {
        if (!digitMarkers && !cell.isEmpty() && isAsciiDigit(cell.charAt(0))) {
            return false; // most cells: trimming and lower-casing would change nothing that could match
        }
        return isMarker(cell);
    }

    /** {@link #isMissing} without its shortcut for cells that start with a digit (its test's reference). */
    boolean isMarker(String cell) {
        return missing.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    /** The number, or null when the cell is not a number (callers check {@link #isMissing} first). */
    BigDecimal parse(String cell) {
        // A plain number is what the clean-up would hand BigDecimal unchanged.
        return isPlainDecimal(cell) ? new BigDecimal(cell) : cleanedUp(cell);
    }

    /** {@link #parse} without its shortcut for plain numbers (its test's reference). */
    BigDecimal cleanedUp(String cell) {
        String text = cell.trim().replace("\u00a0", "").replace(" ", "").replace("\u202f", "").replace("'", "");
        text = decimalComma ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Digits, with one point between digits unless the point groups thousands here: no space, sign, separator or
     * exponent for {@link #parse} to remove or refuse.
     */
    private boolean isPlainDecimal(String cell) {
        int n = cell.length();
        if (n == 0 || !isAsciiDigit(cell.charAt(0)) || !isAsciiDigit(cell.charAt(n - 1))) {
            return false;
        }
        boolean point = false;
        for (int i = 1; i < n - 1; i++) {
            char c = cell.charAt(i);
            if (c == '.' && !point && !decimalComma) {
                point = true;
            } else if (!isAsciiDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * True when the fact table can hold the value: DECIMAL(38, 10) leaves 28 digits before the point (a
     * longer value would fail the whole file's insert instead of its own row) and 10 after it (a tiny
     * value like 1e-400 would silently become 0).
     */
    static boolean storable(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_INTEGER_DIGITS
                && (value.signum() == 0 || value.setScale(MAX_FRACTION_DIGITS, RoundingMode.HALF_UP).signum() != 0);
    }

    /** The reason a cell holding an unstorable number is rejected with. */
    static String outOfRange(String cell) {
        String shown = cell.length() > 60 ? cell.substring(0, 60) + "..." : cell;
        return "value '" + shown + "' is out of range: at most " + MAX_INTEGER_DIGITS
                + " digits before the decimal point, and not below 0.0000000001";
    }

    private static Set<String> union(List<String> extra) {
        Set<String> all = new HashSet<>(MISSING);
        extra.forEach(e -> all.add(e.trim().toLowerCase(Locale.ROOT)));
        return Set.copyOf(all);
    }
}
