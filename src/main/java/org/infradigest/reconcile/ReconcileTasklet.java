package org.infradigest.reconcile;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.infradigest.concurrent.BackgroundRows;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.store.FactCensus;
import org.infradigest.store.KeyOrderedFacts;
import org.infradigest.store.MultiRowInsert;
import org.infradigest.store.StoredFact;
import org.infradigest.store.sort.ExternalSort;
import org.infradigest.store.sort.RowCodec;
import org.infradigest.store.sort.SortWorkspace;
import org.infradigest.store.sort.SortedStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * reconcile: brings the figures of record and the conflicts up to date with all stored facts. Facts stream in
 * key order ({@link KeyOrderedFacts}) next to the stored figures in the same order (a merge join), so only one
 * key's facts are in memory at a time, and a figure is written only when it is new, changed or gone. That keeps
 * each figure's history (first reported, last changed, value before) and makes a quiet night cheap. The figures
 * change in the step's transaction; the conflicts, derived afresh every run, are then replaced in transactions
 * of their own ({@link #CONFLICTS_PER_TRANSACTION} rows each). A crash part-way leaves conflicts that the
 * restarted step replaces again, and nothing reads them before the step has completed.
 *
 * <p>The writes run on a thread of their own while the step's thread decides the next figures (and, at the end,
 * merges the next conflicts): on one thread, writing took half of the time after the facts were sorted, with the
 * second core mostly idle. The figures are written on the step's transaction's connection, which no other thread
 * uses meanwhile; the stored figures are read on a connection of their own, which sees them as committed before
 * the step, as the step's connection did when it read them all before changing any.
 */
public class ReconcileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);
    private static final int BATCH = 1_000;
    /**
     * A transaction holds H2 back: until it commits, its rows stay in the pages H2 writes and rewrites. In a
     * harness, 732,000 conflict rows (the benchmark's target preset has 732,116) into a file database took 3.0 to
     * 3.3 s and a 366 MB file in one transaction, 2.5 to 2.6 s and 316 MB committed every 10,000 rows, and 1.1 to
     * 1.2 s and 175 MB every 1,000.
     */
    static final int CONFLICTS_PER_TRANSACTION = 1_000;
    /** The conflict rows as inserted, and their place in reconcile's key order, which breaks ties. */
    private static final RowCodec CONFLICT_ROW = new RowCodec(List.of(RowCodec.Type.TEXT, RowCodec.Type.TEXT,
            RowCodec.Type.TEXT, RowCodec.Type.TEXT, RowCodec.Type.DECIMAL, RowCodec.Type.TEXT, RowCodec.Type.TEXT,
            RowCodec.Type.DECIMAL, RowCodec.Type.TEXT, RowCodec.Type.TEXT, RowCodec.Type.TEXT, RowCodec.Type.DECIMAL,
            RowCodec.Type.LONG));
    private static final MultiRowInsert CONFLICT_INSERT = new MultiRowInsert("conflict", List.of("conflict_id",
            "metric", "region", "operator", "period", "record_value", "record_origin", "record_source", "other_value",
            "other_origin", "other_source", "other_sentence", "difference_pct"));
    /** Largest difference first, as the Conflicts sheet and the digest list them; then metric, region, key order. */
    private static final Comparator<Object[]> CONFLICT_ORDER = (a, b) -> {
        int c = ((BigDecimal) b[11]).compareTo((BigDecimal) a[11]);
        if (c == 0) {
            c = ((String) a[0]).compareTo((String) b[0]);
        }
        if (c == 0) {
            c = ((String) a[1]).compareTo((String) b[1]);
        }
        return c != 0 ? c : Long.compare((Long) a[12], (Long) b[12]);
    };

    private final JdbcTemplate jdbc;
    private final KeyOrderedFacts facts;
    private final SortWorkspace sorts;
    private final FigureReconciler reconciler;
    private final LocalDate runDate;
    private final TransactionTemplate ownTransactions;
    private final FactCensus census;

    /** @param transactions the database's; conflicts are written in new transactions of it */
    public ReconcileTasklet(JdbcTemplate jdbc, KeyOrderedFacts facts, SortWorkspace sorts,
                            FigureReconciler reconciler, LocalDate runDate, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.sorts = sorts;
        this.reconciler = reconciler;
        this.runDate = Objects.requireNonNull(runDate, "runDate");
        this.ownTransactions = new TransactionTemplate(transactions);
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.census = new FactCensus(jdbc);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LastRun last = lastRun();
        LocalDate priorRun = last == null ? null : last.priorTo(runDate);
        String tableFingerprint = census.fingerprint();
        String fingerprint = reconciler.version() + ";" + tableFingerprint;
        contribution.incrementReadCount();
        if (last != null && fingerprint.equals(last.factsFingerprint())) {
            // Same facts, same rules: deciding every figure again would write nothing and the same conflicts.
            recordRun(priorRun, fingerprint);
            log.info("reconcile: no fact has changed since the run of {}; the figures of record and the conflicts "
                    + "stand as they are", last.runDate());
            return RepeatStatus.FINISHED;
        }
        MergeWriter writer;
        // Every fact passes by: the counts publish quotes are taken on the way (FactCensus).
        FactCensus.Tally tally = FactCensus.tally();
        try (ExternalSort<Object[]> conflictSort = sorts.newSort(CONFLICT_ORDER, CONFLICT_ROW, 1)) {
            try (ExternalSort<Object[]>.Producer conflictRows = conflictSort.producer()) {
                writer = jdbc.execute((ConnectionCallback<MergeWriter>) connection ->
                        merge(connection, priorRun, conflictRows, tally));
            }
            replaceConflicts(conflictSort);
        }
        census.record(tally, tableFingerprint);
        recordRun(priorRun, fingerprint);
        contribution.incrementWriteCount(writer.inserted + writer.updated + writer.deleted);
        log.info("reconcile: {} facts -> {} figures of record ({} new, {} updated, {} gone, {} unchanged), "
                        + "{} conflicts", writer.facts, writer.figures, writer.inserted, writer.updated, writer.deleted,
                writer.figures - writer.inserted - writer.updated, writer.conflicts);
        return RepeatStatus.FINISHED;
    }

    /** The last completed reconcile, or null before the first. */
    private LastRun lastRun() {
        List<LastRun> rows = jdbc.query(
                "SELECT run_date, prior_run_date, facts_fingerprint FROM reconcile_run WHERE id = 1",
                (rs, n) -> new LastRun(date(rs, "run_date"), date(rs, "prior_run_date"),
                        rs.getString("facts_fingerprint")));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private void recordRun(LocalDate priorRun, String fingerprint) {
        jdbc.update("""
                MERGE INTO reconcile_run (id, run_date, prior_run_date, facts_fingerprint) KEY (id)
                VALUES (1, ?, ?, ?)""",
                Date.valueOf(runDate), priorRun == null ? null : Date.valueOf(priorRun), fingerprint);
    }

    /** A completed reconcile: its date, the one before it, and what it was reconciled from. */
    private record LastRun(LocalDate runDate, LocalDate priorRunDate, String factsFingerprint) {

        /** The run the stored figures stand for; for a re-run of the same date, the one before it. */
        LocalDate priorTo(LocalDate run) {
            return runDate.equals(run) ? priorRunDate : runDate;
        }
    }

    /**
     * Written afresh, largest difference first: their ids are the order they are read in. The ids are given here,
     * from 1, rather than drawn from the column's identity, whose sequence H2 advances for every row (a harness of
     * 732,000 rows: 1.45 to 1.47 CPU-seconds with ids given, 1.53 to 1.57 drawn, 8% less time). The identity is set
     * past the last id afterwards, for any other writer.
     */
    private void replaceConflicts(ExternalSort<Object[]> conflictSort) {
        // TRUNCATE, not DELETE: a delete of every row is as costly a transaction as inserting them.
        ownTransactions.executeWithoutResult(status -> jdbc.update("TRUNCATE TABLE conflict RESTART IDENTITY"));
        List<Object[]> rows = new ArrayList<>(CONFLICTS_PER_TRANSACTION);
        long[] lastId = {0}; // the writing thread's, then (after it has ended) the step thread's
        Consumer<Object[]> inserts = row -> {
            rows.add(row);
            if (rows.size() == CONFLICTS_PER_TRANSACTION) {
                ownTransactions.executeWithoutResult(status -> insertConflicts(rows, lastId));
            }
        };
        try (SortedStream<Object[]> sorted = conflictSort.sorted();
             BackgroundRows<Object[]> written = BackgroundRows.uninterruptible("reconcile-conflicts", inserts)) {
            while (sorted.hasNext()) {
                written.accept(Arrays.copyOf(sorted.next(), 12)); // without the place in key order
            }
            written.finish();
        }
        ownTransactions.executeWithoutResult(status -> insertConflicts(rows, lastId)); // the writing thread has ended
        // DDL commits its transaction: one of its own, not the step's, which holds the figures until the step ends
        long next = lastId[0] + 1;
        ownTransactions.executeWithoutResult(status ->
                jdbc.execute("ALTER TABLE conflict ALTER COLUMN conflict_id RESTART WITH " + next));
    }

    /** Inserts the rows with the ids after {@code lastId[0]}, which it moves on. */
    private void insertConflicts(List<Object[]> rows, long[] lastId) {
        if (rows.isEmpty()) {
            return;
        }
        long first = lastId[0] + 1;
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            CONFLICT_INSERT.insert(connection, rows, (ps, offset, row, index) -> {
                ps.setLong(offset + 1, first + index);
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof BigDecimal number) {
                        ps.setBigDecimal(offset + i + 2, number);
                    } else if (row[i] == null) {
                        ps.setNull(offset + i + 2, Types.VARCHAR); // the other sentence; the numbers never are
                    } else {
                        ps.setString(offset + i + 2, (String) row[i]);
                    }
                }
            });
            return null;
        });
        lastId[0] += rows.size();
        rows.clear();
    }

    private MergeWriter merge(Connection connection, LocalDate priorRun, ExternalSort<Object[]>.Producer conflictRows,
                              FactCensus.Tally tally) throws SQLException {
        MergeWriter writer = new MergeWriter(priorRun, tally);
        FigureWrites writes = new FigureWrites(connection, conflictRows);
        // The figures walk their primary key; the facts come sorted the same way. They agree on the order: a
        // fact's missing operator or period is null, which sorts first, and '' in figure.
        try (Connection reading = jdbc.getDataSource().getConnection();
             PreparedStatement figureQuery = reading.prepareStatement("""
                SELECT metric, region, operator, period, fact_value, unit, qualifier, origin, source, sources,
                       conflict, aggregate_region, first_run, changed_run, previous_value, previous_run
                FROM figure ORDER BY metric, region, operator, period""");
             KeyOrderedFacts.Sorted sorted = facts.openAndKeep()) { // publish reads them next
            figureQuery.setFetchSize(BATCH);
            try (ResultSet stored = figureQuery.executeQuery();
                 BackgroundRows<FigureWrite> written = BackgroundRows.uninterruptible("reconcile-figures", writes)) {
                writer.run(sorted.stream(), new StoredFigures(stored), written);
                written.finish();
            }
            if (sorted.spilledRuns() > 0) {
                log.info("reconcile: facts sorted in {} runs on disk", sorted.spilledRuns());
            }
        }
        writes.writeBatches(); // the last ones, now that the writing thread has ended
        return writer;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static int compare(FigureKey a, FigureKey b) {
        int c = a.metric().compareTo(b.metric());
        if (c == 0) {
            c = a.region().compareTo(b.region());
        }
        if (c == 0) {
            c = a.operator().compareTo(b.operator());
        }
        return c != 0 ? c : a.period().compareTo(b.period());
    }

    /** A stored figure with its history. */
    private record Stored(Figure figure, FigureHistory history) {
    }

    /** A cursor over the stored figures, one ahead. */
    private static final class StoredFigures {

        private final ResultSet rs;
        private Stored next;

        StoredFigures(ResultSet rs) throws SQLException {
            this.rs = rs;
            advance();
        }

        Stored peek() {
            return next;
        }

        Stored take() throws SQLException {
            Stored taken = next;
            advance();
            return taken;
        }

        private void advance() throws SQLException {
            if (!rs.next()) {
                next = null;
                return;
            }
            FigureKey key = new FigureKey(rs.getString("metric"), rs.getString("region"), rs.getString("operator"),
                    rs.getString("period"));
            Fact record = new Fact(key.metric(), rs.getBigDecimal("fact_value").stripTrailingZeros(),
                    rs.getString("unit"), key.region(), key.operator(), key.period(),
                    Qualifier.valueOf(rs.getString("qualifier")), Origin.valueOf(rs.getString("origin")),
                    rs.getString("source"), null);
            BigDecimal previous = rs.getBigDecimal("previous_value");
            next = new Stored(new Figure(key, record, rs.getInt("sources"), rs.getBoolean("conflict"),
                    rs.getBoolean("aggregate_region")),
                    new FigureHistory(date(rs, "first_run"), date(rs, "changed_run"),
                            previous == null ? null : previous.stripTrailingZeros(), date(rs, "previous_run")));
        }
    }

    /** What the writing thread does with a row, in the order the rows were decided. */
    private enum WriteKind { INSERT, UPDATE, DELETE, CONFLICT }

    /** One row for the writing thread. */
    private record FigureWrite(WriteKind kind, Object[] row) {
    }

    /** Groups the facts by key, reconciles each group, compares it with the stored figure and hands on the writes. */
    private final class MergeWriter {

        private final LocalDate priorRun;
        private final List<Fact> group = new ArrayList<>();
        private final FactCensus.Tally tally;
        private StoredFigures stored;
        private Consumer<FigureWrite> writes;
        private FigureKey key;
        private boolean aggregate;
        long facts;
        long figures;
        long inserted;
        long updated;
        long deleted;
        long conflicts;

        MergeWriter(LocalDate priorRun, FactCensus.Tally tally) {
            this.priorRun = priorRun;
            this.tally = tally;
        }

        void run(Iterator<StoredFact> sortedFacts, StoredFigures storedFigures, Consumer<FigureWrite> writes)
                throws SQLException {
            this.stored = storedFigures;
            this.writes = writes;
            while (sortedFacts.hasNext()) {
                StoredFact next = sortedFacts.next();
                tally.add(next);
                Fact fact = next.fact();
                FigureKey factKey = new FigureKey(fact.metric(), fact.region(), fact.operator(), fact.period());
                if (!factKey.equals(key)) {
                    flushGroup();
                    key = factKey;
                    aggregate = false;
                }
                aggregate |= next.aggregate();
                group.add(fact);
                facts++;
            }
            flushGroup();
            // Stored figures past the last fact's key lost all their facts.
            while (stored.peek() != null) {
                delete(stored.take());
            }
        }

        private void flushGroup() throws SQLException {
            if (group.isEmpty()) {
                return;
            }
            while (stored.peek() != null && compare(stored.peek().figure().key(), key) < 0) {
                delete(stored.take());
            }
            Stored before = stored.peek() != null && compare(stored.peek().figure().key(), key) == 0
                    ? stored.take() : null;
            FigureReconciler.Outcome outcome = reconciler.reconcile(key, group, aggregate);
            Figure figure = outcome.figure();
            if (before == null) {
                writes.accept(new FigureWrite(WriteKind.INSERT, row(figure, FigureHistory.firstSeen(runDate))));
                inserted++;
            } else {
                FigureHistory history = before.history().next(runDate, before.figure().value(), figure.value(),
                        priorRun);
                if (!history.equals(before.history()) || !same(before.figure(), figure)) {
                    writes.accept(new FigureWrite(WriteKind.UPDATE, row(figure, history)));
                    updated++;
                }
            }
            for (Conflict c : outcome.conflicts()) {
                writes.accept(new FigureWrite(WriteKind.CONFLICT, new Object[] {key.metric(), key.region(),
                        key.operator(), key.period(), c.record().value(), c.record().origin().name(),
                        c.record().source(), c.other().value(), c.other().origin().name(), c.other().source(),
                        c.other().sentence(), c.differencePercent(), conflicts++}));
            }
            figures++;
            group.clear();
        }

        private void delete(Stored gone) {
            FigureKey k = gone.figure().key();
            writes.accept(new FigureWrite(WriteKind.DELETE, new Object[] {k.metric(), k.region(), k.operator(),
                    k.period()}));
            deleted++;
        }

        private Object[] row(Figure figure, FigureHistory history) {
            Fact record = figure.record();
            FigureKey k = figure.key();
            return new Object[] {record.value(), record.unit(), record.qualifier().name(), record.origin().name(),
                    record.source(), figure.sources(), figure.conflict(), figure.aggregate(),
                    sqlDate(history.firstRun()), sqlDate(history.changedRun()), history.previousValue(),
                    sqlDate(history.previousRun()), k.metric(), k.region(), k.operator(), k.period()};
        }

        private static boolean same(Figure a, Figure b) {
            Fact x = a.record();
            Fact y = b.record();
            return x.value().compareTo(y.value()) == 0 && Objects.equals(x.unit(), y.unit())
                    && x.qualifier() == y.qualifier() && x.origin() == y.origin()
                    && Objects.equals(x.source(), y.source()) && a.sources() == b.sources()
                    && a.conflict() == b.conflict() && a.aggregate() == b.aggregate();
        }

        private static Date sqlDate(LocalDate date) {
            return date == null ? null : Date.valueOf(date);
        }
    }

    /**
     * The figures' rows, written in batches on the step's transaction's connection, and the conflicts, handed to
     * their sort. Runs on the writing thread, and once more on the step's thread after that thread has ended.
     */
    private static final class FigureWrites implements Consumer<FigureWrite> {

        private final JdbcTemplate jdbc;
        private final ExternalSort<Object[]>.Producer conflictRows;
        private final List<Object[]> inserts = new ArrayList<>();
        private final List<Object[]> updates = new ArrayList<>();
        private final List<Object[]> deletes = new ArrayList<>();

        FigureWrites(Connection connection, ExternalSort<Object[]>.Producer conflictRows) {
            // The transaction's connection is bound to the step's thread; this template uses it on any thread.
            this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            this.conflictRows = conflictRows;
        }

        @Override
        public void accept(FigureWrite write) {
            switch (write.kind()) {
                case INSERT -> inserts.add(write.row());
                case UPDATE -> updates.add(write.row());
                case DELETE -> deletes.add(write.row());
                case CONFLICT -> conflictRows.add(write.row());
            }
            if (inserts.size() + updates.size() + deletes.size() >= BATCH) {
                writeBatches();
            }
        }

        void writeBatches() {
            if (!deletes.isEmpty()) {
                jdbc.batchUpdate("DELETE FROM figure WHERE metric = ? AND region = ? AND operator = ? AND period = ?",
                        deletes);
                deletes.clear();
            }
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("""
                        UPDATE figure SET fact_value = ?, unit = ?, qualifier = ?, origin = ?, source = ?, sources = ?,
                               conflict = ?, aggregate_region = ?, first_run = ?, changed_run = ?, previous_value = ?,
                               previous_run = ?
                        WHERE metric = ? AND region = ? AND operator = ? AND period = ?""", updates);
                updates.clear();
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO figure (fact_value, unit, qualifier, origin, source, sources, conflict,
                                            aggregate_region, first_run, changed_run, previous_value, previous_run,
                                            metric, region, operator, period)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
                inserts.clear();
            }
        }
    }
}
