package org.infradigest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the speech verbs of a sentence stand and what comes right before them: after a comma ("..., said Lu"),
 * after a lower-case word (a name: "director Lu Jianwen said") or right after the sentence's first word ("Lu noted").
 * Each statement pattern of {@link StatementExtractor} needs one of these, so a sentence without it is spared that
 * pattern, which would otherwise try its alternations at every character.
 */
final class SpeechVerbSites {

    /** What one sentence has. */
    record Sites(boolean afterComma, boolean afterLowerCase, boolean afterFirstWord) {

        static final Sites NONE = new Sites(false, false, false);
    }

    private final Pattern verb;
    private final Pattern asSaying = Pattern.compile("as\\s+saying");
    /** First characters a verb can start with, or null when any can (a verb starting with white space). */
    private final String firstChars;

    /**
     * @param verbs       the speech verbs
     * @param alternation the statement patterns' regular expression for one of them
     */
    SpeechVerbSites(List<String> verbs, String alternation) {
        this.verb = Pattern.compile("(?:" + alternation + ")");
        StringBuilder first = new StringBuilder("a"); // "as saying"
        boolean any = false;
        for (String v : verbs) {
            any |= v.isEmpty() || Character.isWhitespace(v.charAt(0));
            if (!v.isEmpty()) {
                first.append(v.charAt(0));
            }
        }
        this.firstChars = any ? null : first.toString();
    }

    Sites of(String text) {
        int n = text.length();
        int firstWordEnd = firstWordEnd(text);
        boolean afterComma = false;
        boolean afterLowerCase = false;
        boolean afterFirstWord = false;
        Matcher v = verb.matcher(text);
        Matcher a = asSaying.matcher(text);
        for (int at = 1; at < n; at++) {
            if (!NumberGrammar.isSpace(text.charAt(at - 1)) || firstChars != null && firstChars.indexOf(text.charAt(at)) < 0) {
                continue;
            }
            boolean isVerb = v.region(at, n).lookingAt();
            if (!isVerb && !a.region(at, n).lookingAt()) {
                continue;
            }
            int k = at - 1;
            while (k >= 0 && NumberGrammar.isSpace(text.charAt(k))) {
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
        return new Sites(afterComma, afterLowerCase, afterFirstWord);
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
