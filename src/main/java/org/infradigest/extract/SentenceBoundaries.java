package org.infradigest.extract;

/**
 * Finds where sentences end in a paragraph: a . ! or ? (and closing quotes or brackets) followed by white space and
 * a capital, a digit or a Han character (an opening quote or bracket may come first), or right after 。！？ when
 * more text follows. A hand-written scan in place of the equivalent regular expression
 * {@code [.!?]["”’')\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}\p{IsHan}])|(?<=[。！？])(?=.)}, which tried both alternatives
 * at every character of every paragraph.
 */
final class SentenceBoundaries {

    private static final String CLOSERS = "\"”’')]";
    private static final String OPENERS = "\"“‘([";

    private SentenceBoundaries() {
    }

    /**
     * The next boundary at or after {@code from}, as {@code start << 32 | end} ({@code start} is the . ! ? or the
     * position after 。！？, {@code end} the start of the next sentence), or -1 when there is none.
     */
    static long next(String text, int from) {
        int n = text.length();
        for (int p = from; p < n; p++) {
            char c = text.charAt(p);
            if (c == '.' || c == '!' || c == '?') {
                int end = endAfterStop(text, p + 1);
                if (end >= 0) {
                    return (long) p << 32 | end;
                }
            }
            if (p > 0 && text.charAt(p - 1) >= '。' && isCjkStop(text.charAt(p - 1)) && !isLineTerminator(c)) {
                return (long) p << 32 | p;
            }
        }
        return -1;
    }

    static int start(long boundary) {
        return (int) (boundary >>> 32);
    }

    static int end(long boundary) {
        return (int) boundary;
    }

    /** After a . ! or ?: closers, white space, then a sentence start; the start's offset, or -1. */
    private static int endAfterStop(String text, int q) {
        int n = text.length();
        while (q < n && CLOSERS.indexOf(text.charAt(q)) >= 0) {
            q++;
        }
        if (q >= n || !isSpace(text.charAt(q))) {
            return -1;
        }
        while (q < n && isSpace(text.charAt(q))) {
            q++;
        }
        if (q >= n) {
            return -1;
        }
        if (startsSentence(text.codePointAt(q))) {
            return q;
        }
        if (OPENERS.indexOf(text.charAt(q)) >= 0 && q + 1 < n && startsSentence(text.codePointAt(q + 1))) {
            return q;
        }
        return -1;
    }

    /** The characters of the regular expressions' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isCjkStop(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    /** The characters a regular expression's {@code .} does not match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \p{Lu}}, {@code \p{N}} or {@code \p{IsHan}}. */
    private static boolean startsSentence(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.UPPERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
