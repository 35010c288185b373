package org.infradigest.store;

import java.time.LocalDate;
import java.util.Comparator;

import org.infradigest.domain.Fact;

/**
 * A fact as stored, with what reconcile and publish need besides the fact itself: whether its region is an
 * aggregate, the run its article or table was first read in, and its place (article or statistics file, and
 * position there) that makes the key order total.
 */
public record StoredFact(Fact fact, boolean aggregate, LocalDate firstSeen, String articleKey, String statsFile,
                         int seq) {

    /**
     * Key order: metric, region, operator, period, source, then the fact's place; an absent operator, period,
     * article or file sorts first. The same order as {@code ORDER BY metric, region, operator, period, source,
     * article_key, stats_file, seq} in H2, which compares text by UTF-16 code unit like {@link String#compareTo}.
     */
    public static final Comparator<StoredFact> KEY_ORDER = Comparator
            .comparing((StoredFact f) -> f.fact().metric())
            .thenComparing(f -> f.fact().region())
            .thenComparing(f -> f.fact().operator(), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(f -> f.fact().period(), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(f -> f.fact().source())
            .thenComparing(StoredFact::articleKey, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(StoredFact::statsFile, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(StoredFact::seq);
}
