package org.infradigest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Region names, aliases, adjectives and codes read from {@code lexicon/regions.yml}: resolves a name or code to
 * its canonical region and finds every region mention in a text. Shared by news extraction and statistics ingest.
 */
public final class RegionGazetteer {

    /**
     * One region named in a text.
     *
     * @param adjective true for an adjective form ("British homes"), which names a region only inside a noun phrase
     * @param national  true for "nationwide", "the country": the article's country
     */
    public record Mention(int start, int end, Region region, boolean adjective, boolean national) {
    }

    private final Map<String, Region> byName = new LinkedHashMap<>();
    private final Map<String, Region> byKey = new HashMap<>();
    private final Map<String, Region> bySurface = new HashMap<>();
    private final Map<String, Region> byAdjective = new HashMap<>();
    private final PhraseMatcher names;
    private final PhraseMatcher adjectives;
    private final PhraseMatcher nationalTerms;

    public RegionGazetteer(List<Region> regions, List<String> nationalTerms) {
        List<String> surfaces = new ArrayList<>();
        List<String> adjectiveSurfaces = new ArrayList<>();
        for (Region r : regions) {
            byName.put(r.name(), r);
            byKey.put(key(r.name()), r);
            for (String code : r.codes()) {
                byKey.putIfAbsent(key(code), r);
            }
            for (String s : concat(List.of(r.name()), r.aliases())) {
                byKey.putIfAbsent(key(s), r);
                // Names match case-sensitively (plus their all-caps dateline form) so "up" or "goa" in prose stay words.
                surfaces.add(s);
                surfaces.add(s.toUpperCase(Locale.ROOT));
                bySurface.put(s, r);
                bySurface.put(s.toUpperCase(Locale.ROOT), r);
            }
            for (String a : r.adjectives()) {
                adjectiveSurfaces.add(a);
                byAdjective.put(a, r);
                byKey.putIfAbsent(key(a), r);
            }
        }
        this.names = PhraseMatcher.caseSensitive(surfaces);
        this.adjectives = PhraseMatcher.caseSensitive(adjectiveSurfaces);
        this.nationalTerms = PhraseMatcher.of(nationalTerms);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Compiled once: String.replaceAll compiles its expression on every call, and keys are made per mention. */
    private static final Pattern KEY_SEPARATORS = Pattern.compile("[.\\s]+");

    private static String key(String s) {
        return KEY_SEPARATORS.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").trim();
    }

    /** The canonical region for a name, alias, adjective or code ("UK", "GBR", "British"), or null. */
    public Region resolve(String nameOrCode) {
        if (nameOrCode == null) {
            return null;
        }
        return byKey.get(key(nameOrCode));
    }

    /** The region with exactly this canonical name, or null. */
    public Region byName(String canonicalName) {
        return byName.get(canonicalName);
    }

    public List<Region> all() {
        return List.copyOf(byName.values());
    }

    /** The country a region lies in (itself for a country), or null for aggregates. */
    public Region countryOf(Region region) {
        Region r = region;
        for (int depth = 0; r != null && depth < 6; depth++) {
            if (r.isCountry()) {
                return r;
            }
            r = r.parent() == null ? null : byName.get(r.parent());
        }
        return null;
    }

    /** Every region mention in the text, in order of appearance. */
    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseMatcher.Hit h : names.findAll(text)) {
            mentions.add(new Mention(h.start(), h.end(), bySurface.get(singleSpaced(h.text())), false, false));
        }
        for (PhraseMatcher.Hit h : adjectives.findAll(text)) {
            if (overlaps(mentions, h.start(), h.end())) {
                continue;
            }
            mentions.add(new Mention(h.start(), h.end(), byAdjective.get(singleSpaced(h.text())), true, false));
        }
        for (PhraseMatcher.Hit h : nationalTerms.findAll(text)) {
            if (overlaps(mentions, h.start(), h.end())) {
                continue;
            }
            mentions.add(new Mention(h.start(), h.end(), null, false, true));
        }
        mentions.removeIf(m -> m.region() == null && !m.national());
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }

    /** {@code text.replaceAll("\\s+", " ")}, without the regular expression when the text is spaced so already. */
    private static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (RegexChars.isSpace(c) && (c != ' ' || i + 1 < text.length() && RegexChars.isSpace(text.charAt(i + 1)))) {
                return text.replaceAll("\\s+", " ");
            }
        }
        return text;
    }

    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }
}
