package org.infradigest.news;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which reader a file needs, from its extension and what its first bytes look like, and refuses
 * files that are no news at all (empty, binary, or of a format InfraDigest does not read).
 * Content wins over the extension when it is unambiguous: a feed saved as {@code .txt} is still a feed.
 */
final class FormatDetector {

    private static final int SNIFF_WINDOW = 8192;
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final Set<String> FEED_EXTENSIONS = Set.of("xml", "rss", "atom", "rdf");
    private static final Set<String> JSON_EXTENSIONS = Set.of("jsonl", "ndjson", "json");

    /** Prolog pieces before the root element: XML declaration, processing instructions, comments, doctype. */
    private static final Pattern PROLOG = Pattern.compile(
            "\\A(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!doctype\\s[^\\[>]*(?:\\[.*?\\])?\\s*>)*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOT_ELEMENT = Pattern.compile("\\A<([a-z][a-z0-9:_-]*)", Pattern.CASE_INSENSITIVE);

    private FormatDetector() {
    }

    static NewsFormat detect(String fileName, byte[] bytes) throws UnreadableInputException {
        // matched without regard to ASCII case rather than lower-cased: a copy of 8 KB for every file
        String head = TextDecoder.head(bytes, SNIFF_WINDOW);
        if (isBlank(head, bytes)) {
            throw new UnreadableInputException("empty file");
        }
        String binaryKind = BinarySignature.of(bytes);
        if (binaryKind != null) {
            throw new UnreadableInputException("binary content (" + binaryKind + "), not a news article");
        }
        String root = rootElement(head);
        String extension = extension(fileName);
        if (isFeedRoot(root)) {
            return NewsFormat.FEED;
        }
        if (isHtmlRoot(root, head)) {
            return NewsFormat.HTML;
        }
        if (TEXT_EXTENSIONS.contains(extension)) {
            return NewsFormat.TEXT;
        }
        if (HTML_EXTENSIONS.contains(extension)) {
            return NewsFormat.HTML;
        }
        if (FEED_EXTENSIONS.contains(extension)) {
            // let the feed reader say what is wrong with it: an XML file here is meant to be a feed
            return NewsFormat.FEED;
        }
        if (JSON_EXTENSIONS.contains(extension) || head.startsWith("{", firstNonBlank(head))) {
            return NewsFormat.JSON_LINES;
        }
        throw new UnreadableInputException("unknown format: "
                + (extension.isEmpty() ? "no file extension" : "extension '." + extension + "'")
                + " and the content is neither HTML, an RSS or Atom feed nor JSON lines"
                + " (news files are .txt, .html, .htm, .xml, .rss, .atom, .jsonl or .ndjson)");
    }

    static String extension(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String rootElement(String head) {
        Matcher prolog = PROLOG.matcher(head);
        int start = prolog.lookingAt() ? prolog.end() : 0;
        Matcher root = ROOT_ELEMENT.matcher(head).region(start, head.length());
        return root.lookingAt() ? root.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isFeedRoot(String root) {
        return root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf");
    }

    private static boolean isHtmlRoot(String root, String head) {
        return root.equals("html") || root.equals("head") || root.equals("body")
                || head.regionMatches(true, firstNonBlank(head), "<!doctype html", 0, "<!doctype html".length());
    }

    /** Where {@link String#stripLeading()} would start the text. */
    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** @param head {@code TextDecoder.head(bytes, SNIFF_WINDOW)} */
    private static boolean isBlank(String head, byte[] bytes) {
        if (!head.isBlank()) {
            return false;
        }
        return bytes.length <= SNIFF_WINDOW || TextDecoder.head(bytes, bytes.length).isBlank();
    }
}
