package org.infradigest.publish;

/**
 * How a metric key is shown to people: its label and the unit family from the lexicon.
 *
 * @param key   metric key as in facts.csv ({@code base_stations_5g})
 * @param label human label ("5G base stations")
 * @param unit  unit family from the lexicon ("stations", "percent"), or empty when unknown
 */
public record MetricInfo(String key, String label, String unit) {

    public MetricInfo {
        label = label == null || label.isBlank() ? key : label;
        unit = unit == null ? "" : unit;
    }

    /** A metric the lexicon does not know: shown by its key so nothing is hidden. */
    public static MetricInfo unknown(String key) {
        return new MetricInfo(key, key, "");
    }
}
