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
    public static final Comparator<StoredFact> KEY_ORDER = StoredFact::compareKeys;

    // Written out rather than chained: the sort and merge of 1.8 million facts compare tens of millions of times,
    // and the chain of lambdas (megamorphic, with null wrappers) took a third of the sort. Equal texts are often
    // the same object (the scan shares the few hundred metrics and regions).
    private static int compareKeys(StoredFact a, StoredFact b) {
        Fact x = a.fact;
        Fact y = b.fact;
        int c = text(x.metric(), y.metric());
        if (c == 0) {
            c = text(x.region(), y.region());
        }
        if (c == 0) {
            c = nullsFirst(x.operator(), y.operator());
        }
        if (c == 0) {
            c = nullsFirst(x.period(), y.period());
        }
        if (c == 0) {
            c = text(x.source(), y.source());
        }
        if (c == 0) {
            c = nullsFirst(a.articleKey, b.articleKey);
        }
        if (c == 0) {
            c = nullsFirst(a.statsFile, b.statsFile);
        }
        return c != 0 ? c : Integer.compare(a.seq, b.seq);
    }

    private static int text(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    private static int nullsFirst(String a, String b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }
}
