package org.infradigest.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * reconcile: rebuilds the figures of record and the conflicts from all stored facts, in one transaction.
 * Facts stream in key order, so only one key's facts are in memory at a time.
 */
public class ReconcileTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final FigureReconciler reconciler;

    public ReconcileTasklet(JdbcTemplate jdbc, FigureReconciler reconciler) {
        this.jdbc = jdbc;
        this.reconciler = reconciler;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.update("DELETE FROM conflict");
        jdbc.update("DELETE FROM figure");
        GroupWriter writer = new GroupWriter();
        jdbc.query("""
                SELECT metric, fact_value, unit, region, operator, period, qualifier, origin, source, sentence,
                       aggregate_region
                FROM fact
                ORDER BY metric, region, COALESCE(operator, ''), COALESCE(period, ''),
                         CASE origin WHEN 'STATISTICS' THEN 0 ELSE 1 END, source, seq""", writer);
        writer.finish();
        contribution.incrementReadCount();
        contribution.incrementWriteCount(writer.figures);
        log.info("reconcile: {} facts -> {} figures of record, {} conflicts", writer.facts, writer.figures,
                writer.conflicts);
        return RepeatStatus.FINISHED;
    }

    /** Collects one key's facts, reconciles them when the key changes, and batches the inserts. */
    private final class GroupWriter implements RowCallbackHandler {

        private FigureKey key;
        private boolean aggregate;
        private final List<Fact> group = new ArrayList<>();
        private final List<Object[]> figureRows = new ArrayList<>();
        private final List<Object[]> conflictRows = new ArrayList<>();
        long facts;
        long figures;
        long conflicts;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            Fact fact = new Fact(rs.getString("metric"), rs.getBigDecimal("fact_value").stripTrailingZeros(),
                    rs.getString("unit"), rs.getString("region"), rs.getString("operator"), rs.getString("period"),
                    Qualifier.valueOf(rs.getString("qualifier")), Origin.valueOf(rs.getString("origin")),
                    rs.getString("source"), rs.getString("sentence"));
            FigureKey factKey = new FigureKey(fact.metric(), fact.region(), fact.operator(), fact.period());
            if (!Objects.equals(factKey, key)) {
                flushGroup();
                key = factKey;
                aggregate = false;
            }
            aggregate |= rs.getBoolean("aggregate_region");
            group.add(fact);
            facts++;
        }

        void finish() {
            flushGroup();
            insertFigures();
            insertConflicts();
        }

        private void flushGroup() {
            if (group.isEmpty()) {
                return;
            }
            FigureReconciler.Outcome outcome = reconciler.reconcile(key, group, aggregate);
            Figure figure = outcome.figure();
            Fact record = figure.record();
            figureRows.add(new Object[] {key.metric(), key.region(), key.operator(), key.period(), record.value(),
                    record.unit(), record.qualifier().name(), record.origin().name(), record.source(),
                    figure.sources(), figure.conflict(), figure.aggregate()});
            for (Conflict c : outcome.conflicts()) {
                conflictRows.add(new Object[] {key.metric(), key.region(), key.operator(), key.period(),
                        c.record().value(), c.record().origin().name(), c.record().source(), c.other().value(),
                        c.other().origin().name(), c.other().source(), c.other().sentence(),
                        c.differencePercent()});
            }
            figures++;
            conflicts += outcome.conflicts().size();
            group.clear();
            if (figureRows.size() >= BATCH) {
                insertFigures();
            }
            if (conflictRows.size() >= BATCH) {
                insertConflicts();
            }
        }

        private void insertFigures() {
            if (!figureRows.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO figure (metric, region, operator, period, fact_value, unit, qualifier, origin,
                                            source, sources, conflict, aggregate_region)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", figureRows);
                figureRows.clear();
            }
        }

        private void insertConflicts() {
            if (!conflictRows.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO conflict (metric, region, operator, period, record_value, record_origin,
                                              record_source, other_value, other_origin, other_source,
                                              other_sentence, difference_pct)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", conflictRows);
                conflictRows.clear();
            }
        }
    }
}
