package org.infradigest.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infradigest.domain.Reject;
import org.infradigest.text.Lines;

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
    private static final List<String> HEADER_NAMES = List.of("title", "date", "url", "source");

    /** The article in the text, or a reject saying why there is none; a bad Date line is a reject too. */
    public ParseResult read(String fileName, String text) {
        List<String> lines = Lines.withTrailing(text.stripTrailing());
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
                String[] nameAndValue = headerLine(lines.get(index));
                if (nameAndValue == null) {
                    break;
                }
                header.present = true;
                String value = nameAndValue[1];
                switch (nameAndValue[0]) {
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

    /**
     * What {@link #HEADER_LINE} matches in the line: the lower-cased name and the value, or null. Read by hand
     * for a line without line ends (every line here), where {@code \\s} is space, tab, VT or FF, the pattern
     * ignores the case of ASCII letters only, and the lazy value ends where only spaces follow.
     */
    static String[] headerLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Lines.isBreak(line.charAt(i))) {
                Matcher matcher = HEADER_LINE.matcher(line);
                return matcher.matches()
                        ? new String[] {matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2)} : null;
            }
        }
        int at = skipSpaces(line, 0);
        String name = null;
        for (String candidate : HEADER_NAMES) {
            if (asciiIgnoringCase(line, at, candidate)) {
                name = candidate;
                break;
            }
        }
        if (name == null) {
            return null;
        }
        at = skipSpaces(line, at + name.length());
        if (at == line.length() || line.charAt(at) != ':') {
            return null;
        }
        int valueStart = skipSpaces(line, at + 1);
        int valueEnd = line.length();
        while (valueEnd > valueStart && isSpace(line.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        return new String[] {name, line.substring(valueStart, valueEnd)};
    }

    private static int skipSpaces(String line, int from) {
        int at = from;
        while (at < line.length() && isSpace(line.charAt(at))) {
            at++;
        }
        return at;
    }

    /** {@code \\s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Not regionMatches(true, ...), which also folds non-ASCII letters such as the Kelvin sign. */
    private static boolean asciiIgnoringCase(String line, int at, String lowerName) {
        if (at + lowerName.length() > line.length()) {
            return false;
        }
        for (int i = 0; i < lowerName.length(); i++) {
            char c = line.charAt(at + i);
            if (c != lowerName.charAt(i) && c + ('a' - 'A') != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
