package org.infradigest.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** Reads a data file that ships inside the application (a lexicon table); its absence is a packaging error. */
final class BundledResource {

    private BundledResource() {
    }

    static <T> T read(String resource, Function<InputStream, T> parser) {
        try (InputStream in = BundledResource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return parser.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
