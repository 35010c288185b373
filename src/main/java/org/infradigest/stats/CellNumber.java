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

    CellNumber(List<String> extraMissing, boolean decimalComma) {
        this.missing = extraMissing.isEmpty() ? MISSING : union(extraMissing);
        this.decimalComma = decimalComma;
    }

    static CellNumber standard() {
        return new CellNumber(List.of(), false);
    }

    /** True when the cell means "no value": no fact, and not a reject either. */
    boolean isMissing(String cell) {
        return missing.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    /** The number, or null when the cell is not a number (callers check {@link #isMissing} first). */
    BigDecimal parse(String cell) {
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
