package org.infradigest.publish;

import org.infradigest.domain.Qualifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How figures are spelled: plain for machines (facts.csv), grouped and qualified for people. */
public final class FigureFormat {

    private FigureFormat() {
    }

    /** Plain decimal, no grouping, no exponent, no trailing zeros: {@code 16000}, {@code 36.3}. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        // stripTrailingZeros alone turns 16000 into 1.6E+4; toPlainString undoes the exponent.
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Grouped for reading, up to three decimals: {@code 16,000}, {@code 36.3}. */
    public static String grouped(BigDecimal value) {
        if (value == null) {
            return "";
        }
        // A new instance per call: DecimalFormat is not thread-safe and this is cheap next to rendering.
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** What a manager reads: {@code nearly 16,000}, {@code over 2,640,000}, {@code 96%}. */
    public static String qualified(BigDecimal value, Qualifier qualifier, boolean percent) {
        String number = grouped(value) + (percent ? "%" : "");
        String words = switch (qualifier == null ? Qualifier.EXACT : qualifier) {
            case EXACT -> "";
            case OVER -> "over ";
            case NEARLY -> "nearly ";
            case ABOUT -> "about ";
            case RANGE_MIN -> "from ";
            case RANGE_MAX -> "up to ";
        };
        return words + number;
    }

    /** Where a figure is about, as people read it: "China" or "Beijing · China Mobile". */
    public static String where(String region, String operator) {
        return operator == null || operator.isBlank() ? region : region + " \u00B7 " + operator;
    }

    /** True when the value is already in percent points (36.3 means 36.3%). */
    public static boolean isPercent(String unit) {
        return unit != null && (unit.equalsIgnoreCase("percent") || unit.equals("%")
                || unit.equalsIgnoreCase("percentage"));
    }

    /** True when the value has no fractional part worth showing. */
    public static boolean isWhole(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() <= 0;
    }

    /** A unit for people: the fact's own unit ({@code base_stations} becomes "base stations"), else the lexicon's. */
    public static String unitLabel(String factUnit, MetricInfo metric) {
        String unit = factUnit == null || factUnit.isBlank() ? metric.unit() : factUnit;
        return unit == null ? "" : unit.replace('_', ' ');
    }
}
