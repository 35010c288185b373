package org.infradigest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds any of a fixed list of words or phrases in text, as whole words, through an index built once.
 * Used for every cue list of the lexicon so that nothing is compiled per article.
 */
public final class PhraseMatcher {

    /** One occurrence of a phrase: offsets in the searched text and the phrase as written there. */
    public record Hit(int start, int end, String text) {
    }

    private static final PhraseMatcher EMPTY = new PhraseMatcher(Map.of(), false);

    /** Phrases indexed by their first character (lower-cased when matching ignores case), longest first. */
    private final Map<Character, List<String>> byFirstChar;
    /** The same index for ASCII first characters, as an array: the hot path does no boxing or hashing. */
    private final List<String>[] ascii;
    private final boolean ignoreCase;

    @SuppressWarnings("unchecked")
    private PhraseMatcher(Map<Character, List<String>> byFirstChar, boolean ignoreCase) {
        this.byFirstChar = byFirstChar;
        this.ignoreCase = ignoreCase;
        this.ascii = new List[128];
        byFirstChar.forEach((c, phrases) -> {
            if (c < 128) {
                ascii[c] = phrases;
            }
        });
    }

    /** Case-insensitive matcher; longer phrases win over their prefixes. */
    public static PhraseMatcher of(List<String> phrases) {
        return build(phrases, true);
    }

    /** Case-sensitive matcher, for proper names whose lower-case spelling is an ordinary word. */
    public static PhraseMatcher caseSensitive(List<String> phrases) {
        return build(phrases, false);
    }

    private static PhraseMatcher build(List<String> phrases, boolean ignoreCase) {
        List<String> sorted = phrases == null ? List.of() : phrases.stream().filter(Objects::nonNull)
                .map(p -> p.trim().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return EMPTY;
        }
        // A first-character index instead of one big regex alternation: the engine runs these on every sentence.
        Map<Character, List<String>> index = new HashMap<>();
        for (String phrase : sorted) {
            char first = ignoreCase ? Character.toLowerCase(phrase.charAt(0)) : phrase.charAt(0);
            index.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return new PhraseMatcher(Map.copyOf(index), ignoreCase);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** End offset of the phrase matched at position i (a space in the phrase matches any run of white space), or -1. */
    private int matchAt(CharSequence text, int i, String phrase) {
        int t = i;
        int n = text.length();
        for (int p = 0; p < phrase.length(); p++) {
            char pc = phrase.charAt(p);
            if (pc == ' ') {
                if (t >= n || !Character.isWhitespace(text.charAt(t))) {
                    return -1;
                }
                while (t < n && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
                continue;
            }
            if (t >= n) {
                return -1;
            }
            char tc = text.charAt(t);
            if (tc != pc && !(ignoreCase && Character.toLowerCase(tc) == Character.toLowerCase(pc))) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private Hit hitAt(CharSequence text, int i) {
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
            return null; // whole words only
        }
        char c = text.charAt(i);
        char key = ignoreCase ? Character.toLowerCase(c) : c;
        List<String> candidates = key < 128 ? ascii[key] : byFirstChar.get(key);
        if (candidates == null) {
            return null;
        }
        for (String phrase : candidates) {
            int end = matchAt(text, i, phrase);
            if (end > 0 && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return new Hit(i, end, text.subSequence(i, end).toString());
            }
        }
        return null;
    }

    public List<Hit> findAll(CharSequence text) {
        if (byFirstChar.isEmpty() || text == null) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            Hit h = hitAt(text, i);
            if (h != null) {
                hits.add(h);
                i = h.end() - 1;
            }
        }
        return hits;
    }

    public boolean containedIn(CharSequence text) {
        return first(text) != null;
    }

    /** The first hit, or null. */
    public Hit first(CharSequence text) {
        if (byFirstChar.isEmpty() || text == null) {
            return null;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            Hit h = hitAt(text, i);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** The last hit, or null. */
    public Hit last(CharSequence text) {
        List<Hit> hits = findAll(text);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    /** True when a phrase ends exactly at the end of the text (ignoring trailing spaces). */
    public boolean endsWith(CharSequence text) {
        String trimmed = text.toString().stripTrailing();
        Hit last = last(trimmed);
        return last != null && last.end() == trimmed.length();
    }
}
