package org.infradigest.news;

import org.infradigest.input.ContentHash;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The content key of an article: SHA-256 (hex) of its title and body after case folding, Unicode
 * compatibility normalisation and whitespace collapsing. The same text arriving in two feeds, with
 * different markup, line breaks or capitalisation, therefore gets the same key.
 */
public final class ArticleKey {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

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
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }
}
