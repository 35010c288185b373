package org.infradigest.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 64-bit hash articles are looked up by (content key, URL): the first 8 bytes of SHA-256 of the text's UTF-8,
 * read as a signed big-endian number. H2 computes the same for the article table's {@code key_hash} and
 * {@code url_hash} columns (migration V14) as each row is written; lookups compare the full text after it.
 */
final class ArticleLookupHash {

    private ArticleLookupHash() {
    }

    static long of(String text) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        long hash = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            hash = (hash << 8) | (digest[i] & 0xFF);
        }
        return hash;
    }
}
