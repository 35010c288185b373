package org.infradigest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.infradigest.concurrent.Uninterruptibly;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.store.sort.ExternalSort;
import org.infradigest.store.sort.SortWorkspace;
import org.infradigest.store.sort.SortedStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every stored fact in key order ({@link StoredFact#KEY_ORDER}), for reconcile's merge with the figures and for
 * publish's facts.csv and Facts sheet. The fact table is read in its own order, split by fact id over several
 * threads and connections, and sorted with a bounded amount of memory ({@link ExternalSort}): what does not fit
 * goes to runs in the workspace and is merged back.
 *
 * <p>Reconcile's sorted runs are kept on disk for the next reader ({@link #openAndKeep()}) while the facts stay the
 * same ({@link FactsFingerprint}): publish then merges them instead of reading and sorting every fact again (on
 * the target preset, 5 to 6 s in which the workbook's writer waited). {@link #release()} deletes them; the job
 * does at its end.
 */
public final class KeyOrderedFacts {

    private static final Logger log = LoggerFactory.getLogger(KeyOrderedFacts.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final SortWorkspace workspace;
    private final int threads;
    /** The last sort with all its runs on disk, and the facts it holds; null when none is kept. */
    private Kept kept;

    private record Kept(String fingerprint, ExternalSort<StoredFact> sort) {
    }

    /** @param threads connections scanning the table at once */
    public KeyOrderedFacts(DataSource dataSource, SortWorkspace workspace, int threads) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.workspace = workspace;
        this.threads = Math.max(1, threads);
    }

    /** Hands every fact to {@code action} in key order. */
    public void forEach(Consumer<? super StoredFact> action) {
        try (Sorted sorted = open()) {
            while (sorted.stream().hasNext()) {
                action.accept(sorted.stream().next());
            }
        }
    }

    /**
     * Scans and sorts, or merges the runs kept from the last sort if no fact has changed since. The caller reads
     * the stream and closes the result.
     */
    public Sorted open() {
        return open(false);
    }

    /** As {@link #open()}, and keeps the sorted runs on disk for the next reader while the facts stay the same. */
    public Sorted openAndKeep() {
        return open(true);
    }

    private synchronized Sorted open(boolean keep) {
        String fingerprint = FactsFingerprint.of(jdbc);
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            log.info("facts in key order from the {} runs sorted before (no fact has changed since)",
                    kept.sort().spilledRuns());
            try {
                return new Sorted(kept.sort(), kept.sort().sorted(), false);
            } catch (RuntimeException e) {
                release(); // runs that cannot be read are not offered again
                throw e;
            }
        }
        release();
        ExternalSort<StoredFact> sort = workspace.newSort(StoredFact.KEY_ORDER, new StoredFactCodec(), threads);
        try {
            scan(sort);
            // Facts changed while they were read would not be the ones the fingerprint stands for.
            if (!keep || !fingerprint.equals(FactsFingerprint.of(jdbc))) {
                return new Sorted(sort, sort.sorted(), true);
            }
            sort.spillInMemory();
            kept = new Kept(fingerprint, sort);
            return new Sorted(sort, sort.sorted(), false);
        } catch (RuntimeException | Error e) {
            if (kept != null && kept.sort() == sort) {
                kept = null;
            }
            sort.close();
            throw e;
        }
    }

    /** Deletes the runs kept from the last sort; the next {@link #open()} reads the facts again. */
    public synchronized void release() {
        if (kept != null) {
            kept.sort().close();
            kept = null;
        }
    }

    /** A sorted stream of facts; closing it deletes the runs unless they are kept for the next reader. */
    public static final class Sorted implements AutoCloseable {
        private final ExternalSort<StoredFact> sort;
        private final SortedStream<StoredFact> stream;
        private final boolean ownsRuns;

        private Sorted(ExternalSort<StoredFact> sort, SortedStream<StoredFact> stream, boolean ownsRuns) {
            this.sort = sort;
            this.stream = stream;
            this.ownsRuns = ownsRuns;
        }

        public SortedStream<StoredFact> stream() {
            return stream;
        }

        /** Runs written to disk: 0 when the facts fitted in the budget. */
        public int spilledRuns() {
            return sort.spilledRuns();
        }

        @Override
        public void close() {
            stream.close();
            if (ownsRuns) {
                sort.close();
            }
        }
    }

    private void scan(ExternalSort<StoredFact> sort) {
        long[] bounds = idBounds();
        if (bounds == null) {
            return;
        }
        List<long[]> ranges = IdSpans.split(bounds[0], bounds[1], threads);
        AtomicBoolean stop = new AtomicBoolean();
        if (ranges.size() == 1) {
            scanRange(sort, ranges.getFirst(), stop);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(ranges.size(), runnable -> {
            Thread thread = new Thread(runnable, "fact-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> scans = new ArrayList<>();
            for (long[] range : ranges) {
                scans.add(pool.submit(() -> scanRange(sort, range, stop)));
            }
            for (Future<?> scanned : scans) {
                scanned.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the facts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot read the facts", e.getCause());
        } finally {
            // Not shutdownNow(): the scans read the database, and a thread interrupted during H2's file I/O closes
            // the store for every connection (H2 issues 227 and 1076). The other scans stop at their next page.
            stop.set(true);
            pool.shutdown();
            Uninterruptibly.awaitTermination(pool);
        }
    }

    private long[] idBounds() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT MIN(fact_id), MAX(fact_id) FROM fact");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the fact ids", e);
        }
    }

    private void scanRange(ExternalSort<StoredFact> sort, long[] range, AtomicBoolean stop) {
        SharedTexts shared = new SharedTexts(); // metric, unit, region, operator and period
        try (ExternalSort<StoredFact>.Producer producer = sort.producer();
             Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT metric, fact_value, unit, region, operator, period, qualifier, origin, source, sentence,
                            aggregate_region, first_seen, article_key, stats_file, seq
                     FROM fact WHERE fact_id BETWEEN ? AND ?""")) {
            // Short queries (IdSpans.pages): a lazy cursor held for minutes instead met pages H2 had since moved.
            for (long[] page : IdSpans.pages(range[0], range[1])) {
                if (stop.get()) {
                    return; // another scan failed: the sort is abandoned
                }
                query.setLong(1, page[0]);
                query.setLong(2, page[1]);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        producer.add(fact(rs, shared));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the facts", e);
        }
    }

    private static StoredFact fact(ResultSet rs, SharedTexts shared) throws SQLException {
        // As a LocalDate, not through java.sql.Date: its toLocalDate() takes a calendar's fields apart, per fact.
        LocalDate firstSeen = rs.getObject(12, LocalDate.class);
        Fact fact = new Fact(shared.share(rs.getString(1)), rs.getBigDecimal(2).stripTrailingZeros(),
                shared.share(rs.getString(3)), shared.share(rs.getString(4)), shared.share(rs.getString(5)),
                shared.share(rs.getString(6)), Qualifier.valueOf(rs.getString(7)), Origin.valueOf(rs.getString(8)),
                rs.getString(9), rs.getString(10));
        return new StoredFact(fact, rs.getBoolean(11), firstSeen,
                rs.getString(13), rs.getString(14), rs.getInt(15));
    }
}
