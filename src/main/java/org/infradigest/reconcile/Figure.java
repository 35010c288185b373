package org.infradigest.reconcile;

import java.math.BigDecimal;

import org.infradigest.domain.Fact;

/**
 * The figure of record for one key, with how many sources reported the key and whether any disagreed.
 *
 * @param record    the fact chosen as the figure of record
 * @param sources   distinct sources that reported a figure for this key
 * @param conflict  true when at least one figure differs from the record beyond the tolerance
 * @param aggregate true for aggregates such as "World" or an income group
 */
public record Figure(FigureKey key, Fact record, int sources, boolean conflict, boolean aggregate) {

    public BigDecimal value() {
        return record.value();
    }
}
