package org.infradigest.reconcile;

import java.math.BigDecimal;

import org.infradigest.domain.Fact;

/**
 * A figure that disagrees with the figure of record for the same metric, region, operator and period.
 *
 * @param differencePercent how far {@code other} lies from {@code record}, in percent of the record
 */
public record Conflict(FigureKey key, Fact record, Fact other, BigDecimal differencePercent) {
}
