package org.infradigest.publish;

import org.infradigest.reconcile.Figure;
import org.infradigest.reconcile.FigureHistory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure of record with its history across runs, as the reconcile step keeps it.
 *
 * @param figure  the figure of record
 * @param history when it was first reported and last changed, and its value before
 */
public record DigestFigure(Figure figure, FigureHistory history) {

    public DigestFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(history, "history");
    }

    /** A figure first reported in {@code run} (null: in some earlier run). */
    public static DigestFigure firstSeen(Figure figure, LocalDate run) {
        return new DigestFigure(figure, FigureHistory.firstSeen(run));
    }

    /** True when {@code run} is the first to report this figure's key. */
    public boolean isNew(LocalDate run) {
        return run.equals(history.firstRun());
    }

    /** True when an earlier run showed another value and {@code run} changed it. */
    public boolean isChanged(LocalDate run) {
        return run.equals(history.changedRun()) && history.previousValue() != null && !isNew(run);
    }

    public BigDecimal value() {
        return figure.value();
    }
}
