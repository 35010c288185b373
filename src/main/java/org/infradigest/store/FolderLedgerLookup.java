package org.infradigest.store;

import java.io.File;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link SourceFileLedger#isUnchanged} for the files of one step, which come folder by folder: the ledger's
 * entries for a folder's files are read in one query, the first time one of its files is asked about, instead of
 * one query per file (on a night of 60,000 news files, the queries were a twentieth of the step's CPU time).
 * A folder with more entries than {@link #MAX_ENTRIES} (its subfolders' included) is looked up file by file, and
 * only the last few folders are kept. Safe for the step's parsing threads at once.
 *
 * <p>For one step only: each file is asked about once, before the step records it, so the entries read for its
 * folder are what the ledger holds for it then. A lookup kept to a later run would answer from a ledger since
 * changed.
 */
public final class FolderLedgerLookup implements BiPredicate<String, String> {

    static final int MAX_ENTRIES = 20_000;
    private static final int FOLDERS_KEPT = 8;
    private static final char SEPARATOR = File.separatorChar;

    private final JdbcTemplate jdbc;
    private final SourceFileLedger ledger;
    /** Each folder's entries, path -> hash; null for a folder with too many. Most recently read last. */
    private final Map<String, Map<String, String>> folders = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
            return size() > FOLDERS_KEPT;
        }
    };

    public FolderLedgerLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.ledger = new SourceFileLedger(jdbc);
    }

    /** Whether the ledger has {@code path} with these exact bytes ({@code sha256}). */
    @Override
    public boolean test(String path, String sha256) {
        int slash = path.lastIndexOf(SEPARATOR);
        if (slash < 0) {
            return ledger.isUnchanged(path, sha256);
        }
        String folder = path.substring(0, slash + 1);
        Map<String, String> entries = entriesOf(folder);
        if (entries == null) {
            return ledger.isUnchanged(path, sha256);
        }
        return sha256.equals(entries.get(path));
    }

    private Map<String, String> entriesOf(String folder) {
        synchronized (folders) {
            if (folders.containsKey(folder)) {
                return folders.get(folder);
            }
        }
        // Read outside the lock: another thread may read the same folder meanwhile, which costs a query, not a
        // wrong answer.
        Map<String, String> entries = read(folder);
        synchronized (folders) {
            folders.put(folder, entries);
        }
        return entries;
    }

    /**
     * The entries whose path starts with {@code folder} (which ends with the separator) and has no separator
     * after it, from a range of the ledger's key; null when the range holds more than {@link #MAX_ENTRIES} rows.
     */
    private Map<String, String> read(String folder) {
        // Every path that starts with the folder sorts between it and the folder with its last character raised.
        String end = folder.substring(0, folder.length() - 1) + (char) (SEPARATOR + 1);
        Map<String, String> entries = new HashMap<>();
        int[] rows = {0};
        jdbc.query("SELECT path, sha256 FROM source_file WHERE path > ? AND path < ? LIMIT ?", rs -> {
            rows[0]++;
            String path = rs.getString(1);
            if (path.indexOf(SEPARATOR, folder.length()) < 0) {
                entries.put(path, rs.getString(2));
            }
        }, folder, end, MAX_ENTRIES + 1);
        return rows[0] > MAX_ENTRIES ? null : entries;
    }
}
