package org.infradigest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.infradigest.input.ContentHash;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The extraction engine's data: metric lexicon, region and operator gazetteers and language cues, loaded from the
 * YAML resources under {@code lexicon/}. Immutable once loaded; {@link #contentHash()} changes whenever a file does.
 */
public final class Lexicon {

    static final List<String> RESOURCES = List.of("lexicon/metrics.yml", "lexicon/regions.yml",
            "lexicon/operators.yml", "lexicon/language.yml", "lexicon/regions-world.yml");

    private final MetricLexicon metrics;
    private final RegionGazetteer regions;
    private final OperatorGazetteer operators;
    private final LanguageCues language;
    private final String contentHash;

    public Lexicon(MetricLexicon metrics, RegionGazetteer regions, OperatorGazetteer operators,
                   LanguageCues language, String contentHash) {
        this.metrics = metrics;
        this.regions = regions;
        this.operators = operators;
        this.language = language;
        this.contentHash = contentHash;
    }

    /** Loads the lexicon resources from the classpath. */
    public static Lexicon fromClasspath() {
        ClassLoader loader = Lexicon.class.getClassLoader();
        List<String> texts = new ArrayList<>();
        for (String name : RESOURCES) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon resource " + name + " is missing from the classpath");
                }
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon resource " + name, e);
            }
        }
        return fromYaml(texts.get(0), texts.get(1), texts.get(2), texts.get(3), texts.get(4));
    }

    /** Builds a lexicon from the texts of metrics.yml, regions.yml, operators.yml and language.yml. */
    public static Lexicon fromYaml(String metricsYml, String regionsYml, String operatorsYml, String languageYml) {
        return fromYaml(metricsYml, regionsYml, operatorsYml, languageYml, "regions: []");
    }

    /**
     * As {@link #fromYaml(String, String, String, String)}, plus regions-world.yml: every country and statistical
     * aggregate, merged into regions.yml by canonical name (regions.yml keeps kind and parent; names, codes and
     * adjectives are unioned) so that tables and text resolve through one gazetteer.
     */
    public static Lexicon fromYaml(String metricsYml, String regionsYml, String operatorsYml, String languageYml,
                                   String worldRegionsYml) {
        Map<String, Object> regionDoc = parse(regionsYml, "regions.yml");
        Map<String, Region> regionsByName = new LinkedHashMap<>();
        for (Map<String, Object> m : regionEntries(regionDoc)) {
            Region region = region(m);
            regionsByName.put(region.name(), region);
        }
        for (Map<String, Object> m : regionEntries(parse(worldRegionsYml, "regions-world.yml"))) {
            Region world = region(m);
            regionsByName.merge(world.name(), world, Lexicon::union);
        }
        List<Region> regions = new ArrayList<>(regionsByName.values());
        Map<String, Object> operatorDoc = parse(operatorsYml, "operators.yml");
        List<Operator> operators = new ArrayList<>();
        for (Object o : YamlResources.list(operatorDoc.get("operators"))) {
            Map<String, Object> m = YamlResources.map(o);
            operators.add(new Operator(YamlResources.string(m, "name"), YamlResources.string(m, "country"),
                    YamlResources.strings(m.get("aliases")), YamlResources.strings(m.get("codes"))));
        }
        return new Lexicon(MetricLexicon.fromYaml(parse(metricsYml, "metrics.yml")),
                new RegionGazetteer(regions, YamlResources.strings(regionDoc.get("national_terms"))),
                new OperatorGazetteer(operators), LanguageCues.fromYaml(parse(languageYml, "language.yml")),
                ContentHash.of(metricsYml + "\u0000" + regionsYml + "\u0000" + operatorsYml + "\u0000" + languageYml
                        + "\u0000" + worldRegionsYml));
    }

    private static List<Map<String, Object>> regionEntries(Map<String, Object> doc) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object o : YamlResources.list(doc.get("regions"))) {
            Map<String, Object> m = YamlResources.map(o);
            if (!Boolean.FALSE.equals(m.get("textual"))) {
                entries.add(m);
            }
        }
        return entries;
    }

    private static Region region(Map<String, Object> m) {
        return new Region(YamlResources.string(m, "name"), YamlResources.string(m, "kind"),
                YamlResources.string(m, "parent"), YamlResources.strings(m.get("codes")),
                YamlResources.strings(m.get("aliases")), YamlResources.strings(m.get("adjectives")));
    }

    private static Region union(Region first, Region more) {
        return new Region(first.name(), first.kind(), first.parent(), distinct(first.codes(), more.codes()),
                distinct(first.aliases(), more.aliases()), distinct(first.adjectives(), more.adjectives()));
    }

    private static List<String> distinct(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Map<String, Object> parse(String text, String name) {
        try {
            return YamlResources.map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("lexicon file " + name + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    public MetricLexicon metrics() {
        return metrics;
    }

    public RegionGazetteer regions() {
        return regions;
    }

    public OperatorGazetteer operators() {
        return operators;
    }

    public LanguageCues language() {
        return language;
    }

    /** SHA-256 of the lexicon texts: equal texts, equal hash. */
    public String contentHash() {
        return contentHash;
    }
}
