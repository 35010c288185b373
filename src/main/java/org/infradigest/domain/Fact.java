package org.infradigest.domain;

import java.math.BigDecimal;

/**
 * One infrastructure figure with everything needed to trust it: what, how much, where, whose, when,
 * and the sentence or row it was read from. Field order and spelling follow facts.csv.
 *
 * @param metric    metric key from the lexicon, e.g. {@code base_stations_5g}
 * @param value     the number with its scale applied (16000, 4250000, 36.3)
 * @param unit      unit from the lexicon, e.g. {@code base_stations}, {@code percent}, {@code CNY}
 * @param region    canonical region name, never null (the article's region when the sentence names none)
 * @param operator  canonical operator name, or null for national or industry totals
 * @param period    {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code START/END}; null when unknown
 * @param qualifier exact, over, nearly, about, range_min or range_max
 * @param origin    news or statistics
 * @param source    URL or file name
 * @param sentence  the sentence or table row the figure was read from
 */
public record Fact(String metric, BigDecimal value, String unit, String region, String operator, String period,
                   Qualifier qualifier, Origin origin, String source, String sentence) {
}
