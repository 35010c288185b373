package org.infradigest.news;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.infradigest.domain.Article;

/**
 * What a reader found in one item before it becomes an {@link Article}: the common last steps (furniture
 * lines dropped, body joined, title cleaned, outlet from the URL, content key) live here once.
 */
record ArticleDraft(String title, LocalDate published, String url, String outlet, List<String> paragraphs) {

    private static final List<String> PLACEHOLDER_TITLES = List.of("(untitled)", "untitled", "no title", "(no title)");
    // The article table's column widths: a longer value would fail the whole chunk of the ingestNews step.
    static final int MAX_TITLE = 2000;
    static final int MAX_OUTLET = 500;
    static final int MAX_URL = 2048;

    /** The body the article will have; empty when nothing but furniture was left. */
    String body() {
        // the same as Paragraphs.join(FurnitureFilter.withoutFurnitureLines(paragraphs)), normalising once
        return Paragraphs.joinNormalised(FurnitureFilter.normalisedWithoutFurnitureLines(paragraphs));
    }

    Article toArticle(String file, String format) throws UnreadableInputException {
        String body = body();
        if (body.isEmpty()) {
            throw new UnreadableInputException("no article text found");
        }
        String cleanTitle = Paragraphs.normalise(title);
        if (PLACEHOLDER_TITLES.contains(cleanTitle.toLowerCase(Locale.ROOT))) {
            cleanTitle = "";
        }
        String cleanUrl = url == null || url.isBlank() ? null : url.strip();
        if (cleanUrl != null && cleanUrl.length() > MAX_URL) {
            // a shortened URL would point elsewhere, and the URL is what identifies the article
            throw new UnreadableInputException(String.format(Locale.ROOT,
                    "URL is %,d characters long, above the limit of %,d", cleanUrl.length(), MAX_URL));
        }
        String cleanOutlet = outlet == null || outlet.isBlank() ? hostOf(cleanUrl) : Paragraphs.normalise(outlet);
        return new Article(ArticleKey.of(cleanTitle, body), shortened(cleanTitle, MAX_TITLE), published, cleanUrl,
                shortened(cleanOutlet, MAX_OUTLET), file, format, body);
    }

    // A run-on first line taken as the title is still the same article: keep its start.
    private static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
