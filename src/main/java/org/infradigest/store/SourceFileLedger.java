package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers the hash of every input file read, so an unchanged file is not parsed again and a changed one
 * is. Updated in the same transaction as the rows read from the file, so a crash never leaves them apart.
 */
public class SourceFileLedger {

    private final JdbcTemplate jdbc;

    public SourceFileLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isUnchanged(String path, String sha256) {
        List<String> known = jdbc.queryForList("SELECT sha256 FROM source_file WHERE path = ?", String.class, path);
        return !known.isEmpty() && known.getFirst().equals(sha256);
    }

    /**
     * The hash of each file directly in {@code folder} (a path prefix ending with the separator), from one range of
     * the ledger's key; null when that range, subfolders included, holds more than {@code most} entries.
     */
    public Map<String, String> hashesIn(String folder, char separator, int most) {
        // Every path that starts with the folder sorts between it and the folder with its last character raised.
        String end = folder.substring(0, folder.length() - 1) + (char) (separator + 1);
        Map<String, String> hashes = new HashMap<>();
        int[] rows = {0};
        jdbc.query("SELECT path, sha256 FROM source_file WHERE path > ? AND path < ? LIMIT ?", rs -> {
            rows[0]++;
            String path = rs.getString(1);
            if (path.indexOf(separator, folder.length()) < 0) {
                hashes.put(path, rs.getString(2));
            }
        }, folder, end, most + 1);
        return rows[0] > most ? null : hashes;
    }

    /** One file read: its path, the hash of its bytes, its size, what it held and how many articles. */
    public record Entry(String path, String sha256, long size, String kind, int articles) {
    }

    public void record(String path, String sha256, long size, String kind, int articles, LocalDate runDate) {
        recordAll(List.of(new Entry(path, sha256, size, kind, articles)), runDate);
    }

    /** Several files in one batch statement (a chunk's files). */
    public void recordAll(List<Entry> entries, LocalDate runDate) {
        if (entries.isEmpty()) {
            return;
        }
        Date run = Date.valueOf(runDate);
        List<Object[]> rows = entries.stream()
                .map(e -> new Object[] {e.path(), e.sha256(), e.size(), e.kind(), e.articles(), run}).toList();
        jdbc.batchUpdate("""
                MERGE INTO source_file t
                USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS VARCHAR),
                               CAST(? AS INT), CAST(? AS DATE)))
                      AS s (path, sha256, size_bytes, kind, articles, run)
                ON t.path = s.path
                WHEN MATCHED THEN UPDATE SET sha256 = s.sha256, size_bytes = s.size_bytes, kind = s.kind,
                                             articles = s.articles, last_run = s.run
                WHEN NOT MATCHED THEN INSERT (path, sha256, size_bytes, kind, articles, first_run, last_run)
                     VALUES (s.path, s.sha256, s.size_bytes, s.kind, s.articles, s.run, s.run)""", rows);
    }
}
