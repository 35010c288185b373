package org.infradigest.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.infradigest.domain.Fact;
import org.infradigest.stats.StatFact;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Stores the facts of one statistics file. Opening a file deletes its earlier rows, so a changed file
 * replaces exactly its own facts; rows are then inserted in batches as the reader streams them.
 *
 * <p>With a transaction template each batch commits on its own. One transaction per file made H2 revisit every
 * row of a 50,000-row table at commit, long after its pages had left the cache (a quarter of the step's time).
 * The file counts as read only once its last batch and the ledger entry are committed, so a crash half-way
 * leaves rows that the next run replaces.
 *
 * <p>Stores that share a lock insert one batch at a time, while their other threads go on reading: two threads
 * inserting into the fact table at once meet in the same pages of its key and index, and H2 redoes the loser's
 * work (a harness: a million rows from two threads took 2.3 to 2.4 s, from one 1.7 to 2.0 s).
 */
public class StatisticsStore {

    private static final int BATCH = 1_000;
    private static final MultiRowInsert INSERT = new MultiRowInsert("fact", List.of("fact_id", "stats_file", "seq",
            "metric", "fact_value", "unit", "region", "operator", "period", "qualifier", "origin", "source", "sentence",
            "run_date", "aggregate_region", "first_seen"));

    private final JdbcTemplate jdbc;
    private final TransactionOperations transactions;
    private final Lock inserts;
    private final FactIds factIds;
    private final FactSpans factSpans;

    /** Every statement in the caller's transaction (or on its own when there is none), with fact ids of its own. */
    public StatisticsStore(JdbcTemplate jdbc) {
        this(jdbc, TransactionOperations.withoutTransaction(), new ReentrantLock(), new FactIds(jdbc));
    }

    /**
     * The delete and each batch of rows in transactions of their own.
     *
     * @param inserts held while a batch is inserted and committed: shared by the stores that load files at once
     * @param factIds shared by every store writing facts into this database, so that none leaves ids unused
     */
    public StatisticsStore(JdbcTemplate jdbc, TransactionOperations transactions, Lock inserts, FactIds factIds) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.inserts = inserts;
        this.factIds = factIds;
        this.factSpans = new FactSpans(jdbc);
    }

    /** Starts (re)loading one file: its earlier facts are removed. Close the returned batch when done. */
    public FileBatch replace(String statsFile, LocalDate runDate) {
        transactions.executeWithoutResult(status -> factSpans.deleteForStatsFile(statsFile));
        return new FileBatch(statsFile, runDate);
    }

    /** Facts of one file, buffered into batch inserts. */
    public final class FileBatch implements AutoCloseable {

        private final String statsFile;
        private final LocalDate runDate;
        private final List<StatFact> rows = new ArrayList<>(BATCH);
        private int seq;

        private FileBatch(String statsFile, LocalDate runDate) {
            this.statsFile = statsFile;
            this.runDate = runDate;
        }

        public void add(StatFact statFact) {
            rows.add(statFact);
            if (rows.size() == BATCH) {
                flush();
            }
        }

        public int written() {
            return seq + rows.size();
        }

        private void flush() {
            if (rows.isEmpty()) {
                return;
            }
            int first = seq;
            inserts.lock();
            try {
                insert(first);
            } finally {
                inserts.unlock();
            }
            seq += rows.size();
            rows.clear();
        }

        private void insert(int first) {
            long[] idOf = factIds.reserve(rows.size());
            FactSpans.Builder spans = new FactSpans.Builder();
            for (long id : idOf) {
                spans.add(null, statsFile, id);
            }
            // Typed setters: a generic setObject(null) makes Spring ask the driver for each parameter's type. The
            // dates as LocalDate: H2 turns a java.sql.Date into a date through the time zone's offset every time (a
            // harness inserting a million such rows took 1.87 to 1.90 CPU-seconds with LocalDate, 1.95 to 2.00
            // without).
            transactions.executeWithoutResult(status -> {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    INSERT.insert(connection, rows, (ps, o, statFact, i) -> {
                        Fact f = statFact.fact();
                        ps.setLong(o + 1, idOf[i]);
                        ps.setString(o + 2, statsFile);
                        ps.setInt(o + 3, first + i);
                        ps.setString(o + 4, f.metric());
                        ps.setBigDecimal(o + 5, f.value());
                        FactColumns.setText(ps, o + 6, f.unit());
                        ps.setString(o + 7, f.region());
                        FactColumns.setKeyPart(ps, o + 8, f.operator());
                        FactColumns.setKeyPart(ps, o + 9, f.period());
                        ps.setString(o + 10, f.qualifier().name());
                        ps.setString(o + 11, f.origin().name());
                        ps.setString(o + 12, f.source());
                        FactColumns.setText(ps, o + 13, f.sentence());
                        ps.setObject(o + 14, runDate);
                        ps.setBoolean(o + 15, statFact.aggregate());
                        ps.setObject(o + 16, runDate);
                    });
                    return null;
                });
                factSpans.insert(spans);
            });
        }

        @Override
        public void close() {
            flush();
        }
    }
}
