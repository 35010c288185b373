package org.infradigest.news;

import org.infradigest.input.ContentHash;
import org.infradigest.input.InputFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.infradigest.domain.Article;
import org.infradigest.domain.Reject;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one news file (bounded in size), skips it when the ledger already has these exact bytes, and
 * otherwise parses it into articles and rejects. Unreadable files become rejects, never exceptions.
 */
public class NewsFileProcessor implements ItemProcessor<InputFile, IngestedFile> {

    private static final ArticleDeduplicator DEDUPLICATOR = new ArticleDeduplicator();

    private final NewsFileParser parser;
    private final BiPredicate<String, String> alreadyRead;

    /**
     * @param parser      reads the formats; its size limit also bounds what is read from disk
     * @param alreadyRead tells whether a file (path, sha256) was read before with the same content
     */
    public NewsFileProcessor(NewsFileParser parser, BiPredicate<String, String> alreadyRead) {
        this.parser = parser;
        this.alreadyRead = alreadyRead;
    }

    @Override
    public IngestedFile process(InputFile file) {
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            Optional<Reject> tooLarge = parser.checkSize(file.name(), size);
            if (tooLarge.isPresent()) {
                return new IngestedFile(file, null, size, "rejected", List.of(), List.of(tooLarge.get()));
            }
            bytes = readAtMost(file, parser.maxBytes());
        } catch (NoSuchFileException e) {
            return rejected(file, 0, "file disappeared before it could be read");
        } catch (IOException e) {
            return rejected(file, 0, "file cannot be read: " + e.getMessage());
        }
        String sha = ContentHash.of(bytes);
        if (alreadyRead.test(file.path().toString(), sha)) {
            return null; // unchanged since a previous run: nothing new to read
        }
        ParseResult parsed = parser.parse(file.name(), bytes);
        List<Article> articles = DEDUPLICATOR.deduplicate(parsed.articles()).kept();
        String kind = articles.isEmpty() ? "rejected" : articles.getFirst().format();
        return new IngestedFile(file, sha, bytes.length, kind, articles, parsed.rejects());
    }

    private static byte[] readAtMost(InputFile file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > maxBytes) {
                throw new IOException("file grew above the limit of " + maxBytes + " bytes while being read");
            }
            return bytes;
        }
    }

    private static IngestedFile rejected(InputFile file, long size, String reason) {
        return new IngestedFile(file, null, size, "rejected", List.of(),
                List.of(new Reject(NewsFileParser.STEP, file.name(), "", reason)));
    }
}
