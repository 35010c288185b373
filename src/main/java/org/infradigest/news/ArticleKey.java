package org.infradigest.news;

import org.infradigest.input.ContentHash;

import java.text.Normalizer;
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
        // ASCII text, most articles, is folded straight into the bytes that are hashed.
        String titleText = title == null ? "" : title;
        String bodyText = body == null ? "" : body;
        byte[] key = new byte[titleText.length() + 1 + bodyText.length()];
        int length = foldAscii(titleText, key, 0);
        if (length >= 0) {
            key[length++] = '\n';
            int end = foldAscii(bodyText, key, length);
            if (end >= 0) {
                return ContentHash.of(key, 0, end);
            }
        }
        return ContentHash.of(normalised(title) + "\n" + normalised(body));
    }

    /**
     * Writes {@code normalised(text)} of ASCII text as bytes from {@code at} on, in one pass: letters lower-cased,
     * runs of {@code \\s} made one space, the ends stripped as {@link String#strip()} does (space, tab to
     * carriage return, and U+001C to U+001F); returns where the bytes end, or -1 at the first non-ASCII character.
     */
    private static int foldAscii(String text, byte[] out, int at) {
        int end = at;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            if (isAsciiSpace(c)) {
                while (i + 1 < length && isAsciiSpace(text.charAt(i + 1))) {
                    i++;
                }
                c = ' ';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (end == at && isStripped(c)) {
                continue;
            }
            out[end++] = (byte) c;
        }
        while (end > at && isStripped((char) out[end - 1])) {
            end--;
        }
        return end;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** What {@link String#strip()} takes off the ends, among ASCII characters. */
    private static boolean isStripped(char c) {
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
