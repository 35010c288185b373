package org.infradigest.stats;

import java.util.List;
import java.util.Optional;

/**
 * Turns a metric as an analyst writes it in a profile or a table cell into an {@link Indicator}: an
 * indicator code ({@code IT.NET.BBND.P2}), a series name the lexicon knows, or a metric key as is.
 */
final class ProfiledMetric {

    private ProfiledMetric() {
    }

    /** The profile's fixed metric with its unit (the profile's unit wins over the lexicon's). */
    static Optional<Indicator> fixed(SourceProfile profile, IndicatorLexicon lexicon) {
        if (profile.metric() == null) {
            return Optional.empty();
        }
        return Optional.of(withUnit(of(profile.metric(), lexicon), profile.unit()));
    }

    /** The indicator a metric text means; an unknown text is taken as a metric key with no unit. */
    static Indicator of(String text, IndicatorLexicon lexicon) {
        String trimmed = text.trim();
        return lexicon.byCode(trimmed)
                .or(() -> lexicon.byMetric(trimmed))
                .or(() -> single(lexicon.byName(trimmed, "")))
                .orElseGet(() -> new Indicator(null, trimmed, null, List.of(), List.of()));
    }

    static Indicator withUnit(Indicator indicator, String unit) {
        return unit == null ? indicator
                : new Indicator(indicator.code(), indicator.metric(), unit, indicator.names(), indicator.fileHints());
    }

    private static Optional<Indicator> single(List<Indicator> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
