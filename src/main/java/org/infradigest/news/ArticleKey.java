package org.infradigest.news;

import org.infradigest.input.ContentHash;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The content key of an article: SHA-256 (hex) of its title and body after case folding, Unicode
 * compatibility normalisation and whitespace collapsing. The same text arriving in two feeds, with
 * different markup, line breaks or capitalisation, therefore gets the same key.
 */
public final class ArticleKey {

    private ArticleKey() {
    }

    /** The key of an article with this title and body; nulls count as empty. */
    public static String of(String title, String body) {
        // SHA-256 of the UTF-8 of normalised(title) + "\n" + normalised(body), without building those strings:
        // ASCII text, most articles, is folded in place in its own UTF-8 bytes, which are then hashed. Its bytes
        // are as many as its characters; so are those of text with unpaired surrogates, which both ways hash as '?'.
        String titleText = title == null ? "" : title;
        String bodyText = body == null ? "" : body;
        byte[] titleBytes = titleText.getBytes(StandardCharsets.UTF_8);
        byte[] bodyBytes = bodyText.getBytes(StandardCharsets.UTF_8);
        if (titleBytes.length == titleText.length() && bodyBytes.length == bodyText.length()) {
            int titleEnd = foldAscii(titleBytes);
            byte[] head = Arrays.copyOf(titleBytes, titleEnd + 1);
            head[titleEnd] = '\n';
            return ContentHash.of(head, head.length, bodyBytes, foldAscii(bodyBytes));
        }
        return ContentHash.of(normalised(title) + "\n" + normalised(body));
    }

    /** ASCII folded: letters lower-cased, each white-space character ({@code \\s}) a space. */
    private static final byte[] FOLDED = new byte[128];

    static {
        for (int c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : isAsciiSpace((byte) c) ? ' ' : c);
        }
    }

    /**
     * Folds ASCII bytes in place into {@code normalised(text)}: letters lower-cased, runs of {@code \\s} made one
     * space, the ends stripped as {@link String#strip()} does (space, tab to carriage return, and U+001C to
     * U+001F); returns where the folded bytes end. Most text has no run of white space and no white space at its
     * ends: one pass without branches maps it and finds that out, and only other text goes through a second pass.
     */
    private static int foldAscii(byte[] bytes) {
        int length = bytes.length;
        int doubled = 0;
        int previousSpace = 0;
        for (int i = 0; i < length; i++) {
            byte c = FOLDED[bytes[i] & 0x7F]; // ASCII already: the mask only spares a bounds check
            bytes[i] = c;
            int space = ((c ^ ' ') - 1) >>> 31; // 1 for a space, else 0
            doubled |= space & previousSpace;
            previousSpace = space;
        }
        if (doubled == 0 && (length == 0 || !isStripped(bytes[0]) && !isStripped(bytes[length - 1]))) {
            return length;
        }
        return collapse(bytes);
    }

    /** Folded bytes with runs of spaces made one and the ends stripped, in place; returns where they end. */
    private static int collapse(byte[] bytes) {
        int end = 0;
        int length = bytes.length;
        for (int i = 0; i < length; i++) {
            byte c = bytes[i];
            if (c == ' ') {
                while (i + 1 < length && bytes[i + 1] == ' ') {
                    i++;
                }
            }
            if (end == 0 && isStripped(c)) {
                continue;
            }
            bytes[end++] = c; // end <= i: only bytes already read are overwritten
        }
        while (end > 0 && isStripped(bytes[end - 1])) {
            end--;
        }
        return end;
    }

    private static boolean isAsciiSpace(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** What {@link String#strip()} takes off the ends, among ASCII characters. */
    private static boolean isStripped(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }

    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String folded = nfkc(text).toLowerCase(Locale.ROOT);
        return collapseWhitespace(folded).strip();
    }

    /** NFKC leaves ASCII as it is, and most articles are ASCII: skip the normaliser's work for them. */
    private static String nfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    /** {@code [\\s\\p{Z}]+} replaced by one space, in one pass (keys must not change: same result). */
    static String collapseWhitespace(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < length && isSpace(text.charAt(end))) {
                    end++;
                }
                if (out == null) {
                    if (c == ' ' && end == i + 1) {
                        continue; // a single space stays as it is
                    }
                    out = new StringBuilder(length).append(text, 0, i);
                }
                out.append(' ');
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r'); // \\s: space, \t, \n, \u000B, \f, \r
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
