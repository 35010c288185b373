package org.infradigest.news;

import java.time.LocalDate;
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
import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.jdom2.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

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
        DatedFeed dated;
        try {
            dated = parse(xml);
        } catch (FeedException | RuntimeException malformed) {
            return ParseResult.rejected(NewsFileParser.reject(fileName, null, "malformed feed: " + reason(malformed)));
        }
        SyndFeed feed = dated.feed();
        String format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        String itemName = format.equals("atom") ? "entry" : "item";
        List<Article> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int index = 0; index < entries.size(); index++) {
            SyndEntry entry = entries.get(index);
            LocalDate published = dated.days() != null ? dated.days().get(index) : romeDay(entry);
            try {
                articles.add(draft(entry, published).toArticle(fileName, format));
            } catch (UnreadableInputException unreadable) {
                rejects.add(NewsFileParser.reject(fileName, itemName + " " + (index + 1), unreadable.getMessage()));
            }
        }
        if (entries.isEmpty()) {
            rejects.add(NewsFileParser.reject(fileName, null, "the feed has no " + (format.equals("atom") ? "entries" : "items")));
        }
        return ParseResult.of(articles, rejects);
    }

    /** A feed with the day of each entry, or with {@code days} null where Rome's entry dates are to be used. */
    private record DatedFeed(SyndFeed feed, List<LocalDate> days) {
    }

    private static DatedFeed parse(String xml) throws FeedException {
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
    private static DatedFeed parse(String xml, boolean heal) throws FeedException {
        FeedInput input = new FeedInput(heal);
        Document document = input.document(xml);
        List<LocalDate> days = FeedItemDates.take(document);
        SyndFeed feed = input.feed(document);
        if (days.size() == feed.getEntries().size()) {
            return new DatedFeed(feed, days);
        }
        // items where Rome does not look for them (an item inside an extension): the days cannot be lined up with
        // Rome's entries, so Rome reads the feed again with its dates left in
        return new DatedFeed(input.feed(input.document(xml)), null);
    }

    /** Rome's instant lost the publisher's offset: its UTC day is only the fallback. */
    private static LocalDate romeDay(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return FeedItemDates.utcDay(date);
    }

    private static ArticleDraft draft(SyndEntry entry, LocalDate published) {
        String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text();
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
        Element body = Jsoup.parseBodyFragment(value).body();
        FurnitureFilter.clean(body);
        return HtmlParagraphs.of(body);
    }

    private static String reason(Exception malformed) {
        String message = malformed.getMessage() == null ? malformed.getClass().getSimpleName() : malformed.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
            return "DOCTYPE declarations are not allowed (they can pull in external files or expand entities)";
        }
        return message.lines().findFirst().orElse(message);
    }
}
