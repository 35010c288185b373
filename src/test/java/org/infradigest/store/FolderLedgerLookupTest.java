package org.infradigest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

class FolderLedgerLookupTest {

    private static final LocalDate RUN = LocalDate.of(2025, 7, 1);

    /** Counts the range queries of the lookup and the file-by-file queries of the ledger. */
    private static final class CountingJdbc extends JdbcTemplate {
        final AtomicInteger folderQueries = new AtomicInteger();
        final AtomicInteger fileQueries = new AtomicInteger();

        CountingJdbc(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public void query(String sql, RowCallbackHandler rch, Object... args) {
            folderQueries.incrementAndGet();
            super.query(sql, rch, args);
        }

        @Override
        public <T> List<T> queryForList(String sql, Class<T> elementType, Object... args) {
            fileQueries.incrementAndGet();
            return super.queryForList(sql, elementType, args);
        }
    }

    private final JdbcTemplate store = StoreDatabase.migrated();
    private final SourceFileLedger ledger = new SourceFileLedger(store);
    private final CountingJdbc jdbc = new CountingJdbc(store.getDataSource());

    @Test
    void answersAsTheLedgerDoesWithOneQueryPerFolder() {
        // given: files in a folder, its subfolder, a sibling whose name starts the same, and one without a folder
        List<SourceFileLedger.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            entries.add(entry("/in/news/a/" + i + ".txt", "sha" + i));
        }
        entries.add(entry("/in/news/a/deeper/0.txt", "deep"));
        entries.add(entry("/in/news/ab/0.txt", "sibling"));
        entries.add(entry("loose.txt", "loose"));
        ledger.recordAll(entries, RUN);
        FolderLedgerLookup lookup = new FolderLedgerLookup(new SourceFileLedger(jdbc));

        // then
        for (int i = 0; i < 1_000; i++) {
            assertThat(lookup.test("/in/news/a/" + i + ".txt", "sha" + i)).isTrue();
            assertThat(lookup.test("/in/news/a/" + i + ".txt", "changed")).isFalse();
        }
        assertThat(lookup.test("/in/news/a/new.txt", "sha1")).isFalse();
        assertThat(lookup.test("/in/news/a/deeper/0.txt", "deep")).isTrue();
        assertThat(lookup.test("/in/news/ab/0.txt", "sibling")).isTrue();
        assertThat(lookup.test("/in/news/ab/0.txt", "sha0")).isFalse();
        assertThat(lookup.test("/in/news/new/0.txt", "sha0")).isFalse();
        assertThat(lookup.test("loose.txt", "loose")).isTrue();
        assertThat(jdbc.folderQueries.get()).as("one per folder: a, a/deeper, ab, new").isEqualTo(4);
        assertThat(jdbc.fileQueries.get()).as("the file without a folder").isEqualTo(1);
    }

    @Test
    void looksUpFileByFileInAFolderWithTooManyEntries() {
        // given
        List<SourceFileLedger.Entry> entries = new ArrayList<>();
        for (int i = 0; i <= FolderLedgerLookup.MAX_ENTRIES; i++) {
            entries.add(entry("/in/big/" + i + ".txt", "sha" + i));
        }
        ledger.recordAll(entries, RUN);
        FolderLedgerLookup lookup = new FolderLedgerLookup(new SourceFileLedger(jdbc));

        // then
        assertThat(lookup.test("/in/big/7.txt", "sha7")).isTrue();
        assertThat(lookup.test("/in/big/8.txt", "sha7")).isFalse();
        assertThat(lookup.test("/in/big/new.txt", "sha7")).isFalse();
        assertThat(jdbc.folderQueries.get()).isEqualTo(1);
        assertThat(jdbc.fileQueries.get()).isEqualTo(3);
    }

    @Test
    void answersRightForThreadsAskingAboutTheSameFoldersAtOnce() throws Exception {
        List<SourceFileLedger.Entry> entries = new ArrayList<>();
        for (int folder = 0; folder < 20; folder++) {
            for (int i = 0; i < 100; i++) {
                entries.add(entry("/in/" + folder + "/" + i + ".txt", folder + ":" + i));
            }
        }
        ledger.recordAll(entries, RUN);
        FolderLedgerLookup lookup = new FolderLedgerLookup(new SourceFileLedger(jdbc));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                wrong.add(pool.submit(() -> {
                    int mistakes = 0;
                    for (int folder = 0; folder < 20; folder++) {
                        for (int i = offset; i < 100; i += 2) {
                            String path = "/in/" + folder + "/" + i + ".txt";
                            mistakes += lookup.test(path, folder + ":" + i) ? 0 : 1;
                            mistakes += lookup.test(path, "other") ? 1 : 0;
                        }
                    }
                    return mistakes;
                }));
            }
            for (Future<Integer> w : wrong) {
                assertThat(w.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SourceFileLedger.Entry entry(String path, String sha) {
        return new SourceFileLedger.Entry(path, sha, 100, "text", 1);
    }
}
