package org.infradigest.news;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.infradigest.text.Lines;
import org.jsoup.parser.Parser;

/**
 * The body text contract shared by every reader: paragraphs separated by a newline, whitespace
 * collapsed, HTML entities decoded, no empty paragraphs. Table rows stay {@code |cell} lines.
 */
final class Paragraphs {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'”’)\\]]$");

    private Paragraphs() {
    }

    /** One paragraph's text on one line: invisible characters dropped, runs of whitespace made one space. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decoded = text.indexOf('&') >= 0 && ENTITY.matcher(text).find()
                ? Parser.unescapeEntities(text, false) : text;
        return isNormalAscii(decoded) ? decoded : normaliseChars(decoded);
    }

    /** {@link #normalise} of text whose entities are decoded, character by character. */
    static String normaliseChars(String decoded) {
        // One pass instead of three regular expressions (this runs on every line of every article): drop
        // invisible characters, turn controls other than tab and line ends into spaces, make each run of
        // whitespace (\s and \p{Z}) one space, strip the ends. Runs of ordinary characters are copied whole.
        StringBuilder out = null;
        boolean pendingSpace = false;
        int length = decoded.length();
        int i = 0;
        while (i < length) {
            char c = decoded.charAt(i);
            if (isOrdinary(c)) {
                int end = i + 1;
                while (end < length && isOrdinary(decoded.charAt(end))) {
                    end++;
                }
                if (pendingSpace) {
                    if (out != null && !out.isEmpty()) {
                        out.append(' ');
                    }
                    pendingSpace = false;
                }
                if (out != null) {
                    out.append(decoded, i, end);
                }
                i = end;
                continue;
            }
            if (isInvisible(c)) {
                if (out == null) {
                    out = copied(decoded, i, pendingSpace);
                }
            } else {
                if (out == null && (c != ' ' || pendingSpace || i == 0)) {
                    out = copied(decoded, i, pendingSpace);
                }
                pendingSpace = true;
            }
            i++;
        }
        if (out == null) {
            // Nothing to change but, perhaps, one trailing space.
            return pendingSpace ? decoded.substring(0, length - 1) : decoded;
        }
        return out.toString();
    }

    /**
     * Whether the text is ASCII that {@link #normalise} leaves as it is: printable characters and single spaces
     * between them. Most lines are, and one pass without branches over the text's UTF-8 bytes tells for less than
     * {@link #normaliseChars} costs. Bytes as many as characters mean ASCII, or unpaired surrogates among it, which
     * normalising keeps and whose byte '?' is printable too.
     */
    static boolean isNormalAscii(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != text.length()) {
            return false;
        }
        int odd = 0;
        int previousSpace = 1; // a space first is stripped
        for (byte c : bytes) {
            int space = ((c ^ ' ') - 1) >>> 31; // 1 for a space, else 0
            odd |= ((c - ' ') >>> 31) | (((c ^ 0x7F) - 1) >>> 31) | (space & previousSpace); // control, DEL, run
            previousSpace = space;
        }
        return (odd | previousSpace) == 0; // and no space last
    }

    /** Neither invisible nor a space: kept as it is. Printable ASCII, the common case, costs one test. */
    private static boolean isOrdinary(char c) {
        if (c < 0x80) {
            return c > ' ' && c < 0x7F;
        }
        return !isInvisible(c) && !isSpace(c);
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
        List<String> clean = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            clean.add(normalise(paragraph));
        }
        return joinNormalised(clean);
    }

    /** Joins paragraphs that are already normalised into a body, leaving out the empty ones. */
    static String joinNormalised(List<String> paragraphs) {
        int length = 0;
        for (String paragraph : paragraphs) {
            length += paragraph.length() + 1;
        }
        StringBuilder body = new StringBuilder(length);
        for (String paragraph : paragraphs) {
            if (!paragraph.isEmpty()) {
                if (!body.isEmpty()) {
                    body.append('\n');
                }
                body.append(paragraph);
            }
        }
        return body.toString();
    }

    /**
     * Paragraphs of plain text: each line is one, except that a line that stops mid-sentence and is
     * followed by a lower-case continuation is joined to it, which undoes hard wrapping.
     */
    static List<String> ofPlainText(String text) {
        return ofPlainText(Lines.withTrailing(text));
    }

    /** {@link #ofPlainText(String)} of text already split into lines (as {@code \\R} splits). */
    static List<String> ofPlainText(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : lines) {
            String line = normalise(rawLine);
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            boolean continues = !current.isEmpty() && !line.startsWith("|") && current.charAt(0) != '|'
                    && !endsSentence(current) && startsLowercase(line);
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

    /**
     * {@code SENTENCE_END.matcher(text).find()} without scanning the whole paragraph: only the last character
     * counts, unless the text ends with a line terminator, where {@code $} has rules of its own.
     */
    static boolean endsSentence(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (Lines.isBreak(last)) {
            return SENTENCE_END.matcher(text).find();
        }
        return switch (last) {
            case '.', '!', '?', ':', ';', '"', '\'', '\u201D', '\u2019', ')', ']' -> true;
            default -> false;
        };
    }

    /** What {@code ^\\p{Ll}} finds: the first code point is a lower-case letter. */
    static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.getType(text.codePointAt(0)) == Character.LOWERCASE_LETTER;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
