package org.infradigest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metric vocabulary read from {@code lexicon/metrics.yml}: metric families with their binding cues, the
 * cue words that tell stocks, additions and targets apart, and the key, label and unit of every metric.
 */
public final class MetricLexicon {

    private final List<MetricFamily> families;
    private final Map<String, MetricDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, MetricFamily> familyByMetric = new LinkedHashMap<>();
    private final PhraseMatcher netAddedCues;
    private final PhraseMatcher targetCues;
    private final PhraseMatcher stockCues;
    private final PhraseMatcher allThings;

    public MetricLexicon(List<MetricFamily> families, List<String> netAddedCues, List<String> targetCues,
                         List<String> stockCues, List<String> allThingPhrases) {
        this.families = List.copyOf(families);
        this.netAddedCues = PhraseMatcher.of(netAddedCues);
        this.targetCues = PhraseMatcher.of(targetCues);
        this.stockCues = PhraseMatcher.of(stockCues);
        this.allThings = PhraseMatcher.of(allThingPhrases);
        for (MetricFamily f : families) {
            for (MetricFamily.Variant v : f.variants()) {
                String key = f.keyFor(v);
                definitions.put(key, new MetricDefinition(key, labelFor(f.label(), v), f.unit()));
                familyByMetric.put(key, f);
            }
        }
    }

    /** Builds the lexicon from the parsed YAML document. */
    static MetricLexicon fromYaml(Map<String, Object> doc) {
        Map<String, Object> variants = YamlResources.map(doc.get("variants"));
        List<MetricFamily> families = new ArrayList<>();
        List<String> allThings = new ArrayList<>();
        for (Object o : YamlResources.list(doc.get("families"))) {
            Map<String, Object> m = YamlResources.map(o);
            List<String> things = YamlResources.strings(m.get("things"));
            allThings.addAll(things);
            String kind = m.get("kind") == null ? "count" : YamlResources.string(m, "kind");
            List<MetricFamily.Variant> vs = YamlResources.strings(m.get("variants")).stream()
                    .map(MetricFamily.Variant::of).toList();
            families.add(new MetricFamily(YamlResources.string(m, "key"), YamlResources.string(m, "label"),
                    YamlResources.string(m, "unit"), kind, PhraseMatcher.of(things), groups(m.get("with")),
                    groups(m.get("near")), PhraseMatcher.of(YamlResources.strings(m.get("without"))),
                    YamlResources.string(m, "share"), vs.isEmpty() ? List.of(MetricFamily.Variant.STOCK) : vs));
        }
        return new MetricLexicon(families, YamlResources.strings(variants.get("net_added")),
                YamlResources.strings(variants.get("target")), YamlResources.strings(variants.get("stock")), allThings);
    }

    private static List<PhraseMatcher> groups(Object value) {
        return YamlResources.strings(value).stream()
                .map(g -> PhraseMatcher.of(Arrays.stream(g.split("\\|")).map(String::trim).toList())).toList();
    }

    private static String labelFor(String label, MetricFamily.Variant v) {
        return switch (v) {
            case STOCK -> label;
            case NET_ADDED -> label + ", added in period";
            case TARGET -> label + ", target";
            case NET_ADDED_TARGET -> label + ", planned additions";
        };
    }

    public List<MetricFamily> families() {
        return families;
    }

    /** Key, label and unit of a metric key, or null when the lexicon does not know it. */
    public MetricDefinition definition(String metricKey) {
        return definitions.get(metricKey);
    }

    public Collection<MetricDefinition> definitions() {
        return definitions.values();
    }

    /** The family a metric key belongs to, or null. */
    public MetricFamily familyOf(String metricKey) {
        return familyByMetric.get(metricKey);
    }

    public MetricFamily family(String familyKey) {
        return families.stream().filter(f -> f.key().equals(familyKey)).findFirst().orElse(null);
    }

    PhraseMatcher netAddedCues() {
        return netAddedCues;
    }

    PhraseMatcher targetCues() {
        return targetCues;
    }

    PhraseMatcher stockCues() {
        return stockCues;
    }

    /** Every thing phrase of every family, to find the topic of a passage. */
    PhraseMatcher allThings() {
        return allThings;
    }
}
