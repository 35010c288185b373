package org.infradigest.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the small fixture files under src/test/resources/news. */
final class NewsFixtures {

    private NewsFixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = NewsFixtures.class.getResourceAsStream("/news/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture news/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
