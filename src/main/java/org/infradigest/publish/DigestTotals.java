package org.infradigest.publish;

import java.util.Map;
import java.util.Collections;
import java.util.TreeMap;

/**
 * The counts every output quotes, computed by the store (aggregate queries) rather than by counting rows in
 * memory.
 *
 * @param facts            all facts
 * @param newsFacts        facts from articles
 * @param statisticsFacts  facts from statistics tables
 * @param newFacts         facts first read in this run
 * @param figures          figures of record
 * @param newFigures       figures whose key this run reported first
 * @param changedFigures   figures whose value this run changed
 * @param conflicts        figures that disagree with their figure of record
 * @param statements       statements
 * @param initiatives      initiatives
 * @param licences         foreign-licence events
 * @param operatorUnits    distinct operators and units named
 * @param rejects          rejected inputs
 * @param sourcesByFormat  sources read, by format (text, html, rss, ..., statistics)
 */
public record DigestTotals(long facts, long newsFacts, long statisticsFacts, long newFacts, long figures,
                           long newFigures, long changedFigures, long conflicts, long statements, long initiatives,
                           long licences, long operatorUnits, long rejects, Map<String, Long> sourcesByFormat) {

    public DigestTotals {
        // In format order on every run: Map.copyOf would drop the order the TreeMap gives.
        sourcesByFormat = Collections.unmodifiableMap(new TreeMap<>(sourcesByFormat));
    }

    /** Every source, whatever its format. */
    public long sources() {
        return sourcesByFormat.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Sources that are statistics files. */
    public long statisticsFiles() {
        return sourcesByFormat.getOrDefault(STATISTICS_FORMAT, 0L);
    }

    /** Sources that are articles. */
    public long articles() {
        return sources() - statisticsFiles();
    }

    /** The format a statistics file is listed under among the sources. */
    public static final String STATISTICS_FORMAT = "statistics";
}
