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
    private final Map<Character, Candidates> byFirstChar;
    /** The same index for ASCII first characters, as an array: the hot path does no boxing or hashing. */
    private final Candidates[] ascii;
    private final boolean ignoreCase;

    private PhraseMatcher(Map<Character, Candidates> byFirstChar, boolean ignoreCase) {
        this.byFirstChar = byFirstChar;
        this.ignoreCase = ignoreCase;
        this.ascii = new Candidates[128];
        byFirstChar.forEach((c, candidates) -> {
            if (c < 128) {
                ascii[c] = candidates;
            }
        });
    }

    /**
     * The phrases that start with one character, narrowed down by the character that follows in the text: most
     * phrases sharing a first letter ("Shanghai", "Shenzhen", "Sichuan") differ in the second, so a position is
     * compared with the few that can match there. Each list keeps the longest-first order.
     */
    private static final class Candidates {

        /** Phrases of one character: they can match whatever follows. */
        private final List<String> singles;
        /** Singles and phrases whose second character is a space: for white space next. */
        private final List<String> afterSpace;
        private final Map<Character, List<String>> bySecond = new HashMap<>();
        private final List<String>[] asciiSecond;

        @SuppressWarnings("unchecked")
        Candidates(List<String> phrases, boolean ignoreCase) {
            this.singles = List.copyOf(phrases.stream().filter(p -> p.length() == 1).toList());
            this.afterSpace = List.copyOf(phrases.stream().filter(p -> p.length() == 1 || p.charAt(1) == ' ').toList());
            this.asciiSecond = new List[128];
            for (String phrase : phrases) {
                if (phrase.length() < 2 || phrase.charAt(1) == ' ') {
                    continue;
                }
                char key = ignoreCase ? Character.toLowerCase(phrase.charAt(1)) : phrase.charAt(1);
                bySecond.computeIfAbsent(key, k -> List.copyOf(phrases.stream().filter(p -> p.length() == 1
                        || (p.charAt(1) == ' ' ? Character.isWhitespace(k)
                        : (ignoreCase ? Character.toLowerCase(p.charAt(1)) : p.charAt(1)) == k)).toList()));
            }
            bySecond.forEach((c, list) -> {
                if (c < 128) {
                    asciiSecond[c] = list;
                }
            });
        }

        /** The phrases that can match where {@code next} (already lower-cased when ignoring case) follows. */
        List<String> before(char next) {
            List<String> list = next < 128 ? asciiSecond[next] : bySecond.get(next);
            if (list != null) {
                return list;
            }
            return Character.isWhitespace(next) ? afterSpace : singles;
        }
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
            // Compared character by character in lower case, as the text is (String.toLowerCase may change lengths).
            String stored = ignoreCase ? lowerEachChar(phrase) : phrase;
            index.computeIfAbsent(stored.charAt(0), k -> new ArrayList<>()).add(stored);
        }
        Map<Character, Candidates> candidates = new HashMap<>();
        index.forEach((c, list) -> candidates.put(c, new Candidates(list, ignoreCase)));
        return new PhraseMatcher(Map.copyOf(candidates), ignoreCase);
    }

    private static String lowerEachChar(String phrase) {
        char[] chars = phrase.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
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

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private char key(char c) {
        return !ignoreCase ? c : c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    /**
     * End offset of the phrase matched at position i (a space in the phrase matches any run of white space), or -1.
     * When ignoring case the phrase is stored lower-cased, and a character matches when its lower case is the same.
     */
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
            if (tc != pc && !(ignoreCase && Character.toLowerCase(tc) == pc)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    /** The hit starting at i, which the caller knows is not inside a word, or null. */
    private Hit hitAt(CharSequence text, int i) {
        char key = key(text.charAt(i));
        // Most positions start no phrase: look the first character up before anything else.
        Candidates first = key < 128 ? ascii[key] : byFirstChar.get(key);
        if (first == null) {
            return null;
        }
        List<String> candidates = i + 1 < text.length() ? first.before(key(text.charAt(i + 1))) : first.singles;
        for (int c = 0; c < candidates.size(); c++) {
            String phrase = candidates.get(c);
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
        boolean afterWord = false; // whether the character before i is a word character: whole words only
        for (int i = 0; i < n; i++) {
            boolean word = isWordChar(text.charAt(i));
            if (afterWord) {
                afterWord = word;
                continue;
            }
            afterWord = word;
            Hit h = hitAt(text, i);
            if (h != null) {
                hits.add(h);
                i = h.end() - 1;
                afterWord = isWordChar(text.charAt(i));
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
        boolean afterWord = false;
        for (int i = 0; i < n; i++) {
            boolean word = isWordChar(text.charAt(i));
            if (afterWord) {
                afterWord = word;
                continue;
            }
            afterWord = word;
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
