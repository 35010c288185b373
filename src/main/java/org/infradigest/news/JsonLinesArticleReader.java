package org.infradigest.news;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.infradigest.text.Lines;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads news-please output, one JSON object per line: {@code title}, {@code maintext},
 * {@code date_publish} ({@code 2024-12-13 08:00:00} or ISO), {@code url}, {@code source_domain}.
 * A line that is not valid JSON, or has no text, is a reject with its line number; the other lines are
 * still read. A file whose whole content is one JSON object or array (news-please's {@code .json}
 * layout) is read as that.
 */
public final class JsonLinesArticleReader {

    static final String FORMAT = "jsonl";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REASON = 160;

    /** The articles of the file, and a reject per line that could not be read. */
    public ParseResult read(String fileName, String text) {
        if (FormatDetector.extension(fileName).equals("json")) {
            Optional<JsonNode> whole = wholeDocument(text);
            if (whole.isPresent()) {
                return readNodes(fileName, whole.get());
            }
        }
        List<Article> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<String> lines = Lines.withTrailing(text);
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).isBlank()) {
                continue;
            }
            String location = "line " + (index + 1);
            try {
                articles.add(article(fileName, JSON.readTree(lines.get(index)), location, rejects));
            } catch (JacksonException invalid) {
                rejects.add(NewsFileParser.reject(fileName, location,
                        "invalid JSON on line " + (index + 1) + ": " + shortReason(invalid)));
            } catch (UnreadableInputException unreadable) {
                rejects.add(NewsFileParser.reject(fileName, location, unreadable.getMessage()));
            }
        }
        return ParseResult.of(articles, rejects);
    }

    private static ParseResult readNodes(String fileName, JsonNode root) {
        List<Article> articles = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<JsonNode> items = root.isArray() ? List.copyOf(root.values()) : List.of(root);
        for (int index = 0; index < items.size(); index++) {
            String location = "item " + (index + 1);
            try {
                articles.add(article(fileName, items.get(index), location, rejects));
            } catch (UnreadableInputException unreadable) {
                rejects.add(NewsFileParser.reject(fileName, location, unreadable.getMessage()));
            }
        }
        return ParseResult.of(articles, rejects);
    }

    private static Article article(String fileName, JsonNode node, String location, List<Reject> rejects)
            throws UnreadableInputException {
        if (!node.isObject()) {
            throw new UnreadableInputException(location + " is not a JSON object");
        }
        String body = firstString(node, "maintext", "text", "description");
        if (body == null || body.isBlank()) {
            throw new UnreadableInputException(location + " has no text (maintext is missing or empty)");
        }
        String dateValue = firstString(node, "date_publish", "date_modify");
        LocalDate published = PublicationDates.parse(dateValue).orElse(null);
        if (dateValue != null && !dateValue.isBlank() && published == null) {
            rejects.add(NewsFileParser.reject(fileName, location,
                    "date_publish '" + dateValue + "' is not a date; article kept undated"));
        }
        ArticleDraft draft = new ArticleDraft(firstString(node, "title", "title_page", "title_rss"), published,
                firstString(node, "url"), firstString(node, "source_domain"), Paragraphs.ofPlainText(body));
        return draft.toArticle(fileName, FORMAT);
    }

    private static Optional<JsonNode> wholeDocument(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            return root != null && (root.isObject() || root.isArray()) ? Optional.of(root) : Optional.empty();
        } catch (JacksonException notOneDocument) {
            return Optional.empty();
        }
    }

    private static String firstString(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isString() && !value.stringValue().isBlank()) {
                return value.stringValue();
            }
        }
        return null;
    }

    private static String shortReason(JacksonException invalid) {
        String message = invalid.getOriginalMessage() == null ? "unreadable" : invalid.getOriginalMessage();
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() <= MAX_REASON ? firstLine : firstLine.substring(0, MAX_REASON) + "...";
    }
}
