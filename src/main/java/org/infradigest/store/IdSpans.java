package org.infradigest.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range of row ids into spans: equal shares for threads or partitions, or pages of a few thousand ids
 * for queries whose result H2 then keeps in memory (beyond about 20,000 rows it first copies a result into a
 * temporary map in the database file). Each span is {@code {first, last}}, both included.
 */
public final class IdSpans {

    /** Ids per query: under H2's in-memory result limit even with a 256 MB heap (10,000 rows there). */
    public static final int PAGE_IDS = 5_000;

    private IdSpans() {
    }

    /** At most {@code parts} spans of (nearly) equal length covering {@code min..max}. */
    public static List<long[]> split(long min, long max, int parts) {
        long span = max - min + 1;
        int n = (int) Math.max(1, Math.min(parts, span));
        List<long[]> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            spans.add(new long[] {min + span * i / n, min + span * (i + 1) / n - 1});
        }
        return spans;
    }

    /** Spans of {@link #PAGE_IDS} ids covering {@code min..max}, in order. */
    public static List<long[]> pages(long min, long max) {
        List<long[]> pages = new ArrayList<>();
        for (long from = min; from <= max; from += PAGE_IDS) {
            pages.add(new long[] {from, Math.min(max, from + PAGE_IDS - 1)});
        }
        return pages;
    }
}
