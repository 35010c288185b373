package org.infradigest.publish;

import org.infradigest.reconcile.Figure;

import java.math.BigDecimal;

/**
 * A figure this run added or changed, as "what changed since the previous run" lists it.
 *
 * @param metric   label and unit of the metric
 * @param figure   the figure of record now
 * @param previous its value in the previous run, or null when the run reported it first
 */
public record FigureChange(MetricInfo metric, Figure figure, BigDecimal previous) {

    public boolean isNew() {
        return previous == null;
    }

    public boolean percent() {
        return FigureFormat.isPercent(figure.record().unit()) || FigureFormat.isPercent(metric.unit());
    }

    /** "Beijing · China Mobile, 2025-03". */
    public String where() {
        var key = figure.key();
        return FigureFormat.where(key.region(), key.operator()) + (key.period().isEmpty() ? "" : ", " + key.period());
    }
}
