package org.infradigest.news;

import java.util.Locale;
import java.util.Optional;

import org.infradigest.domain.Reject;

/**
 * The entry point of news ingestion for one file: picks the format from the extension and the content,
 * decodes the text (byte-order mark, declared charset, else detection) and hands it to the reader for
 * that format. It never throws on bad input and never logs it: an empty, binary, oversized, undecodable
 * or malformed file becomes a {@link Reject} of step {@value #STEP} with the reason.
 * Plain Java without file IO: the caller reads the bytes (after {@link #checkSize}).
 */
public final class NewsFileParser {

    /** The step name rejects carry. */
    public static final String STEP = "ingestNews";
    /** Files above this size are refused unless configured otherwise: no news article is that big. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;
    private final PlainTextArticleReader textReader = new PlainTextArticleReader();
    private final HtmlArticleReader htmlReader = new HtmlArticleReader();
    private final FeedArticleReader feedReader = new FeedArticleReader();
    private final JsonLinesArticleReader jsonLinesReader = new JsonLinesArticleReader();

    public NewsFileParser() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes largest file accepted, in bytes */
    public NewsFileParser(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * A reject when a file of this size must be refused; lets the caller skip reading a huge file at all.
     */
    public Optional<Reject> checkSize(String fileName, long sizeInBytes) {
        if (sizeInBytes <= maxBytes) {
            return Optional.empty();
        }
        return Optional.of(reject(fileName, null, String.format(Locale.ROOT, "file is too large: %,d bytes, above the limit of %,d bytes",
                sizeInBytes, maxBytes)));
    }

    /** The articles in the file, and a reject for each part that could not be read. */
    public ParseResult parse(String fileName, byte[] content) {
        if (content == null) {
            return ParseResult.rejected(reject(fileName, null, "empty file"));
        }
        Optional<Reject> tooLarge = checkSize(fileName, content.length);
        if (tooLarge.isPresent()) {
            return ParseResult.rejected(tooLarge.get());
        }
        try {
            NewsFormat format = FormatDetector.detect(fileName, content);
            String text = TextDecoder.decode(content, format);
            return switch (format) {
                case TEXT -> textReader.read(fileName, text);
                case HTML -> htmlReader.read(fileName, text);
                case FEED -> feedReader.read(fileName, text);
                case JSON_LINES -> jsonLinesReader.read(fileName, text);
            };
        } catch (UnreadableInputException unreadable) {
            return ParseResult.rejected(reject(fileName, unreadable));
        } catch (RuntimeException | StackOverflowError unexpected) {
            // a library choking on hostile input is still bad input, not a reason to stop the run
            return ParseResult.rejected(reject(fileName, null, "could not read the file: "
                    + unexpected.getClass().getSimpleName()
                    + (unexpected.getMessage() == null ? "" : " (" + unexpected.getMessage().lines().findFirst().orElse("") + ")")));
        }
    }

    static Reject reject(String fileName, String location, String reason) {
        return new Reject(STEP, fileName, location, reason);
    }

    static Reject reject(String fileName, UnreadableInputException unreadable) {
        return reject(fileName, unreadable.location(), unreadable.getMessage());
    }
}
