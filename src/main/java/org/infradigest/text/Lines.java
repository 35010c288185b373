package org.infradigest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines at any line break ({@code \R}: CR LF, LF, VT, FF, CR, NEL, LS, PS) exactly as
 * {@code String.split("\\R")} does, without running a regular expression over the whole body: the news readers
 * split every file and the engine every article, and the regex cost more than the reading.
 */
public final class Lines {

    private Lines() {
    }

    /** As {@code text.split("\\R")}: trailing empty lines dropped. */
    public static List<String> of(String text) {
        return split(text, false);
    }

    /** As {@code text.split("\\R", -1)}: trailing empty lines kept. */
    public static List<String> withTrailing(String text) {
        return split(text, true);
    }

    /** The characters that {@code \R} matches on their own. */
    public static boolean isBreak(char c) {
        return c <= '\r' ? c >= '\n' : c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static List<String> split(String text, boolean keepTrailing) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        boolean matched = false;
        if (hasOnlyLineFeeds(text)) {
            // Most text breaks its lines with LF alone: String.indexOf finds them several characters at a time
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                lines.add(text.substring(start, i));
                matched = true;
                start = i + 1;
            }
            return finish(text, lines, start, matched, keepTrailing);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '\r' && c < '\u0085') {
                continue; // most characters: no line break is in this range
            }
            int width;
            if (c == '\r') {
                width = i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (isBreak(c)) {
                width = 1;
            } else {
                continue;
            }
            lines.add(text.substring(start, i));
            matched = true;
            start = i + width;
            i = start - 1;
        }
        return finish(text, lines, start, matched, keepTrailing);
    }

    /** No line break but LF: one vectorised search for each of the others (none for LS and PS in Latin-1 text). */
    private static boolean hasOnlyLineFeeds(String text) {
        return text.indexOf('\r') < 0 && text.indexOf('\u000B') < 0 && text.indexOf('\f') < 0
                && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    }

    private static List<String> finish(String text, List<String> lines, int start, boolean matched,
                                       boolean keepTrailing) {
        if (!matched) {
            return List.of(text);
        }
        lines.add(text.substring(start));
        if (!keepTrailing) {
            int size = lines.size();
            while (size > 0 && lines.get(size - 1).isEmpty()) {
                size--;
            }
            return lines.subList(0, size);
        }
        return lines;
    }
}
