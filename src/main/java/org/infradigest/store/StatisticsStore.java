package org.infradigest.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Fact;
import org.infradigest.stats.StatFact;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
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
 */
public class StatisticsStore {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionOperations transactions;

    /** Every statement in the caller's transaction (or on its own when there is none). */
    public StatisticsStore(JdbcTemplate jdbc) {
        this(jdbc, TransactionOperations.withoutTransaction());
    }

    /** The delete and each batch of rows in transactions of their own. */
    public StatisticsStore(JdbcTemplate jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Starts (re)loading one file: its earlier facts are removed. Close the returned batch when done. */
    public FileBatch replace(String statsFile, LocalDate runDate) {
        transactions.executeWithoutResult(status -> jdbc.update("DELETE FROM fact WHERE stats_file = ?", statsFile));
        return new FileBatch(statsFile, Date.valueOf(runDate));
    }

    /** Facts of one file, buffered into batch inserts. */
    public final class FileBatch implements AutoCloseable {

        private final String statsFile;
        private final Date runDate;
        private final List<StatFact> rows = new ArrayList<>(BATCH);
        private int seq;

        private FileBatch(String statsFile, Date runDate) {
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
            // Typed setters: a generic setObject(null) makes Spring ask the driver for each parameter's type.
            transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
                    INSERT INTO fact (stats_file, seq, metric, fact_value, unit, region, operator, period, qualifier,
                                      origin, source, sentence, run_date, aggregate_region, first_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    StatFact statFact = rows.get(i);
                    Fact f = statFact.fact();
                    ps.setString(1, statsFile);
                    ps.setInt(2, first + i);
                    ps.setString(3, f.metric());
                    ps.setBigDecimal(4, f.value());
                    FactColumns.setText(ps, 5, f.unit());
                    ps.setString(6, f.region());
                    FactColumns.setKeyPart(ps, 7, f.operator());
                    FactColumns.setKeyPart(ps, 8, f.period());
                    ps.setString(9, f.qualifier().name());
                    ps.setString(10, f.origin().name());
                    ps.setString(11, f.source());
                    FactColumns.setText(ps, 12, f.sentence());
                    ps.setDate(13, runDate);
                    ps.setBoolean(14, statFact.aggregate());
                    ps.setDate(15, runDate);
                }

                @Override
                public int getBatchSize() {
                    return rows.size();
                }
            }));
            seq += rows.size();
            rows.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
