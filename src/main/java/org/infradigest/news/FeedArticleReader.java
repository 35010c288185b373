package org.infradigest.news;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: each item or entry is an article, its body from
 * {@code content:encoded} or the Atom content, else the description, with the HTML reduced to paragraphs.
 * Documents with a DOCTYPE are refused: external entities and entity expansion ("billion laughs") are
 * never resolved, whatever the XML parser's defaults.
 */
public final class FeedArticleReader {

    private static final Pattern WEB_URI = Pattern.compile("(?i)https?://.+");

    /** The articles of the feed and a reject for every item without text, or one for a feed it cannot parse. */
    public ParseResult read(String fileName, String xml) {
        SyndFeed feed;
        try {
            feed = parse(xml);
        } catch (FeedException | RuntimeException malformed) {
            return ParseResult.rejected(NewsFileParser.reject(fileName, null, "malformed feed: " + reason(malformed)));
        }
        String format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        String itemName = format.equals("atom") ? "entry" : "item";
        List<Article> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        List<LocalDate> localDays = FeedItemDates.of(xml);
        for (int index = 0; index < entries.size(); index++) {
            // the raw dates line up with Rome's entries only when both saw the same items
            LocalDate localDay = localDays.size() == entries.size() ? localDays.get(index) : null;
            try {
                articles.add(draft(entries.get(index), localDay).toArticle(fileName, format));
            } catch (UnreadableInputException unreadable) {
                rejects.add(NewsFileParser.reject(fileName, itemName + " " + (index + 1), unreadable.getMessage()));
            }
        }
        if (entries.isEmpty()) {
            rejects.add(NewsFileParser.reject(fileName, null, "the feed has no " + (format.equals("atom") ? "entries" : "items")));
        }
        return ParseResult.of(articles, rejects);
    }

    private static SyndFeed parse(String xml) throws FeedException {
        try {
            return parse(xml, false);
        } catch (ParsingFeedException notWellFormed) {
            return parse(xml, true);
        }
    }

    /**
     * @param heal whether Rome's XML healer repairs the text first (HTML entities such as {@code &nbsp;}, a stray
     *             {@code &}, blanks before the XML declaration). It reads the feed a character at a time, about
     *             half of Rome's time on the benchmark's well-formed feeds, so it is only called in when a strict
     *             parse fails; on a feed that parses strictly it would change nothing that reaches an article.
     */
    private static SyndFeed parse(String xml, boolean heal) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        // no DOCTYPE, hence no external entity and no entity expansion; feeds have no use for either
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(heal);
        return input.build(new StringReader(xml));
    }

    private static ArticleDraft draft(SyndEntry entry, LocalDate localDay) {
        String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text();
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        // Rome's instant lost the publisher's offset: its UTC day is only the fallback
        LocalDate published = localDay != null ? localDay
                : date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        String link = entry.getLink();
        if ((link == null || link.isBlank()) && entry.getUri() != null && WEB_URI.matcher(entry.getUri()).matches()) {
            link = entry.getUri();
        }
        return new ArticleDraft(title, published, link, null, paragraphs(entry));
    }

    private static List<String> paragraphs(SyndEntry entry) {
        List<String> paragraphs = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            paragraphs.addAll(paragraphs(content));
        }
        if (paragraphs.isEmpty() && entry.getDescription() != null) {
            paragraphs.addAll(paragraphs(entry.getDescription()));
        }
        return paragraphs;
    }

    private static List<String> paragraphs(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return Paragraphs.ofPlainText(value);
        }
        Document fragment = Jsoup.parseBodyFragment(value);
        FurnitureFilter.clean(fragment.body());
        return HtmlParagraphs.of(fragment.body());
    }

    private static String reason(Exception malformed) {
        String message = malformed.getMessage() == null ? malformed.getClass().getSimpleName() : malformed.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
            return "DOCTYPE declarations are not allowed (they can pull in external files or expand entities)";
        }
        return message.lines().findFirst().orElse(message);
    }
}
