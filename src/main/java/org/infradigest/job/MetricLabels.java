package org.infradigest.job;

import java.util.Map;
import java.util.stream.Collectors;

import org.infradigest.extract.ExtractionEngine;
import org.infradigest.extract.MetricDefinition;
import org.infradigest.publish.MetricInfo;

/** Hands the lexicon's metric labels and units to the publishers, which know nothing of the engine. */
final class MetricLabels {

    private MetricLabels() {
    }

    static Map<String, MetricInfo> of(ExtractionEngine engine) {
        return engine.lexicon().metrics().definitions().stream()
                .collect(Collectors.toMap(MetricDefinition::key,
                        d -> new MetricInfo(d.key(), d.label(), d.unit()), (a, b) -> a));
    }
}
