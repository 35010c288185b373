package org.infradigest.stats;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Maps indicator codes, column titles and file names to metrics, from {@code lexicon/indicators.yml}.
 */
public final class IndicatorLexicon {

    /** Where the bundled lexicon lives on the class path. */
    public static final String RESOURCE = "lexicon/indicators.yml";

    private final List<Indicator> indicators;
    // Lookups happen once per row of a tidy table: maps, not scans.
    private final Map<String, Indicator> byCode = new HashMap<>();
    private final Map<String, Indicator> byMetric = new HashMap<>();
    private final Map<String, List<Indicator>> byName = new HashMap<>();

    public IndicatorLexicon(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        for (Indicator i : this.indicators) {
            if (i.code() != null) {
                byCode.putIfAbsent(i.code().toUpperCase(Locale.ROOT), i);
            }
            byMetric.putIfAbsent(i.metric(), i);
            i.names().stream().map(IndicatorLexicon::normalise).distinct()
                    .forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(i));
        }
    }

    /** The lexicon bundled with the application. */
    public static IndicatorLexicon bundled() {
        return BundledResource.read(RESOURCE, IndicatorLexicon::parse);
    }

    /** Reads a lexicon in the layout of {@code lexicon/indicators.yml}. */
    @SuppressWarnings("unchecked")
    public static IndicatorLexicon parse(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Indicator> list = new ArrayList<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("indicators")) {
            list.add(new Indicator((String) entry.get("code"), (String) entry.get("metric"),
                    (String) entry.get("unit"), strings(entry.get("names")), strings(entry.get("fileHints"))));
        }
        return new IndicatorLexicon(list);
    }

    /** The indicator with this code, e.g. {@code IT.NET.BBND.P2} (case-insensitive). */
    public Optional<Indicator> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The first indicator feeding this metric key, for its unit. */
    public Optional<Indicator> byMetric(String metric) {
        return Optional.ofNullable(byMetric.get(metric));
    }

    /**
     * The indicator whose code appears in a file name, e.g. {@code worldbank_IT.NET.BBND.P2_wide.csv}.
     * The longest code wins, so IT.NET.BBND.P2 is not mistaken for IT.NET.BBND.
     */
    public Optional<Indicator> byFileName(String fileName) {
        String upper = fileName.toUpperCase(Locale.ROOT);
        return indicators.stream()
                .filter(i -> i.code() != null)
                .filter(i -> Pattern.compile("(?<![A-Z0-9.])" + Pattern.quote(i.code().toUpperCase(Locale.ROOT))
                        + "(?![A-Z0-9]|\\.[A-Z0-9])").matcher(upper).find())
                .max(Comparator.comparingInt(i -> i.code().length()));
    }

    /**
     * The indicators a column title or series name means. When several share the name, the file name's
     * hints decide; the result then has one entry, or several when the name stays ambiguous.
     */
    public List<Indicator> byName(String name, String fileName) {
        List<Indicator> named = List.copyOf(byName.getOrDefault(normalise(name), List.of()));
        if (named.size() <= 1) {
            return named;
        }
        String file = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Indicator> hinted = named.stream()
                .filter(i -> i.fileHints().stream().anyMatch(h -> file.contains(h.toLowerCase(Locale.ROOT)))).toList();
        return hinted.isEmpty() ? named : hinted;
    }

    // Column titles differ in case, spacing and brackets between exports of the same indicator.
    static String normalise(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]+", " ").trim();
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
