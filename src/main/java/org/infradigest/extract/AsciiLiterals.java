package org.infradigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text holds one of a few ASCII literals, ASCII letters in either case: what a case-insensitive regular
 * expression ({@code (?i)}, which folds ASCII letters only) needs before it can match, when each of its alternatives
 * spells out one of them. One pass over the text, a table lookup a character, takes a fraction of the expression's
 * search, which tries its alternatives and boundaries at every character; most texts hold none of the literals.
 */
final class AsciiLiterals {

    /** The literals (lower case) by their first character, in both cases. */
    private final String[][] byFirst = new String[128][];

    /** @param literals ASCII, at least one character each; letters in either case stand for both */
    AsciiLiterals(List<String> literals) {
        List<List<String>> lists = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            lists.add(new ArrayList<>());
        }
        for (String literal : literals) {
            if (literal.isEmpty() || !literal.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("not an ASCII literal: \"" + literal + "\"");
            }
            String lower = literal.toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            lists.get(first).add(lower);
            if (first >= 'a' && first <= 'z') {
                lists.get(first - ('a' - 'A')).add(lower);
            }
        }
        for (int c = 0; c < 128; c++) {
            byFirst[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(String[]::new);
        }
    }

    static AsciiLiterals of(String... literals) {
        return new AsciiLiterals(List.of(literals));
    }

    /** True when one of the literals occurs in the text. */
    boolean anyIn(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates != null) {
                for (String literal : candidates) {
                    if (matchesAt(text, i, literal)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code pattern.matcher(text).find()}, skipped when the text lacks every literal the pattern needs. */
    boolean find(Pattern pattern, String text) {
        return anyIn(text) && pattern.matcher(text).find();
    }

    /** Whether the lower-case ASCII literal stands at {@code i}, its letters in either case as {@code (?i)} has. */
    static boolean matchesAt(String text, int i, String lower) {
        int length = lower.length();
        if (i < 0 || i + length > text.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = text.charAt(i + k);
            char p = lower.charAt(k);
            if (c != p && !(p >= 'a' && p <= 'z' && c == p - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }
}
