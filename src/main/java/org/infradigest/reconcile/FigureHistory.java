package org.infradigest.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the store remembers of a figure across runs.
 *
 * @param firstRun      the run that first reported the key, or null when that was before history was kept
 * @param changedRun    the last run that changed the value, or null
 * @param previousValue the value before that change, or null
 * @param previousRun   the last run that showed {@code previousValue}, or null
 */
public record FigureHistory(LocalDate firstRun, LocalDate changedRun, BigDecimal previousValue,
                            LocalDate previousRun) {

    /** The history of a key reported for the first time in {@code run}. */
    public static FigureHistory firstSeen(LocalDate run) {
        return new FigureHistory(run, null, null, null);
    }

    /**
     * The history after {@code run} reconciled the key to {@code value}, given the value the store held.
     *
     * @param stored     the value of record before this run
     * @param priorRun   the last run before {@code run}, which showed {@code stored} unless {@code run} itself
     *                   already changed it in an earlier attempt
     */
    public FigureHistory next(LocalDate run, BigDecimal stored, BigDecimal value, LocalDate priorRun) {
        boolean differs = stored.compareTo(value) != 0;
        if (run.equals(changedRun)) {
            // A re-run of the date that changed the value: the value before that date is still the previous one.
            boolean backToPrevious = previousValue != null && previousValue.compareTo(value) == 0;
            return backToPrevious ? new FigureHistory(firstRun, null, previousValue, previousRun) : this;
        }
        if (!differs || run.equals(firstRun)) {
            return this;
        }
        return new FigureHistory(firstRun, run, stored, priorRun);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureHistory h && Objects.equals(firstRun, h.firstRun)
                && Objects.equals(changedRun, h.changedRun) && Objects.equals(previousRun, h.previousRun)
                && (previousValue == null ? h.previousValue == null
                : h.previousValue != null && previousValue.compareTo(h.previousValue) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRun, changedRun, previousRun,
                previousValue == null ? null : previousValue.stripTrailingZeros());
    }
}
