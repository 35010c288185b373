package org.infradigest.publish;

import org.infradigest.domain.Qualifier;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One headline figure: the figure of record for the latest period of a metric, region and operator, with the
 * period before it and what the previous run showed.
 *
 * @param metric         label and unit of the metric
 * @param value          the figure
 * @param qualifier      how it relates to the stated number
 * @param unit           the fact's unit as in facts.csv
 * @param region         canonical region
 * @param operator       operator, or null for totals
 * @param period         period, or null when unknown
 * @param sources        how many distinct sources state a figure for this key
 * @param isNew          true when this run is the first to report it
 * @param previousPeriod the series' period before {@code period}, or null
 * @param previousValue  the figure for {@code previousPeriod}, or null
 * @param lastRunValue   the value the previous run showed for this key when this run changed it, else null
 */
public record KeyFigure(MetricInfo metric, BigDecimal value, Qualifier qualifier, String unit, String region,
                        String operator, String period, int sources, boolean isNew, String previousPeriod,
                        BigDecimal previousValue, BigDecimal lastRunValue) {

    /** A key figure without a series before it. */
    public KeyFigure(MetricInfo metric, BigDecimal value, Qualifier qualifier, String unit, String region,
                     String operator, String period, int sources, boolean isNew) {
        this(metric, value, qualifier, unit, region, operator, period, sources, isNew, null, null, null);
    }

    /** True when the value is in percent points. */
    public boolean percent() {
        return FigureFormat.isPercent(unit) || FigureFormat.isPercent(metric.unit());
    }

    /** The value as a manager reads it: "nearly 16,000". */
    public String display() {
        return FigureFormat.qualified(value, qualifier, percent());
    }

    /** The unit for people: "base stations". */
    public String unitLabel() {
        return FigureFormat.unitLabel(unit, metric);
    }

    /** Change since the previous period, or null when there is none. */
    public BigDecimal delta() {
        return previousValue == null ? null : value.subtract(previousValue);
    }

    /** Change since the previous period in percent of it, or null when undefined. */
    public BigDecimal deltaPercent() {
        if (previousValue == null || previousValue.signum() == 0) {
            return null;
        }
        return value.subtract(previousValue).multiply(BigDecimal.valueOf(100))
                .divide(previousValue.abs(), MathContext.DECIMAL64);
    }

    /** True when this run changed the value the previous run showed. */
    public boolean changedSinceLastRun() {
        return lastRunValue != null;
    }
}
