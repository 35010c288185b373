package org.infradigest.stats;

/**
 * The data a statistics reader looks names up in: indicator lexicon, mobile network table, and the
 * caller's region and operator resolvers (the gazetteers live outside this package).
 *
 * @param indicators indicator codes and column titles to metrics
 * @param networks   mobile network codes to countries and operators
 * @param regions    region names and codes to canonical regions
 * @param operators  operator names to canonical names
 */
public record StatsVocabulary(IndicatorLexicon indicators, MobileNetworks networks, RegionResolver regions,
                              OperatorResolver operators) {

    /** The bundled lexicons with the caller's resolvers. */
    public static StatsVocabulary bundled(RegionResolver regions, OperatorResolver operators) {
        return new StatsVocabulary(IndicatorLexicon.bundled(), MobileNetworks.bundled(), regions, operators);
    }
}
