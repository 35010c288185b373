package org.infradigest.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads one article from an HTML page: metadata from the head and JSON-LD, the body from
 * {@code [itemprop=articleBody]}, the richest {@code <article>} or else the block with the most paragraph
 * text, after the page furniture is gone. A page without a published date in its metadata is dated by a
 * {@code <time datetime>} in the article or by its dateline ("June 11, 2022, 14:14 (Xinhua)").
 */
public final class HtmlArticleReader {

    static final String FORMAT = "html";
    /** Datelines open an article: a date further down, or late in a sentence, is about something else. */
    private static final int DATELINE_PARAGRAPHS = 3;
    private static final int DATELINE_LENGTH = 60;
    // Selectors parsed once (see Selectors)
    private static final Evaluator MARKED_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator PARAGRAPH_OR_CELL = QueryParser.parse("p, td");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");

    /** The article on the page, or a reject saying why there is none. */
    public ParseResult read(String fileName, String html) {
        try {
            return ParseResult.of(List.of(article(fileName, html)), truncated(fileName, html));
        } catch (UnreadableInputException unreadable) {
            return ParseResult.rejected(NewsFileParser.reject(fileName, unreadable));
        }
    }

    // A page that opens <html> or <body> but never closes either was most likely cut off in transfer: what is
    // there is read, and the reject says the article may be incomplete.
    // Searched ignoring ASCII case, which is what lower-casing the page and searching it came to: no other
    // character lower-cases to any of these.
    private static List<Reject> truncated(String fileName, String html) {
        boolean opened = AsciiCase.contains(html, "<html") || AsciiCase.contains(html, "<body");
        if (!opened || AsciiCase.contains(html, "</html") || AsciiCase.contains(html, "</body")) {
            return List.of();
        }
        return List.of(NewsFileParser.reject(fileName, null,
                "page ends before </body> and </html>: it may be cut off; the text up to there was read"));
    }

    private static Article article(String fileName, String html) throws UnreadableInputException {
        Document page = Jsoup.parse(html);
        HtmlMetadata metadata = HtmlMetadata.of(page);
        FurnitureFilter.clean(page.body());
        Element body = articleBody(page);
        // the headline is the title, not the body's first paragraph
        body.select(Selectors.HEADLINE).remove();
        List<String> paragraphs = HtmlParagraphs.of(body);
        LocalDate published = Optional.ofNullable(metadata.published())
                .or(() -> timeElement(body))
                .or(() -> dateline(paragraphs))
                .orElse(null);
        return new ArticleDraft(metadata.title(), published, metadata.url(), metadata.outlet(), paragraphs)
                .toArticle(fileName, FORMAT);
    }

    private static Element articleBody(Document page) {
        Element marked = page.selectFirst(MARKED_BODY);
        if (marked != null && marked.hasText()) {
            return marked;
        }
        Element richestArticle = null;
        for (Element article : page.select(Selectors.ARTICLE)) {
            if (richestArticle == null || paragraphText(article) > paragraphText(richestArticle)) {
                richestArticle = article;
            }
        }
        if (richestArticle != null && richestArticle.hasText()) {
            return richestArticle;
        }
        return densestParagraphBlock(page.body());
    }

    /** The element whose own paragraphs hold the most text: where the story is on a page without markers. */
    private static Element densestParagraphBlock(Element pageBody) {
        Element best = pageBody;
        int bestText = 0;
        for (Element paragraph : pageBody.select(Selectors.PARAGRAPH)) {
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            int text = parent.children().stream()
                    .filter(child -> child.normalName().equals("p"))
                    .mapToInt(child -> child.text().length())
                    .sum();
            if (text > bestText) {
                best = parent;
                bestText = text;
            }
        }
        return best;
    }

    private static int paragraphText(Element element) {
        return element.select(PARAGRAPH_OR_CELL).stream().mapToInt(p -> p.text().length()).sum();
    }

    private static Optional<LocalDate> timeElement(Element body) {
        Element time = body.selectFirst(TIME);
        return time == null ? Optional.empty() : PublicationDates.parse(time.attr("datetime"));
    }

    private static Optional<LocalDate> dateline(List<String> paragraphs) {
        return paragraphs.stream().limit(DATELINE_PARAGRAPHS)
                .map(paragraph -> paragraph.substring(0, Math.min(paragraph.length(), DATELINE_LENGTH)))
                .map(PublicationDates::find)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
