package org.infradigest.reconcile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;

/**
 * Makes one figure of record out of the facts reported for one (metric, region, operator, period).
 * Statistics come before news. Among news figures, the value most sources agree on (within the tolerance)
 * wins, an exact figure before a qualified one, then the first source in order. News figures that differ
 * from the record by more than the tolerance are conflicts. Two statistics tables that differ are not: they
 * round differently (0.00 in one is 0.0008 in another), and the first table in order is the record.
 * Range bounds ("from 61% to 97%") are bounds, not claims of a value, so they never make a conflict.
 */
public final class FigureReconciler {

    /** Two figures within 2% of each other agree. */
    public static final BigDecimal DEFAULT_TOLERANCE_PERCENT = new BigDecimal("2");

    /**
     * Raise it with any change to what reconcile decides (these rules, {@link FigureHistory}, what a conflict
     * is): a night with no new facts skips reconcile only while the version it last ran with is this one.
     */
    public static final String RULES_VERSION = "1";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Tolerance tolerance;
    private final String version;

    public FigureReconciler() {
        this(DEFAULT_TOLERANCE_PERCENT);
    }

    public FigureReconciler(BigDecimal tolerancePercent) {
        this.tolerance = new Tolerance(tolerancePercent);
        this.version = "rules-" + RULES_VERSION + "+tolerance-" + tolerancePercent.stripTrailingZeros().toPlainString();
    }

    /** The rules and tolerance this reconciler decides by. */
    public String version() {
        return version;
    }

    /** The outcome for one key: the figure and its conflicts. */
    public record Outcome(Figure figure, List<Conflict> conflicts) {
    }

    /**
     * @param facts     every fact reported for the key, in a stable order (at least one)
     * @param aggregate whether the key's region is an aggregate
     */
    public Outcome reconcile(FigureKey key, List<Fact> facts, boolean aggregate) {
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("no facts for " + key);
        }
        Fact record = chooseRecord(facts);
        List<Conflict> conflicts = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact == record || isRangeBound(fact) || fact.origin() != Origin.NEWS
                    || tolerance.agrees(record.value(), fact.value())) {
                continue;
            }
            conflicts.add(new Conflict(key, record, fact, differencePercent(record.value(), fact.value())));
        }
        long sources = facts.stream().map(Fact::source).distinct().count();
        return new Outcome(new Figure(key, record, (int) sources, !conflicts.isEmpty(), aggregate), conflicts);
    }

    private Fact chooseRecord(List<Fact> facts) {
        for (Fact fact : facts) {
            if (fact.origin() == Origin.STATISTICS) {
                return fact;
            }
        }
        List<Fact> claims = facts.stream().filter(f -> !isRangeBound(f)).toList();
        List<Fact> candidates = claims.isEmpty() ? facts : claims;
        long[] agreeing = agreeing(candidates);
        // The most sources agreeing, then an exact figure before a qualified one, then the first in order.
        int best = 0;
        for (int i = 1; i < candidates.size(); i++) {
            boolean exact = candidates.get(i).qualifier() == Qualifier.EXACT;
            boolean bestExact = candidates.get(best).qualifier() == Qualifier.EXACT;
            if (agreeing[i] > agreeing[best] || agreeing[i] == agreeing[best] && exact && !bestExact) {
                best = i;
            }
        }
        return candidates.get(best);
    }

    /** For each candidate, how many distinct sources report a value within the tolerance of its value. */
    private long[] agreeing(List<Fact> candidates) {
        int n = candidates.size();
        Map<String, Integer> sourceIds = new HashMap<>();
        int[] source = new int[n];
        BigDecimal[] values = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            source[i] = sourceIds.computeIfAbsent(candidates.get(i).source(), s -> sourceIds.size());
            values[i] = candidates.get(i).value();
        }
        return AgreeingSources.count(values, source, sourceIds.size(), tolerance);
    }

    private static boolean isRangeBound(Fact fact) {
        return fact.qualifier() == Qualifier.RANGE_MIN || fact.qualifier() == Qualifier.RANGE_MAX;
    }

    /** |other - record| / |record| in percent; any difference from a zero record counts as 100%. */
    static BigDecimal differencePercent(BigDecimal record, BigDecimal other) {
        BigDecimal gap = other.subtract(record).abs();
        if (record.signum() == 0) {
            return gap.signum() == 0 ? BigDecimal.ZERO : HUNDRED;
        }
        return gap.multiply(HUNDRED).divide(record.abs(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }
}
