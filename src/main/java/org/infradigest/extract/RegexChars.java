package org.infradigest.extract;

/**
 * Character tests as {@link java.util.regex.Pattern} makes them without {@code UNICODE_CHARACTER_CLASS}, for the
 * engine's scans that must agree with its expressions (many written out in place of expressions it ran for every
 * figure or time expression).
 */
final class RegexChars {

    private RegexChars() {
    }

    /** {@code \s}: {@code [ \t\n\x0B\f\r]}. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code \d}: ASCII digits. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A line end that {@code $} matches before when it is the text's last character. */
    static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether {@code \b} finds no boundary at {@code i}, right after an ASCII letter: a word character follows (ASCII
     * letters, digits and '_'), or a non-spacing mark, which the letter is the base character of.
     */
    static boolean isWordAfter(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        int c = text.codePointAt(i);
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_')
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
