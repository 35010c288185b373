package org.infradigest.store;

import java.util.ArrayList;
import java.util.List;

/** Reserved ids, taken one at a time in order (see {@link FactIds#reserve}). */
public final class IdRun {

    private final List<long[]> spans = new ArrayList<>(2);
    private int span;
    private long taken;

    void add(long first, int count) {
        spans.add(new long[] {first, count});
    }

    /** The next reserved id. */
    public long next() {
        long[] current = spans.get(span);
        long id = current[0] + taken;
        if (++taken == current[1]) {
            span++;
            taken = 0;
        }
        return id;
    }
}
