package org.infradigest.reconcile;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * For each value reported for a key, how many distinct sources report a value within the tolerance of it
 * ({@code tolerance.agrees(value, other)}), in O(n log n) where comparing every value with every other took
 * O(n²): a key reported by hundreds of articles compared them hundreds of thousands of times, and a backlog of
 * thousands would have compared them millions of times.
 *
 * <p>Whether a value agrees with the record depends only on their distance (the difference is relative to the
 * record), so in value order the values that agree with one are a contiguous range around it. Each range is found
 * by binary search with the exact test, and the distinct sources in every range are counted in one sweep.
 */
final class AgreeingSources {

    private AgreeingSources() {
    }

    /**
     * @param values  the values, one per report
     * @param sources each report's source as a number from 0 to {@code sourceCount - 1}
     * @return for each report, the distinct sources whose values agree with its value
     */
    static long[] count(BigDecimal[] values, int[] sources, int sourceCount, Tolerance tolerance) {
        int n = values.length;
        Integer[] byValue = new Integer[n];
        for (int i = 0; i < n; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (a, b) -> values[a].compareTo(values[b]));

        // The distinct values in order (equal as numbers: 10 and 10.0 are one), and each report's place among them.
        BigDecimal[] distinct = new BigDecimal[n];
        double[] estimates = new double[n];
        int[] place = new int[n];
        int[] firstOfPlace = new int[n + 1];
        int m = 0;
        for (int r = 0; r < n; r++) {
            int i = byValue[r];
            if (m == 0 || values[i].compareTo(distinct[m - 1]) != 0) {
                distinct[m] = values[i];
                estimates[m] = values[i].doubleValue();
                firstOfPlace[m] = r;
                m++;
            }
            place[i] = m - 1;
        }
        firstOfPlace[m] = n;

        // The range of places agreeing with each place, ordered by where it ends for the sweep.
        int[] from = new int[m];
        int[] to = new int[m];
        for (int p = 0; p < m; p++) {
            if (!tolerance.agrees(distinct[p], estimates[p], distinct[p], estimates[p])) {
                from[p] = 1; // a negative tolerance: nothing agrees, not even the value itself
                to[p] = 0;
                continue;
            }
            from[p] = firstAgreeing(p, distinct, estimates, tolerance);
            to[p] = lastAgreeing(p, distinct, estimates, tolerance, m);
        }
        Integer[] byEnd = new Integer[m];
        for (int p = 0; p < m; p++) {
            byEnd[p] = p;
        }
        Arrays.sort(byEnd, (a, b) -> Integer.compare(to[a], to[b]));

        // Sweep the places in order; each source counts once, at the last place seen so far that reports it, so the
        // sum over a range ending at the current place is the number of distinct sources in that range.
        long[] agreeingAtPlace = new long[m];
        int[] lastPlaceOf = new int[sourceCount];
        Arrays.fill(lastPlaceOf, -1);
        Fenwick marks = new Fenwick(m);
        int query = 0;
        for (int p = 0; p < m; p++) {
            for (int r = firstOfPlace[p]; r < firstOfPlace[p + 1]; r++) {
                int source = sources[byValue[r]];
                if (lastPlaceOf[source] >= 0) {
                    marks.add(lastPlaceOf[source], -1);
                }
                lastPlaceOf[source] = p;
                marks.add(p, 1);
            }
            for (; query < m && to[byEnd[query]] == p; query++) {
                int q = byEnd[query];
                agreeingAtPlace[q] = from[q] > to[q] ? 0 : marks.sumTo(to[q]) - marks.sumTo(from[q] - 1);
            }
        }

        long[] agreeing = new long[n];
        for (int i = 0; i < n; i++) {
            agreeing[i] = agreeingAtPlace[place[i]];
        }
        return agreeing;
    }

    /** The first place, at or before p, whose value agrees with p's: agreement holds from there up to p. */
    private static int firstAgreeing(int p, BigDecimal[] distinct, double[] estimates, Tolerance tolerance) {
        int low = 0;
        int high = p;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tolerance.agrees(distinct[p], estimates[p], distinct[mid], estimates[mid])) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The last place, at or after p, whose value agrees with p's. */
    private static int lastAgreeing(int p, BigDecimal[] distinct, double[] estimates, Tolerance tolerance, int m) {
        int low = p;
        int high = m - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tolerance.agrees(distinct[p], estimates[p], distinct[mid], estimates[mid])) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Sums of counts over places 0..i, with counts changed one place at a time (a binary indexed tree). */
    private static final class Fenwick {
        private final long[] tree;

        Fenwick(int size) {
            tree = new long[size + 1];
        }

        void add(int place, long delta) {
            for (int i = place + 1; i < tree.length; i += i & -i) {
                tree[i] += delta;
            }
        }

        long sumTo(int place) {
            long sum = 0;
            for (int i = place + 1; i > 0; i -= i & -i) {
                sum += tree[i];
            }
            return sum;
        }
    }
}
