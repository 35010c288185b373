package org.infradigest.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.infradigest.input.ContentHash;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The 64-bit hashes articles are looked up by: the first 8 bytes of SHA-256 of the text's UTF-8, read as a signed
 * big-endian number. H2 computes the same for the article table's {@code key_hash} (the content key's) and
 * {@code locator_hash} (the URL's, or the file's for an article without URL) as each row is written (migration
 * V14); lookups compare the full text after it.
 */
final class ArticleLookupHash {

    private ArticleLookupHash() {
    }

    /**
     * Runs {@code select + " IN (...)"} with the texts' hashes ({@code select} ends with the hash column) and hands
     * on only the rows whose first column is one of the texts, not another text with the same hash.
     */
    static void query(JdbcTemplate jdbc, String select, List<String> texts, RowCallbackHandler rows) {
        Set<String> wanted = new HashSet<>(texts);
        InLists.query(jdbc, select, texts.stream().map(ArticleLookupHash::of).distinct().toList(), rs -> {
            if (wanted.contains(rs.getString(1))) {
                rows.processRow(rs);
            }
        });
    }

    /** The locator hash of an article without URL, from this file. */
    static long ofFile(String file) {
        return of("file:" + file);
    }

    static long of(String text) {
        byte[] digest = ContentHash.digest(text);
        long hash = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            hash = (hash << 8) | (digest[i] & 0xFF);
        }
        return hash;
    }
}
