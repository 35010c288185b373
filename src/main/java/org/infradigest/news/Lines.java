package org.infradigest.news;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines exactly as {@code text.split("\\R", -1)} does, without the regular expression
 * engine: readers split every file and every body this way, and the regex costs more than the reading.
 * A line ends at CR LF or at any one of LF, VT, FF, CR, NEL, U+2028 and U+2029; empty lines,
 * leading and trailing, are kept.
 */
final class Lines {

    private Lines() {
    }

    /** The lines of the text, as {@code text.split("\\R", -1)} gives them. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int length = text.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++; // \R takes \r\n as one line end
                }
                start = i + 1;
            }
        }
        lines.add(start == 0 ? text : text.substring(start));
        return lines;
    }

    /** The characters that {@code \R} matches on their own. */
    static boolean isBreak(char c) {
        return c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
