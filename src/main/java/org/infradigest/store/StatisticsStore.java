package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Fact;
import org.infradigest.stats.StatFact;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores the facts of one statistics file. Opening a file deletes its earlier rows, so a changed file
 * replaces exactly its own facts; rows are then inserted in batches as the reader streams them.
 */
public class StatisticsStore {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    public StatisticsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts (re)loading one file: its earlier facts are removed. Close the returned batch when done. */
    public FileBatch replace(String statsFile, LocalDate runDate) {
        jdbc.update("DELETE FROM fact WHERE stats_file = ?", statsFile);
        return new FileBatch(statsFile, Date.valueOf(runDate));
    }

    /** Facts of one file, buffered into batch inserts. */
    public final class FileBatch implements AutoCloseable {

        private final String statsFile;
        private final Date runDate;
        private final List<Object[]> rows = new ArrayList<>(BATCH);
        private int seq;

        private FileBatch(String statsFile, Date runDate) {
            this.statsFile = statsFile;
            this.runDate = runDate;
        }

        public void add(StatFact statFact) {
            Fact f = statFact.fact();
            rows.add(new Object[] {statsFile, seq++, f.metric(), f.value(), f.unit(), f.region(), f.operator(),
                    f.period(), f.qualifier().name(), f.origin().name(), f.source(), f.sentence(), runDate,
                    statFact.aggregate()});
            if (rows.size() == BATCH) {
                flush();
            }
        }

        public int written() {
            return seq;
        }

        private void flush() {
            if (rows.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("""
                    INSERT INTO fact (stats_file, seq, metric, fact_value, unit, region, operator, period, qualifier,
                                      origin, source, sentence, run_date, aggregate_region)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            rows.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
