package org.infradigest.extract;

/**
 * One metric key of the vocabulary, as publishing needs it.
 *
 * @param key   metric key ("base_stations_5g_net_added")
 * @param label human label ("5G base stations, added")
 * @param unit  unit ("base_stations", "percent", "currency")
 */
public record MetricDefinition(String key, String label, String unit) {
}
