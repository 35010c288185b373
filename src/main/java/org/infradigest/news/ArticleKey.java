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
        return ContentHash.of(normalised(title) + "\n" + normalised(body));
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
