package org.infradigest.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads source profiles (see {@code stats/PROFILE.md}) and finds the one that applies to a data file:
 * {@code <file>.profile.yml} beside it, else {@code profile.yml} in its folder when its {@code match}
 * glob accepts the file's name.
 */
public final class SourceProfileParser {

    private static final Set<String> KEYS = Set.of("match", "delimiter", "encoding", "skipRows", "columns",
            "yearColumns", "metric", "unit", "operator", "region", "period", "multiplier", "missing",
            "decimalComma", "indicators");
    private static final Set<String> COLUMN_KEYS = Set.of("region", "regionCode", "period", "value", "metric",
            "unit", "operator", "qualifier");

    private SourceProfileParser() {
    }

    /** True for files that accompany data and are not data themselves (profiles, attributions). */
    public static boolean isCompanionFile(String fileName) {
        return fileName.endsWith(".profile.yml") || fileName.equals("profile.yml") || fileName.endsWith(".source.txt");
    }

    /**
     * The profile that applies to a data file, if any.
     *
     * @throws InvalidProfileException when the profile found cannot be read; the message names it
     */
    public static Optional<SourceProfile> findFor(Path dataFile) {
        Path own = dataFile.resolveSibling(dataFile.getFileName() + ".profile.yml");
        if (Files.isRegularFile(own)) {
            return Optional.of(read(own));
        }
        Path shared = dataFile.resolveSibling("profile.yml");
        if (Files.isRegularFile(shared)) {
            SourceProfile profile = read(shared);
            if (profile.match() == null || dataFile.getFileSystem().getPathMatcher("glob:" + profile.match())
                    .matches(dataFile.getFileName())) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    private static SourceProfile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new InvalidProfileException(file + ": cannot be read: " + e.getMessage());
        } catch (InvalidProfileException e) {
            throw new InvalidProfileException(file.getFileName() + ": " + e.getMessage());
        }
    }

    /**
     * Reads one profile.
     *
     * @throws InvalidProfileException naming the key that is wrong and what it should be
     */
    public static SourceProfile parse(InputStream yaml) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new InvalidProfileException("not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            throw new InvalidProfileException("a profile is a YAML mapping of keys such as columns, metric, unit");
        }
        unknownKeys(root, KEYS, "");
        Map<?, ?> columns = map(root.get("columns"), "columns");
        unknownKeys(columns, COLUMN_KEYS, "columns.");
        return new SourceProfile(text(root, "match"), delimiter(text(root, "delimiter")), charset(text(root, "encoding")),
                integer(root.get("skipRows")),
                new SourceProfile.Columns(text(columns, "region"), text(columns, "regionCode"), text(columns, "period"),
                        text(columns, "value"), text(columns, "metric"), text(columns, "unit"),
                        text(columns, "operator"), text(columns, "qualifier")),
                regex(text(root, "yearColumns")), text(root, "metric"), text(root, "unit"), text(root, "operator"),
                text(root, "region"), text(root, "period"), multiplier(root.get("multiplier")),
                list(root.get("missing")), Boolean.TRUE.equals(root.get("decimalComma")),
                indicators(root.get("indicators")));
    }

    private static void unknownKeys(Map<?, ?> map, Set<String> known, String prefix) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new InvalidProfileException("unknown key '" + prefix + key + "'; known keys: " + known);
            }
        }
    }

    private static Map<?, ?> map(Object value, String key) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new InvalidProfileException("'" + key + "' must be a mapping, e.g. region: Country");
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static Character delimiter(String text) {
        if (text == null) {
            return null;
        }
        String d = text.equals("\\t") || text.equalsIgnoreCase("tab") ? "\t" : text;
        if (d.length() != 1) {
            throw new InvalidProfileException("delimiter must be one character (or 'tab'), not '" + text + "'");
        }
        return d.charAt(0);
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException("encoding '" + name + "' is unknown; use e.g. UTF-8 or windows-1252");
        }
    }

    private static int integer(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Integer i && i >= 0) {
            return i;
        }
        throw new InvalidProfileException("skipRows must be a whole number of lines, not '" + value + "'");
    }

    private static String regex(String text) {
        try {
            return text == null ? null : Pattern.compile(text).pattern();
        } catch (PatternSyntaxException e) {
            throw new InvalidProfileException("yearColumns is not a regular expression: " + e.getDescription());
        }
    }

    private static BigDecimal multiplier(Object value) {
        try {
            return value == null ? BigDecimal.ONE : new BigDecimal(String.valueOf(value).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InvalidProfileException("multiplier must be a number such as 1000, not '" + value + "'");
        }
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static Map<String, SourceProfile.MetricAndUnit> indicators(Object value) {
        Map<String, SourceProfile.MetricAndUnit> result = new LinkedHashMap<>();
        map(value, "indicators").forEach((name, target) -> {
            Map<?, ?> entry = map(target, "indicators." + name);
            if (entry.get("metric") == null) {
                throw new InvalidProfileException("indicators." + name + " needs a metric");
            }
            result.put(IndicatorLexicon.normalise(String.valueOf(name)),
                    new SourceProfile.MetricAndUnit(text(entry, "metric"), text(entry, "unit")));
        });
        return result;
    }
}
