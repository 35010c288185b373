package org.infradigest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The body text contract shared by every reader: paragraphs separated by a newline, whitespace
 * collapsed, HTML entities decoded, no empty paragraphs. Table rows stay {@code |cell} lines.
 */
final class Paragraphs {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'”’)\\]]$");
    private static final Pattern STARTS_LOWERCASE = Pattern.compile("^\\p{Ll}");

    private Paragraphs() {
    }

    /** One paragraph's text on one line: invisible characters dropped, runs of whitespace made one space. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decoded = ENTITY.matcher(text).find() ? Parser.unescapeEntities(text, false) : text;
        String visible = CONTROL.matcher(INVISIBLE.matcher(decoded).replaceAll("")).replaceAll(" ");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** Joins paragraphs into a body, normalising each and leaving out the empty ones. */
    static String join(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String clean = normalise(paragraph);
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        return String.join("\n", kept);
    }

    /**
     * Paragraphs of plain text: each line is one, except that a line that stops mid-sentence and is
     * followed by a lower-case continuation is joined to it, which undoes hard wrapping.
     */
    static List<String> ofPlainText(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : text.split("\\R", -1)) {
            String line = normalise(rawLine);
            if (line.isEmpty()) {
                flush(current, paragraphs);
                continue;
            }
            boolean continues = !current.isEmpty() && !line.startsWith("|") && current.charAt(0) != '|'
                    && !SENTENCE_END.matcher(current).find() && STARTS_LOWERCASE.matcher(line).find();
            if (continues) {
                current.append(' ').append(line);
            } else {
                flush(current, paragraphs);
                current.append(line);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
