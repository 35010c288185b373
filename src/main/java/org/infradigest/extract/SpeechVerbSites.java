package org.infradigest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the speech verbs of a sentence stand and what comes right before them: after a comma ("..., said Lu"),
 * after a lower-case word (a name: "director Lu Jianwen said") or right after the sentence's first word ("Lu noted").
 * Each statement pattern of {@link StatementExtractor} needs one of these, so a sentence without it is spared that
 * pattern, which would otherwise try its alternations at every character.
 */
final class SpeechVerbSites {

    /**
     * What one sentence has. {@code any}: a speech verb (or "as saying") right after white space somewhere, which
     * every statement pattern needs; without one, none of them can match.
     */
    record Sites(boolean any, boolean afterComma, boolean afterLowerCase, boolean afterFirstWord) {

        static final Sites NONE = new Sites(false, false, false, false);
    }

    private final Pattern verb;
    // Arrays, not lists: this runs at every word of every sentence, and a list's iterator was allocated each time.
    /** The verbs by first character, compared as literals; null when one needs the regular expression. */
    private final Map<Character, String[]> literals;
    /** The same for ASCII first characters, without boxing. */
    private final String[][] asciiLiterals = new String[128][];
    private static final String[] AS_SAYING = {"as saying"};
    /**
     * For each ASCII character, the ASCII characters that can follow it at the start of a verb or "as saying", as
     * 128 bits in two longs: most words are ruled out by their first two characters, without comparing a verb.
     */
    private final long[] secondCharacters = new long[256];

    /**
     * @param verbs       the speech verbs
     * @param alternation the statement patterns' regular expression for one of them (each space a {@code \s+})
     */
    SpeechVerbSites(List<String> verbs, String alternation) {
        this(verbs, alternation, true);
    }

    /** The sites as the regular expression alone finds them: what the literal comparisons must agree with. */
    static SpeechVerbSites byExpressionOnly(List<String> verbs, String alternation) {
        return new SpeechVerbSites(verbs, alternation, false);
    }

    private SpeechVerbSites(List<String> verbs, String alternation, boolean asLiterals) {
        this.verb = Pattern.compile("(?:" + alternation + ")");
        Map<Character, List<String>> byFirst = new HashMap<>();
        boolean plain = true;
        for (String v : verbs) {
            // A verb with white space other than single spaces between words is left to the regular expression.
            plain &= !v.isEmpty() && !v.startsWith(" ") && v.chars().noneMatch(c -> c != ' ' && Character.isWhitespace(c));
            if (!v.isEmpty()) {
                byFirst.computeIfAbsent(v.charAt(0), c -> new ArrayList<>()).add(v);
            }
        }
        Map<Character, String[]> arrays = new HashMap<>();
        byFirst.forEach((c, list) -> {
            String[] words = list.toArray(String[]::new);
            arrays.put(c, words);
            if (c < 128) {
                asciiLiterals[c] = words;
            }
        });
        this.literals = plain && asLiterals ? arrays : null;
        List<String> starts = new ArrayList<>(verbs);
        starts.addAll(List.of(AS_SAYING));
        for (String w : starts) {
            if (w.isEmpty() || w.charAt(0) >= 128) {
                continue;
            }
            char first = w.charAt(0);
            if (w.length() == 1) {
                secondCharacters[first * 2] = -1L;
                secondCharacters[first * 2 + 1] = -1L;
            } else if (w.charAt(1) == ' ') {
                // A space of the verb matches any white space of the text (\s, all ASCII).
                for (char space = 0; space < 128; space++) {
                    if (RegexChars.isSpace(space)) {
                        secondCharacters[first * 2 + (space >> 6)] |= 1L << space;
                    }
                }
            } else if (w.charAt(1) < 128) {
                secondCharacters[first * 2 + (w.charAt(1) >> 6)] |= 1L << w.charAt(1);
            }
        }
    }

    /**
     * True when neither a verb nor "as saying" can start at {@code at}, as their first two characters tell when
     * both are ASCII; false when the comparisons must decide.
     */
    private boolean ruledOut(String text, int at, int n) {
        if (literals == null || at + 1 >= n) {
            return false;
        }
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        if ((first | second) >= 128) {
            return false;
        }
        return (secondCharacters[first * 2 + (second >> 6)] & (1L << second)) == 0;
    }

    /** True when a speech verb starts at {@code at}, as the alternation would match it there. */
    private boolean verbAt(String text, int at, Matcher regex) {
        if (literals == null) {
            return regex.region(at, text.length()).lookingAt();
        }
        char c = text.charAt(at);
        return anyAt(text, at, c < 128 ? asciiLiterals[c] : literals.get(c));
    }

    private static boolean anyAt(String text, int at, String[] words) {
        if (words != null) {
            for (String w : words) {
                if (literalAt(text, at, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word as written, each run of k spaces matching k or more white-space characters. */
    private static boolean literalAt(String text, int at, String word) {
        int n = text.length();
        int t = at;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ' ') {
                int spaces = 1;
                while (i + 1 < word.length() && word.charAt(i + 1) == ' ') {
                    spaces++;
                    i++;
                }
                int run = 0;
                while (t + run < n && RegexChars.isSpace(text.charAt(t + run))) {
                    run++;
                }
                if (run < spaces) {
                    return false;
                }
                t += run; // what follows in the word is not white space
                continue;
            }
            if (t >= n || text.charAt(t) != c) {
                return false;
            }
            t++;
        }
        return true;
    }

    Sites of(String text) {
        int n = text.length();
        int firstWordEnd = firstWordEnd(text);
        boolean any = false;
        boolean afterComma = false;
        boolean afterLowerCase = false;
        boolean afterFirstWord = false;
        Matcher v = literals == null ? verb.matcher(text) : null;
        for (int at = 1; at < n; at++) {
            if (!RegexChars.isSpace(text.charAt(at - 1)) || ruledOut(text, at, n)) {
                continue;
            }
            boolean isVerb = verbAt(text, at, v);
            if (!isVerb && !(text.charAt(at) == 'a' && anyAt(text, at, AS_SAYING))) {
                continue;
            }
            any = true;
            int k = at - 1;
            while (k >= 0 && RegexChars.isSpace(text.charAt(k))) {
                k--;
            }
            if (k < 0) {
                continue;
            }
            char c = text.charAt(k);
            if (isVerb) {
                afterComma |= c == ',' || (c == '"' || c == '”') && k > 0 && text.charAt(k - 1) == ',';
                afterFirstWord |= k + 1 == firstWordEnd;
            }
            afterLowerCase |= Character.getType(text.codePointBefore(k + 1)) == Character.LOWERCASE_LETTER;
        }
        return new Sites(any, afterComma, afterLowerCase, afterFirstWord);
    }

    /** The end of a first word of a capital and lower-case letters ("He", "Lu"), or -1. */
    private static int firstWordEnd(String text) {
        if (text.isEmpty() || Character.getType(text.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int i = Character.charCount(text.codePointAt(0));
        int lower = i;
        while (i < text.length() && Character.getType(text.codePointAt(i)) == Character.LOWERCASE_LETTER) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i > lower ? i : -1;
    }
}
