package org.infradigest.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiPredicate;

import org.infradigest.domain.Reject;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one news file (bounded in size), skips it when the ledger already has these exact bytes, and
 * otherwise parses it into articles and rejects. Unreadable files become rejects, never exceptions.
 */
public class NewsFileProcessor implements ItemProcessor<InputFile, IngestedFile> {

    private final NewsParser parser;
    private final BiPredicate<String, String> alreadyRead;
    private final long maxBytes;

    /**
     * @param alreadyRead tells whether a file (path, sha256) was read before with the same content
     * @param maxBytes    files above this size are rejected without being decoded
     */
    public NewsFileProcessor(NewsParser parser, BiPredicate<String, String> alreadyRead, long maxBytes) {
        this.parser = parser;
        this.alreadyRead = alreadyRead;
        this.maxBytes = maxBytes;
    }

    @Override
    public IngestedFile process(InputFile file) {
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > maxBytes) {
                return rejected(file, size, "file is " + size + " bytes, above the limit of " + maxBytes
                        + " bytes (infradigest.news.max-file-bytes)");
            }
            bytes = readAtMost(file, maxBytes);
        } catch (NoSuchFileException e) {
            return rejected(file, 0, "file disappeared before it could be read");
        } catch (IOException e) {
            return rejected(file, 0, "file cannot be read: " + e.getMessage());
        }
        String sha = sha256(bytes);
        if (alreadyRead.test(file.path().toString(), sha)) {
            return null; // unchanged since a previous run: nothing new to read
        }
        ParseResult parsed = parser.parse(file.name(), bytes);
        String kind = parsed.articles().isEmpty() ? "rejected" : parsed.articles().getFirst().format();
        return new IngestedFile(file, sha, bytes.length, kind, parsed.articles(), parsed.rejects());
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
                List.of(new Reject(NewsInputScanner.STEP, file.name(), "", reason)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
