package org.infradigest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The body text contract shared by every reader: paragraphs separated by a newline, whitespace
 * collapsed, HTML entities decoded, no empty paragraphs. Table rows stay {@code |cell} lines.
 */
final class Paragraphs {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'”’)\\]]$");
    private static final Pattern STARTS_LOWERCASE = Pattern.compile("^\\p{Ll}");

    private Paragraphs() {
    }

    /** One paragraph's text on one line: invisible characters dropped, runs of whitespace made one space. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decoded = text.indexOf('&') >= 0 && ENTITY.matcher(text).find()
                ? Parser.unescapeEntities(text, false) : text;
        // One pass instead of three regular expressions (this runs on every line of every article): drop
        // invisible characters, turn controls other than tab and line ends into spaces, make each run of
        // whitespace (\s and \p{Z}) one space, strip the ends.
        StringBuilder out = null;
        boolean pendingSpace = false;
        int length = decoded.length();
        for (int i = 0; i < length; i++) {
            char c = decoded.charAt(i);
            if (isInvisible(c)) {
                if (out == null) {
                    out = copied(decoded, i, pendingSpace);
                }
                continue;
            }
            if (isSpace(c)) {
                if (out == null && (c != ' ' || pendingSpace || i == 0)) {
                    out = copied(decoded, i, pendingSpace);
                }
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                if (out != null && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
            }
            if (out != null) {
                out.append(c);
            }
        }
        if (out == null) {
            // Nothing to change but, perhaps, one trailing space.
            return pendingSpace ? decoded.substring(0, length - 1) : decoded;
        }
        return out.toString();
    }

    // While nothing changed, a pending space is the single ' ' just before i: it is written when the next
    // visible character comes, so it is left out of the copy.
    private static StringBuilder copied(String text, int i, boolean pendingSpace) {
        return new StringBuilder(text.length()).append(text, 0, pendingSpace ? i - 1 : i);
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** {@code [\\s\\p{Z}]} and the controls other than tab, line feed and carriage return. */
    private static boolean isSpace(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
            return true;
        }
        if (c < 0x80) {
            return c < 0x20 || c == 0x7F;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Joins paragraphs into a body, normalising each and leaving out the empty ones. */
    static String join(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String clean = normalise(paragraph);
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return String.join("\n", kept);
    }

    /**
     * Paragraphs of plain text: each line is one, except that a line that stops mid-sentence and is
     * followed by a lower-case continuation is joined to it, which undoes hard wrapping.
     */
    static List<String> ofPlainText(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : text.split("\\R", -1)) {
            String line = normalise(rawLine);
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            boolean continues = !current.isEmpty() && !line.startsWith("|") && current.charAt(0) != '|'
                    && !SENTENCE_END.matcher(current).find() && STARTS_LOWERCASE.matcher(line).find();
            if (continues) {
                current.append(' ').append(line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
