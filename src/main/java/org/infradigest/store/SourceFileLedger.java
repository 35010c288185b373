package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

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
