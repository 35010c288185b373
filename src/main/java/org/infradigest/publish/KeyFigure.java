package org.infradigest.publish;

import org.infradigest.domain.Qualifier;

import java.math.BigDecimal;

/**
 * One headline figure: the value most sources agree on for a metric, region, operator and period.
 *
 * @param metric    label and unit of the metric
 * @param value     the figure
 * @param qualifier how it relates to the stated number
 * @param unit      the fact's unit as in facts.csv
 * @param region    canonical region
 * @param operator  operator, or null for totals
 * @param period    period, or null when unknown
 * @param sources   how many distinct sources state a figure for this key
 * @param isNew     true when this run is the first to report it
 */
public record KeyFigure(MetricInfo metric, BigDecimal value, Qualifier qualifier, String unit, String region,
                        String operator, String period, int sources, boolean isNew) {

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
}
