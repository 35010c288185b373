package org.infradigest.stats;

import java.util.List;

/**
 * A statistics indicator and the metric it feeds.
 *
 * @param code      indicator code, e.g. {@code IT.NET.BBND.P2}, or null for name-only entries
 * @param metric    metric key, e.g. {@code fixed_broadband_subscriptions_per_100_people}
 * @param unit      unit, e.g. {@code subscriptions per 100 people}
 * @param names     column titles and series names that mean this indicator
 * @param fileHints file-name words that pick this entry when a name is shared with another entry
 */
public record Indicator(String code, String metric, String unit, List<String> names, List<String> fileHints) {

    public Indicator {
        names = List.copyOf(names);
        fileHints = List.copyOf(fileHints);
    }
}
