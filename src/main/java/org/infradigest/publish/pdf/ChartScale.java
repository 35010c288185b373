package org.infradigest.publish.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's value axis: a range widened to round ticks one step of 1, 2 or 5 × 10ⁿ apart, and tick labels
 * a manager reads at a glance ("16,000", "2.5M", "36.5%").
 *
 * @param min     the lowest tick
 * @param max     the highest tick
 * @param step    the distance between ticks
 * @param percent true when values are percent points
 */
record ChartScale(double min, double max, double step, boolean percent) {

    private static final double THOUSAND_MILLION = 1e9;
    private static final double MILLION = 1e6;

    /**
     * The scale for values from {@code lo} to {@code hi}.
     *
     * @param fromZero true to include zero (bars always start at zero)
     * @param ticks    about how many ticks the axis has room for, at least 2
     */
    static ChartScale of(double lo, double hi, boolean fromZero, int ticks, boolean percent) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (lo > hi) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (fromZero || lo == hi) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
        }
        if (lo == hi) {
            // Only zeros: one step up to 1 says "nothing" without inventing fractions of a count.
            return new ChartScale(0, 1, 1, percent);
        }
        int intervals = Math.max(1, ticks - 1);
        double step = nice((hi - lo) / intervals);
        double min = Math.floor(lo / step + 1e-9) * step;
        double max = Math.ceil(hi / step - 1e-9) * step;
        // Rounding out may have added intervals: take the next round step while there are far too many.
        while ((max - min) / step > intervals + 1.5) {
            step = nice(step * 1.01);
            min = Math.floor(lo / step + 1e-9) * step;
            max = Math.ceil(hi / step - 1e-9) * step;
        }
        // An axis that does not start at zero leaves room below the lowest point, so no marker sits on it.
        if (min > 0 && lo - min < step * 0.05) {
            min -= step;
        }
        if (max < 0 && max - hi < step * 0.05) {
            max += step;
        }
        return new ChartScale(min, max, step, percent);
    }

    /** The smallest of 1, 2, 5 × 10ⁿ that is at least {@code raw}. */
    static double nice(double raw) {
        double exponent = Math.floor(Math.log10(raw));
        double magnitude = Math.pow(10, exponent);
        double fraction = raw / magnitude;
        double nice = fraction <= 1.0 + 1e-9 ? 1 : fraction <= 2.0 + 1e-9 ? 2 : fraction <= 5.0 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }

    /** The tick values from {@link #min()} to {@link #max()}. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            double tick = min + i * step;
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
        }
        return ticks;
    }

    /** Where {@code value} lies between the lowest (0) and the highest tick (1). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** A tick label: grouped digits below a million, then "M" or "B"; "%" for percent points. */
    String label(double value) {
        double divisor = 1;
        String suffix = "";
        double largest = Math.max(Math.abs(min), Math.abs(max));
        if (percent) {
            suffix = "%";
        } else if (largest >= THOUSAND_MILLION) {
            divisor = THOUSAND_MILLION;
            suffix = "B";
        } else if (largest >= MILLION) {
            divisor = MILLION;
            suffix = "M";
        }
        int decimals = decimals(step / divisor);
        BigDecimal scaled = BigDecimal.valueOf(value / divisor).setScale(decimals, RoundingMode.HALF_UP);
        if (scaled.signum() == 0) {
            return percent ? "0%" : "0";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(scaled) + suffix;
    }

    /** Decimals enough to tell ticks {@code step} apart: 0 for 1, 2, 5, 10; 1 for 0.5; 2 for 0.05. */
    private static int decimals(double step) {
        if (step >= 1 - 1e-9) {
            return 0;
        }
        return (int) Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
    }
}
