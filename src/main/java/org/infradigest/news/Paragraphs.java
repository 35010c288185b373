package org.infradigest.news;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    // isNormalAscii reads a line's bytes eight at a time
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final long LOW_SEVEN = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long SPACES = 0x2020_2020_2020_2020L;

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
     * between them. Most lines are, and a pass over the text's UTF-8 bytes tells for less than
     * {@link #normaliseChars} costs. Bytes as many as characters mean ASCII, or unpaired surrogates among it, which
     * normalising keeps and whose byte '?' is printable too.
     */
    static boolean isNormalAscii(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != length || bytes[0] == ' ' || bytes[length - 1] == ' ') {
            return false;
        }
        if (length < Long.BYTES) {
            return isNormalAsciiShort(bytes);
        }
        // Eight bytes at a time: a byte at a time took twice as long, and this runs on every line of every article.
        // A high bit set in a word's flags marks a control or DEL, or a space followed by another.
        long odd = 0;
        long previousSpaces = 0;
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long word = (long) WORDS.get(bytes, i);
            long spaces = zeroBytes(word ^ SPACES);
            odd |= controlOrDel(word) | (spaces & (spaces >>> 8 | previousSpaces >>> 56));
            previousSpaces = spaces;
        }
        if (i < length) {
            // the last eight bytes, again in part: every pair of neighbours among them is inside the word
            long word = (long) WORDS.get(bytes, length - Long.BYTES);
            long spaces = zeroBytes(word ^ SPACES);
            odd |= controlOrDel(word) | (spaces & (spaces >>> 8));
        }
        return (odd & HIGH_BITS) == 0;
    }

    /**
     * 0x80 in some byte if one of the word's ASCII bytes is below a space or is DEL, else no high bit: a borrow
     * can set a higher byte's bit too, but only above a byte that is one.
     */
    private static long controlOrDel(long word) {
        long del = word ^ LOW_SEVEN;
        return ((word - SPACES) & ~word) | ((del - LOW_BITS) & ~del);
    }

    /** 0x80 in exactly the bytes of the word that are zero. */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN) + LOW_SEVEN) | word | LOW_SEVEN);
    }

    private static boolean isNormalAsciiShort(byte[] bytes) {
        boolean previousSpace = false;
        for (byte c : bytes) {
            boolean space = c == ' ';
            if (c < ' ' || c == 0x7F || space && previousSpace) {
                return false;
            }
            previousSpace = space;
        }
        return true;
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
