package org.infradigest.publish;

import org.infradigest.domain.Fact;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The one order facts are published in (metric, region, operator, period, source, sentence), so two runs
 * over the same facts write byte-identical files. A database query feeding the writers directly should
 * use the same {@code ORDER BY}, with nulls sorted as empty strings.
 */
public final class FactOrder {

    /** Stable total order; value and qualifier break the last ties so equal keys never depend on input order. */
    public static final Comparator<Fact> STABLE = Comparator
            .comparing((Fact f) -> text(f.metric()))
            .thenComparing(f -> text(f.region()))
            .thenComparing(f -> text(f.operator()))
            .thenComparing(f -> text(f.period()))
            .thenComparing(f -> text(f.source()))
            .thenComparing(f -> text(f.sentence()))
            .thenComparing(f -> f.value() == null ? BigDecimal.ZERO : f.value())
            .thenComparing(f -> f.qualifier() == null ? "" : f.qualifier().code());

    private FactOrder() {
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
