package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.infradigest.domain.Origin;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts of the fact table every output quotes (facts, by origin, first seen in a run, statistics files and
 * the facts of each).
 * Counting them is a scan of every fact row, which reconcile does anyway: it tallies the facts as they pass
 * ({@link Tally}) and records the census, and publish takes it from there ({@link #counts}) instead of scanning
 * the table again on one core before its writers start. A census holds while the table's fingerprint
 * ({@link FactsFingerprint}) is the one it was taken at, whatever the run; otherwise, and before the first, the
 * counts come from the table.
 */
public final class FactCensus {

    /**
     * @param newFacts        facts whose article or table was first read in the run
     * @param statisticsFiles statistics files with at least one fact
     */
    public record Counts(long facts, long newsFacts, long statisticsFacts, long newFacts, long statisticsFiles) {
    }

    /** Statistics files with at least one fact: every fact is in a span of its owner ({@link FactSpans}). */
    public static final String STATISTICS_FILES =
            "SELECT COUNT(DISTINCT stats_file) FROM fact_span WHERE article_no IS NULL AND stats_file IS NOT NULL";

    private final JdbcTemplate jdbc;

    public FactCensus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fact table as it is now ({@link FactsFingerprint}). */
    public String fingerprint() {
        return FactsFingerprint.of(jdbc);
    }

    /** Counts the facts handed to it. */
    public static Tally tally() {
        return new Tally();
    }

    /**
     * Records what a tally of every fact counted, if the table is still as it was at {@code fingerprint}. The
     * census row goes last: a record cut short leaves none, and the counts come from the table.
     */
    public void record(Tally tally, String fingerprint) {
        jdbc.update("DELETE FROM fact_census");
        if (!fingerprint.equals(fingerprint())) {
            return; // the facts changed while they were counted
        }
        jdbc.update("DELETE FROM fact_census_first_seen");
        List<Object[]> firstSeen = new ArrayList<>();
        tally.byFirstSeen.forEach((date, facts) -> firstSeen.add(new Object[] {Date.valueOf(date), facts[0]}));
        jdbc.batchUpdate("INSERT INTO fact_census_first_seen (first_seen, facts) VALUES (?, ?)", firstSeen);
        jdbc.update("DELETE FROM fact_census_stats_file");
        List<Object[]> files = new ArrayList<>();
        tally.statisticsFiles.forEach((file, facts) -> files.add(new Object[] {file, facts[0]}));
        jdbc.batchUpdate("INSERT INTO fact_census_stats_file (stats_file, facts) VALUES (?, ?)", files);
        jdbc.update("""
                INSERT INTO fact_census (id, facts_fingerprint, facts, news_facts, statistics_facts, statistics_files)
                VALUES (1, ?, ?, ?, ?, ?)""", fingerprint, tally.facts, tally.newsFacts, tally.statisticsFacts,
                (long) tally.statisticsFiles.size());
    }

    /** The counts for the run of {@code runDate}: the recorded census if it still holds, else counted now. */
    public Counts counts(LocalDate runDate) {
        return recorded(runDate).orElseGet(() -> counted(runDate));
    }

    /** The recorded census, if the facts have not changed since it was taken. */
    Optional<Counts> recorded(LocalDate runDate) {
        List<long[]> rows = jdbc.query("""
                SELECT facts, news_facts, statistics_facts, statistics_files FROM fact_census
                WHERE id = 1 AND facts_fingerprint = ?""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}, fingerprint());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long[] r = rows.getFirst();
        Long newFacts = jdbc.query("SELECT facts FROM fact_census_first_seen WHERE first_seen = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, Date.valueOf(runDate));
        return Optional.of(new Counts(r[0], r[1], r[2], newFacts == null ? 0 : newFacts, r[3]));
    }

    /**
     * Whether the recorded census holds and counted each statistics file's facts ({@code fact_census_stats_file}):
     * a census recorded before that table existed has no rows there.
     */
    public boolean holdsStatisticsFiles() {
        Long holds = jdbc.queryForObject("""
                SELECT COUNT(*) FROM fact_census
                WHERE id = 1 AND facts_fingerprint = ?
                  AND statistics_files = (SELECT COUNT(*) FROM fact_census_stats_file)""", Long.class, fingerprint());
        return holds != null && holds > 0;
    }

    /** The counts from the table itself (one scan of it), the files from the facts' spans. */
    Counts counted(LocalDate runDate) {
        Long files = jdbc.queryForObject(STATISTICS_FILES, Long.class);
        return jdbc.queryForObject("""
                SELECT COUNT(*),
                       COALESCE(SUM(CASE WHEN origin = 'NEWS' THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN origin = 'STATISTICS' THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN first_seen = ? THEN 1 ELSE 0 END), 0)
                FROM fact""",
                (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        files == null ? 0 : files), Date.valueOf(runDate));
    }

    /** The counts of the facts seen so far; one thread's. */
    public static final class Tally {

        private final Map<LocalDate, long[]> byFirstSeen = new HashMap<>(); // an entry per run date, not per fact
        private final Map<String, long[]> statisticsFiles = new HashMap<>(); // an entry per file, not per row
        private long facts;
        private long newsFacts;
        private long statisticsFacts;

        private Tally() {
        }

        public void add(StoredFact fact) {
            facts++;
            if (fact.fact().origin() == Origin.NEWS) {
                newsFacts++;
            } else if (fact.fact().origin() == Origin.STATISTICS) {
                statisticsFacts++;
            }
            if (fact.firstSeen() != null) {
                byFirstSeen.computeIfAbsent(fact.firstSeen(), date -> new long[1])[0]++;
            }
            if (fact.statsFile() != null) {
                statisticsFiles.computeIfAbsent(fact.statsFile(), file -> new long[1])[0]++;
            }
        }

        /** What the facts seen so far count for the run of {@code runDate}. */
        Counts counts(LocalDate runDate) {
            long[] newFacts = byFirstSeen.get(runDate);
            return new Counts(facts, newsFacts, statisticsFacts, newFacts == null ? 0 : newFacts[0],
                    statisticsFiles.size());
        }
    }
}
