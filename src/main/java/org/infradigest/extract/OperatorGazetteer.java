package org.infradigest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Operator names, aliases and MCC/MNC codes read from {@code lexicon/operators.yml}: resolves a name or code to
 * its canonical operator and finds every operator mention in a text. Shared by news extraction and statistics ingest.
 */
public final class OperatorGazetteer {

    /** One operator named in a text, with offsets. */
    public record Mention(int start, int end, Operator operator) {
    }

    private final Map<String, Operator> byName = new LinkedHashMap<>();
    private final Map<String, Operator> byKey = new HashMap<>();
    private final Map<String, Operator> byCode = new HashMap<>();
    private final Map<String, Operator> bySurface = new HashMap<>();
    private final PhraseMatcher names;

    public OperatorGazetteer(List<Operator> operators) {
        List<String> surfaces = new ArrayList<>();
        for (Operator o : operators) {
            byName.put(o.name(), o);
            byKey.put(key(o.name()), o);
            surfaces.add(o.name());
            bySurface.put(o.name(), o);
            for (String alias : o.aliases()) {
                byKey.putIfAbsent(key(alias), o);
                surfaces.add(alias);
                bySurface.putIfAbsent(alias, o);
            }
            for (String code : o.codes()) {
                byCode.put(normaliseCode(code), o);
            }
        }
        // Case-sensitive: "Three" or "Vi" as ordinary words must not become operators.
        this.names = PhraseMatcher.caseSensitive(surfaces);
    }

    // Compiled once: String.replaceAll and matches compile their expression on every call, here per name looked up.
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern MCC_MNC = Pattern.compile("\\d{3}\\s*[/\\-\\s]\\s*\\d{2,3}");

    private static String key(String s) {
        return WHITE_SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static String normaliseCode(String code) {
        String[] parts = code.trim().split("[/\\-\\s]+");
        if (parts.length != 2) {
            return code.trim();
        }
        return Integer.parseInt(parts[0]) + "/" + Integer.parseInt(parts[1]);
    }

    /** The canonical operator for a name or alias ("Jio"), or for an MCC/MNC code ("460/00", "460-11"), or null. */
    public Operator resolve(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        if (MCC_MNC.matcher(nameOrCode.trim()).matches()) {
            return byCode.get(normaliseCode(nameOrCode));
        }
        return byKey.get(key(nameOrCode));
    }

    /** The operator holding an MCC/MNC pair, or null. */
    public Operator resolveCode(int mcc, int mnc) {
        return byCode.get(mcc + "/" + mnc);
    }

    public Operator byName(String canonicalName) {
        return byName.get(canonicalName);
    }

    public List<Operator> all() {
        return List.copyOf(byName.values());
    }

    /** The operator mentions of each prose sentence (null for a table row), found once for all who read them. */
    static List<List<Mention>> mentionsBySentence(OperatorGazetteer operators, List<Sentence> sentences) {
        List<List<Mention>> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(s.isTableRow() ? null : operators.find(s.text()));
        }
        return out;
    }

    /** Every operator mention in the text, in order of appearance. */
    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseMatcher.Hit h : names.findAll(text)) {
            Operator o = bySurface.get(h.text());
            if (o == null) {
                o = byKey.get(key(h.text())); // written across a line break
            }
            if (o != null) {
                mentions.add(new Mention(h.start(), h.end(), o));
            }
        }
        return mentions;
    }
}
