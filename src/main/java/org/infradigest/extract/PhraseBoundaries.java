package org.infradigest.extract;

/**
 * Tests on the text after a number, which {@link MetricBinder} makes for every figure, written out instead of as
 * regular expressions: those tried their alternations at every character. Each does exactly what the expression
 * in its comment does ({@code (?i)} folds ASCII letters only; {@code \s} is
 * {@code [ \t\n\x0B\f\r]}).
 */
final class PhraseBoundaries {

    /** The words the noun phrase stops at, between two white-space characters. */
    private static final String[] STOP_WORDS = {"and", "or", "but", "while", "which", "that", "who", "with", "as",
        "in", "by", "at", "from", "since", "to", "after", "before", "when", "could", "can", "will", "would", "went",
        "came"};

    /** Words that, first in the phrase, say it is no noun phrase of the figure's own. */
    private static final String[] FUNCTION_WORDS = {"in", "at", "by", "as", "and", "or", "of", "to", "for", "from",
        "on", "since", "a", "the", "is", "are", "was", "were", "have", "has", "had", "this", "last", "versus",
        "against", "while", "with", "mark", "level", "figure", "now", "then", "so", "in total", "more", "fewer",
        "less", "per", "respectively"};

    private PhraseBoundaries() {
    }

    /**
     * Where the phrase stops, or -1: the start of the first match of
     * {@code (?i)(?=[,;:.!?–—\s])(?:[,;:.!?](?=\s|$)|[–—]|\s(?:and|or|...|came)\s)}.
     */
    static int stop(String text) {
        int n = text.length();
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            switch (c) {
                case ',', ';', ':', '.', '!', '?' -> {
                    if (p + 1 == n || RegexChars.isSpace(text.charAt(p + 1))
                            || p + 2 == n && RegexChars.isLineEnd(text.charAt(p + 1))) {
                        return p;
                    }
                }
                case '–', '—' -> {
                    return p;
                }
                default -> {
                    if (RegexChars.isSpace(c) && stopWordAt(text, p + 1)) {
                        return p;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Whether the phrase starts with a function word, punctuation or nothing:
     * {@code (?i)^(?:$|[,;.)(]|(?:in|at|...|respectively)\b)} looking at its start.
     */
    static boolean startsWithFunctionWord(String text) {
        int n = text.length();
        if (n == 0 || n == 1 && RegexChars.isLineEnd(text.charAt(0)) || text.equals("\r\n")) {
            return true; // $: the end, or a line end that is all there is left
        }
        if (",;.)(".indexOf(text.charAt(0)) >= 0) {
            return true;
        }
        for (String word : FUNCTION_WORDS) {
            if (AsciiLiterals.matchesAt(text, 0, word) && !RegexChars.isWordAfter(text, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the next figure starts, or -1: the start of the first match of
     * {@code (?<![\p{L}\d.,])\d[\d,.]*(?![\d]*\s?(?:G\b|GHz|MHz|Mbps))}. A figure whose digits all run into a
     * unit ("5G", "3.5 GHz") is none, but its first digits before a point or comma are ("3" of "3.5GHz").
     */
    static int nextFigure(String text) {
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (!RegexChars.isDigit(text.charAt(p)) || p > 0 && continuesFigure(text.charAt(p - 1))) {
                continue;
            }
            int end = p + 1;
            while (end < n && (RegexChars.isDigit(text.charAt(end)) || text.charAt(end) == ','
                    || text.charAt(end) == '.')) {
                end++;
            }
            // the expression gives back the characters after the first digit one by one until no unit follows
            for (int e = end; e > p; e--) {
                if (!unitFollows(text, e)) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** {@code [\p{L}\d.,]} before a digit: the lookbehind reads the one character there. */
    private static boolean continuesFigure(char c) {
        return Character.isLetter(c) || RegexChars.isDigit(c) || c == '.' || c == ',';
    }

    /** {@code [\d]*\s?(?:G\b|GHz|MHz|Mbps)} at {@code i}. */
    private static boolean unitFollows(String text, int i) {
        int d = i;
        while (d < text.length() && RegexChars.isDigit(text.charAt(d))) {
            d++;
        }
        return d < text.length() && RegexChars.isSpace(text.charAt(d)) && unitAt(text, d + 1) || unitAt(text, d);
    }

    private static boolean unitAt(String text, int i) {
        return text.startsWith("G", i) && !RegexChars.isWordAfter(text, i + 1) || text.startsWith("GHz", i)
                || text.startsWith("MHz", i) || text.startsWith("Mbps", i);
    }

    private static boolean stopWordAt(String text, int i) {
        for (String word : STOP_WORDS) {
            int end = i + word.length();
            if (end < text.length() && AsciiLiterals.matchesAt(text, i, word)
                    && RegexChars.isSpace(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

}
