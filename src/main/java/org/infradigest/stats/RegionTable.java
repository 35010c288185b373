package org.infradigest.stats;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A small {@link RegionResolver} read from YAML: canonical names with their codes and aliases, countries
 * and aggregates apart. It stands in until the shared gazetteer is wired in, and serves tests.
 * Names are matched ignoring case, accents and punctuation ("Cote d'Ivoire" = "Côte d’Ivoire").
 *
 * <pre>
 * countries:
 *   - name: China
 *     codes: [CHN, CN]
 *     aliases: ["China, People's Republic of", "People's Republic of China"]
 * aggregates:
 *   - name: World
 *     codes: [WLD, OWID_WRL]
 * </pre>
 */
public final class RegionTable implements RegionResolver {

    private final Map<String, ResolvedRegion> byKey;

    private RegionTable(Map<String, ResolvedRegion> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** Reads a table in the layout shown above. */
    @SuppressWarnings("unchecked")
    public static RegionTable parse(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, ResolvedRegion> byKey = new HashMap<>();
        for (String group : List.of("countries", "aggregates")) {
            for (Map<String, Object> entry : (List<Map<String, Object>>) root.getOrDefault(group, List.of())) {
                String name = String.valueOf(entry.get("name"));
                ResolvedRegion region = new ResolvedRegion(name, group.equals("aggregates"));
                byKey.put(key(name), region);
                for (String field : List.of("codes", "aliases")) {
                    for (Object alias : (List<Object>) entry.getOrDefault(field, List.of())) {
                        byKey.put(key(String.valueOf(alias)), region);
                    }
                }
            }
        }
        return new RegionTable(byKey);
    }

    @Override
    public Optional<ResolvedRegion> resolve(String nameOrCode) {
        return nameOrCode == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(nameOrCode)));
    }

    private static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
