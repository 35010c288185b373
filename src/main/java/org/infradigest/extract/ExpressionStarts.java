package org.infradigest.extract;

/**
 * Where a time expression of {@link PeriodResolver} can start: at a word ("end", "first", a month, a year) that
 * its pattern begins with. Each pattern is tried only at such offsets instead of being searched for through the
 * whole sentence; every check here is one the pattern itself makes, so it finds exactly what a search finds.
 */
final class ExpressionStarts {

    /** Offsets where one pattern may match. */
    @FunctionalInterface
    interface StartFilter {
        boolean mayStartAt(String text, int at);
    }

    private static final String[] MONTH_PREFIXES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    private ExpressionStarts() {
    }

    /** Offsets of an ASCII letter or digit after a character that is not an ASCII word character (or none). */
    static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int count = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && wordStart(text, at)) {
                starts[count++] = at;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** A {@code \b} before a word character: the character before is not an ASCII word character. */
    static boolean wordStart(String text, int at) {
        if (at == 0) {
            return true;
        }
        char c = text.charAt(at - 1);
        return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    /** One of the words (written in lower case), in any case, starts here. */
    static boolean startsWithAny(String text, int at, String... words) {
        char first = (char) (text.charAt(at) | 0x20); // ASCII lower case, as the patterns' (?i) compares
        for (String w : words) {
            if (w.charAt(0) == first && text.regionMatches(true, at, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** One of the words (written in lower case), in any case, starts here and white space follows it. */
    static boolean wordThenSpace(String text, int at, String... words) {
        char first = (char) (text.charAt(at) | 0x20);
        for (String w : words) {
            int end = at + w.length();
            if (w.charAt(0) == first && end < text.length() && RegexChars.isSpace(text.charAt(end))
                    && text.regionMatches(true, at, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code (?:19|20)\d{2}} starts here. */
    static boolean yearAt(String text, int at) {
        if (at + 4 > text.length()) {
            return false;
        }
        char a = text.charAt(at);
        char b = text.charAt(at + 1);
        return (a == '1' && b == '9' || a == '2' && b == '0') && RegexChars.isDigit(text.charAt(at + 2))
                && RegexChars.isDigit(text.charAt(at + 3));
    }

    /** A month name as written (capitalised) starts here. */
    static boolean monthAt(String text, int at) {
        for (String m : MONTH_PREFIXES) {
            if (text.startsWith(m, at)) {
                return true;
            }
        }
        return false;
    }

    /** A day of one or two digits and white space: "30 September". */
    static boolean dayAt(String text, int at) {
        int n = text.length();
        return at + 1 < n && RegexChars.isDigit(text.charAt(at)) && (RegexChars.isSpace(text.charAt(at + 1))
                || at + 2 < n && RegexChars.isDigit(text.charAt(at + 1)) && RegexChars.isSpace(text.charAt(at + 2)));
    }
}
