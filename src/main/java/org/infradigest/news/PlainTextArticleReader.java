package org.infradigest.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.domain.Reject;

/**
 * Reads a plain-text article. It may open with a header block of {@code Title:}, {@code Date:} (ISO date),
 * {@code URL:} and {@code Source:} lines ended by a blank line; the body follows. Without a header, like
 * the seed, the first line is the title, the rest the body, and the date is unknown. A header block
 * without a {@code Title:} line leaves the title empty: its first line is already the story.
 */
public final class PlainTextArticleReader {

    static final String FORMAT = "text";
    private static final Pattern HEADER_LINE =
            Pattern.compile("^\\s*(title|date|url|source)\\s*:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);

    /** The article in the text, or a reject saying why there is none; a bad Date line is a reject too. */
    public ParseResult read(String fileName, String text) {
        List<String> lines = Lines.of(text.stripTrailing());
        int firstLine = 0;
        while (firstLine < lines.size() && lines.get(firstLine).isBlank()) {
            firstLine++;
        }
        Header header = Header.read(lines, firstLine);
        List<Reject> rejects = new ArrayList<>();
        LocalDate published = null;
        if (header.date != null) {
            Optional<LocalDate> date = PublicationDates.parse(header.date);
            if (date.isPresent()) {
                published = date.get();
            } else {
                rejects.add(NewsFileParser.reject(fileName, "line " + header.dateLine,
                        "Date header '" + header.date + "' is not a date (expected YYYY-MM-DD); article kept undated"));
            }
        }
        List<String> bodyLines = lines.subList(header.bodyStart, lines.size());
        String title = header.title;
        if (!header.present) {
            title = bodyLines.isEmpty() ? "" : bodyLines.getFirst();
            bodyLines = bodyLines.subList(Math.min(1, bodyLines.size()), bodyLines.size());
        }
        // the body lines as they are: joining them with \n only for ofPlainText to split them again gives the same
        ArticleDraft draft = new ArticleDraft(title, published, header.url, header.source,
                Paragraphs.ofPlainText(bodyLines));
        try {
            return ParseResult.of(List.of(draft.toArticle(fileName, FORMAT)), rejects);
        } catch (UnreadableInputException unreadable) {
            rejects.add(NewsFileParser.reject(fileName, unreadable));
            return ParseResult.of(List.of(), rejects);
        }
    }

    /** The header block: the leading run of known {@code Name: value} lines. */
    private static final class Header {
        private boolean present;
        private String title = "";
        private String date;
        private int dateLine;
        private String url;
        private String source;
        private int bodyStart;

        static Header read(List<String> lines, int firstLine) {
            Header header = new Header();
            int index = firstLine;
            while (index < lines.size()) {
                Matcher matcher = HEADER_LINE.matcher(lines.get(index));
                if (!matcher.matches()) {
                    break;
                }
                header.present = true;
                String value = matcher.group(2);
                switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
                    case "title" -> header.title = value;
                    case "date" -> {
                        header.date = value;
                        header.dateLine = index + 1;
                    }
                    case "url" -> header.url = value;
                    default -> header.source = value;
                }
                index++;
            }
            header.bodyStart = index;
            return header;
        }
    }
}
