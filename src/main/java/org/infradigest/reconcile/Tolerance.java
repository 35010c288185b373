package org.infradigest.reconcile;

import java.math.BigDecimal;

/**
 * Whether two values agree: {@link FigureReconciler#differencePercent} at most the tolerance. That exact
 * decimal division ran hundreds of thousands of times for a busy key, so a double estimate decides whenever it
 * is clearly on one side; only a difference within a hair of the tolerance is computed exactly. The answer is
 * the exact one either way. Not final: a test counts the comparisons a key costs.
 */
class Tolerance {

    /** Far more than the double estimate's error plus the exact result's rounding to 4 decimals (0.00005). */
    private static final double MARGIN = 1e-3;

    private final BigDecimal percent;
    private final double estimate;

    Tolerance(BigDecimal percent) {
        this.percent = percent;
        this.estimate = percent.doubleValue();
    }

    /** {@code differencePercent(record, other) <= tolerance}. */
    boolean agrees(BigDecimal record, BigDecimal other) {
        return agrees(record, record.doubleValue(), other, other.doubleValue());
    }

    /** The same, with the values' doubles already at hand (a key's values are compared with each other). */
    boolean agrees(BigDecimal record, double recordEstimate, BigDecimal other, double otherEstimate) {
        if (recordEstimate == otherEstimate && record.compareTo(other) == 0) {
            return percent.signum() >= 0; // no difference: the commonest case, many sources give the same value
        }
        // A zero record or values equal as doubles but not as decimals take the exact path.
        if (recordEstimate != 0 && recordEstimate != otherEstimate) {
            double difference = Math.abs(otherEstimate - recordEstimate) * 100 / Math.abs(recordEstimate);
            if (Double.isFinite(difference)) {
                if (difference < estimate - MARGIN * Math.max(1, estimate)) {
                    return true;
                }
                if (difference > estimate + MARGIN * Math.max(1, estimate)) {
                    return false;
                }
            }
        }
        return FigureReconciler.differencePercent(record, other).compareTo(percent) <= 0;
    }
}
