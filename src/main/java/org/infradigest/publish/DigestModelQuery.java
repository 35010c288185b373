package org.infradigest.publish;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.reconcile.Conflict;
import org.infradigest.reconcile.Figure;
import org.infradigest.reconcile.FigureHistory;
import org.infradigest.reconcile.FigureKey;
import org.infradigest.store.FactCensus;
import org.infradigest.store.KeyOrderedFacts;
import org.infradigest.store.sort.RowCodec;
import org.infradigest.store.sort.SortWorkspace;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one query layer behind every output: a {@link DigestModel} for a run date whose collections are read
 * from the store as the writers walk them, and whose totals are aggregate queries (the fact counts from the
 * census reconcile took, {@link FactCensus}). A fact is new when the article it came from was first read in this
 * run (for statistics: when its file was loaded in this run).
 */
public class DigestModelQuery {

    private final JdbcTemplate jdbc;
    private final KeyOrderedFacts keyOrderedFacts;
    private final SortWorkspace sorts;
    private final Map<String, MetricInfo> metrics;
    private final FactCensus census;

    public DigestModelQuery(JdbcTemplate jdbc, KeyOrderedFacts keyOrderedFacts, SortWorkspace sorts,
                            Map<String, MetricInfo> metrics) {
        this.jdbc = jdbc;
        this.keyOrderedFacts = keyOrderedFacts;
        this.sorts = sorts;
        this.metrics = Map.copyOf(metrics);
        this.census = new FactCensus(jdbc);
    }

    public DigestModel load(LocalDate runDate) {
        Date run = Date.valueOf(runDate);
        return new DigestModel(runDate, Instant.now(), metrics, totals(run), facts(runDate), figures(), conflicts(),
                statements(), initiatives(), operators(), licences(), sources(), rejects(), runs());
    }

    private DigestTotals totals(Date run) {
        Map<String, Long> byFormat = new LinkedHashMap<>();
        jdbc.query("SELECT format, COUNT(*) AS n FROM article GROUP BY format",
                rs -> {
                    byFormat.put(rs.getString("format"), rs.getLong("n"));
                });
        // Counted by reconcile as it read every fact (FactCensus): no scan of the fact table unless they changed.
        FactCensus.Counts facts = census.counts(run.toLocalDate());
        if (facts.statisticsFiles() > 0) {
            byFormat.merge(DigestTotals.STATISTICS_FORMAT, facts.statisticsFiles(), Long::sum);
        }
        long[] figures = jdbc.queryForObject("""
                SELECT COUNT(*),
                       COALESCE(SUM(CASE WHEN first_run = ? THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN changed_run = ? AND previous_value IS NOT NULL
                                          AND (first_run IS NULL OR first_run <> ?) THEN 1 ELSE 0 END), 0)
                FROM figure""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, run, run, run);
        return new DigestTotals(facts.facts(), facts.newsFacts(), facts.statisticsFacts(), facts.newFacts(),
                figures[0], figures[1], figures[2],
                count("SELECT COUNT(*) FROM conflict"), count("SELECT COUNT(*) FROM statement"),
                count("SELECT COUNT(*) FROM initiative"), count("SELECT COUNT(*) FROM licence_approval"),
                count(OPERATOR_UNITS_COUNT), count("SELECT COUNT(*) FROM reject"), byFormat);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Facts in published order: key order ({@link KeyOrderedFacts}), the same order for the same content. A fact
     * is new when its article (or table) was first read in this run.
     */
    private Rows<DigestFact> facts(LocalDate runDate) {
        return new Rows<>() {
            @Override
            public void forEach(Consumer<? super DigestFact> action) {
                keyOrderedFacts.forEach(f -> action.accept(new DigestFact(f.fact(), runDate.equals(f.firstSeen()))));
            }

            @Override
            public long count() {
                Long n = jdbc.queryForObject("SELECT COUNT(*) FROM fact", Long.class);
                return n == null ? 0 : n;
            }
        };
    }

    /** Newest article first; the order of {@code ORDER BY a.published DESC NULLS LAST, s.article_key, s.seq}. */
    private static final Comparator<Object[]> STATEMENT_ORDER = Comparator
            .comparing((Object[] row) -> (Date) row[5], Comparator.nullsLast(Comparator.<Date>reverseOrder()))
            .thenComparing(row -> (String) row[6])
            .thenComparingInt(row -> (Integer) row[7]);

    private Rows<Statement> statements() {
        return new SortedQueryRows<>(jdbc, sorts, """
                SELECT s.speaker, s.role, s.organisation, s.text, s.source, a.published, s.article_key, s.seq
                FROM statement s JOIN article a ON a.article_no = s.article_no""",
                "SELECT COUNT(*) FROM statement",
                List.of(RowCodec.Type.TEXT, RowCodec.Type.TEXT, RowCodec.Type.TEXT, RowCodec.Type.TEXT,
                        RowCodec.Type.TEXT, RowCodec.Type.DATE, RowCodec.Type.TEXT, RowCodec.Type.INT),
                STATEMENT_ORDER,
                row -> new Statement((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4]));
    }

    private Rows<Initiative> initiatives() {
        return new JdbcRows<>(jdbc, """
                SELECT operator, region, action, source, sentence FROM initiative
                ORDER BY operator, region, article_key, seq""",
                "SELECT COUNT(*) FROM initiative",
                (rs, row) -> new Initiative(rs.getString("operator"), rs.getString("region"),
                        rs.getString("action"), rs.getString("source"), rs.getString("sentence")));
    }

    private static final String OPERATOR_UNITS_COUNT =
            "SELECT COUNT(*) FROM (SELECT DISTINCT operator, region, unit FROM operator_mention)";

    private Rows<OperatorUnit> operators() {
        return new JdbcRows<>(jdbc, """
                SELECT operator, region, unit, COUNT(DISTINCT source) AS sources, MIN(source) AS first_source
                FROM operator_mention GROUP BY operator, region, unit
                ORDER BY operator, region NULLS FIRST, unit NULLS FIRST""",
                OPERATOR_UNITS_COUNT,
                (rs, row) -> new OperatorUnit(rs.getString("operator"), rs.getString("region"),
                        rs.getString("unit"), rs.getLong("sources"), rs.getString("first_source")));
    }

    private Rows<LicenceApproval> licences() {
        return new JdbcRows<>(jdbc, """
                SELECT region, firms, cumulative, batch, service, named_firms, source, sentence
                FROM licence_approval ORDER BY region, article_key, seq""",
                "SELECT COUNT(*) FROM licence_approval",
                (rs, row) -> new LicenceApproval(rs.getString("region"), rs.getInt("firms"),
                        rs.getBoolean("cumulative"), rs.getString("batch"), rs.getString("service"),
                        rs.getString("named_firms"), rs.getString("source"), rs.getString("sentence")));
    }

    /** Newest first; the order of {@code ORDER BY published DESC NULLS LAST, title, source}. */
    private static final Comparator<Object[]> SOURCE_ORDER = Comparator
            .comparing((Object[] row) -> (Date) row[2], Comparator.nullsLast(Comparator.<Date>reverseOrder()))
            .thenComparing(row -> (String) row[1], Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(row -> (String) row[0], Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** The statistics tables as sources: from the census reconcile took, or counted from the facts. */
    private static final String TABLES_COUNTED = """
            SELECT stats_file, 'statistics table', NULL, 'statistics', COUNT(*)
            FROM fact WHERE stats_file IS NOT NULL GROUP BY stats_file""";
    private static final String TABLES_FROM_CENSUS = """
            SELECT stats_file, 'statistics table', NULL, 'statistics', facts FROM fact_census_stats_file""";

    private Rows<SourceEntry> sources() {
        boolean fromCensus = census.holdsStatisticsFiles();
        return new SortedQueryRows<>(jdbc, sorts, """
                SELECT COALESCE(a.url, a.file), a.title, a.published, a.format, COALESCE(e.facts, 0)
                FROM article a LEFT JOIN article_extraction e ON e.article_no = a.article_no
                UNION ALL
                """ + (fromCensus ? TABLES_FROM_CENSUS : TABLES_COUNTED),
                fromCensus
                        ? "SELECT (SELECT COUNT(*) FROM article) + (SELECT COUNT(*) FROM fact_census_stats_file)"
                        : "SELECT (SELECT COUNT(*) FROM article) + (" + FactCensus.STATISTICS_FILES + ")",
                List.of(RowCodec.Type.TEXT, RowCodec.Type.TEXT, RowCodec.Type.DATE, RowCodec.Type.TEXT,
                        RowCodec.Type.LONG),
                SOURCE_ORDER,
                row -> new SourceEntry((String) row[0], (String) row[1],
                        row[2] == null ? null : ((Date) row[2]).toLocalDate(), (String) row[3],
                        ((Long) row[4]).intValue()));
    }

    private Rows<DigestFigure> figures() {
        return new JdbcRows<>(jdbc, """
                SELECT metric, region, operator, period, fact_value, unit, qualifier, origin, source, sources,
                       conflict, aggregate_region, first_run, changed_run, previous_value, previous_run
                FROM figure ORDER BY metric, region, operator, period""",
                "SELECT COUNT(*) FROM figure",
                (rs, row) -> {
                    FigureKey key = new FigureKey(rs.getString("metric"), rs.getString("region"),
                            rs.getString("operator"), rs.getString("period"));
                    Fact record = new Fact(key.metric(), rs.getBigDecimal("fact_value").stripTrailingZeros(),
                            rs.getString("unit"), key.region(), emptyToNull(key.operator()),
                            emptyToNull(key.period()), Qualifier.valueOf(rs.getString("qualifier")),
                            Origin.valueOf(rs.getString("origin")), rs.getString("source"), null);
                    BigDecimal previous = rs.getBigDecimal("previous_value");
                    return new DigestFigure(new Figure(key, record, rs.getInt("sources"), rs.getBoolean("conflict"),
                            rs.getBoolean("aggregate_region")),
                            new FigureHistory(date(rs, "first_run"), date(rs, "changed_run"),
                                    previous == null ? null : previous.stripTrailingZeros(), date(rs, "previous_run")));
                });
    }

    private Rows<Conflict> conflicts() {
        return new IdPagedRows<>(jdbc, """
                SELECT metric, region, operator, period, record_value, record_origin, record_source, other_value,
                       other_origin, other_source, other_sentence, difference_pct
                FROM conflict""", "conflict", "conflict_id",
                (rs, row) -> {
                    FigureKey key = new FigureKey(rs.getString("metric"), rs.getString("region"),
                            rs.getString("operator"), rs.getString("period"));
                    Fact record = new Fact(key.metric(), rs.getBigDecimal("record_value").stripTrailingZeros(), null,
                            key.region(), emptyToNull(key.operator()), emptyToNull(key.period()), Qualifier.EXACT,
                            Origin.valueOf(rs.getString("record_origin")), rs.getString("record_source"), null);
                    Fact other = new Fact(key.metric(), rs.getBigDecimal("other_value").stripTrailingZeros(), null,
                            key.region(), emptyToNull(key.operator()), emptyToNull(key.period()), Qualifier.EXACT,
                            Origin.valueOf(rs.getString("other_origin")), rs.getString("other_source"),
                            rs.getString("other_sentence"));
                    return new Conflict(key, record, other, rs.getBigDecimal("difference_pct"));
                });
    }

    private Rows<Reject> rejects() {
        return new JdbcRows<>(jdbc, "SELECT step, file, location, reason FROM reject ORDER BY file, location, reject_id",
                "SELECT COUNT(*) FROM reject",
                (rs, row) -> new Reject(rs.getString("step"), rs.getString("file"),
                        rs.getString("location").isEmpty() ? null : rs.getString("location"),
                        rs.getString("reason")));
    }

    /** The job repository's record of every run, step by step, latest run first; a partitioned step's workers
     *  are summed up in its own row. */
    private Rows<RunStep> runs() {
        return new JdbcRows<>(jdbc, """
                SELECT je.JOB_EXECUTION_ID, p.PARAMETER_VALUE AS run_date, je.STATUS AS run_status, se.STEP_NAME,
                       se.STATUS, se.READ_COUNT, se.WRITE_COUNT, se.FILTER_COUNT,
                       se.READ_SKIP_COUNT + se.PROCESS_SKIP_COUNT + se.WRITE_SKIP_COUNT AS skipped,
                       se.START_TIME, se.END_TIME
                FROM BATCH_STEP_EXECUTION se
                JOIN BATCH_JOB_EXECUTION je ON je.JOB_EXECUTION_ID = se.JOB_EXECUTION_ID
                LEFT JOIN BATCH_JOB_EXECUTION_PARAMS p
                       ON p.JOB_EXECUTION_ID = je.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'runDate'
                WHERE se.STEP_NAME NOT LIKE '%:%'
                ORDER BY je.JOB_EXECUTION_ID DESC, se.STEP_EXECUTION_ID""",
                "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME NOT LIKE '%:%'",
                (rs, row) -> {
                    LocalDateTime started = dateTime(rs, "START_TIME");
                    LocalDateTime ended = dateTime(rs, "END_TIME");
                    Double seconds = started == null || ended == null ? null
                            : Duration.between(started, ended).toMillis() / 1000.0;
                    return new RunStep(rs.getLong("JOB_EXECUTION_ID"), runDate(rs.getString("run_date")),
                            rs.getString("run_status"), rs.getString("STEP_NAME"), rs.getString("STATUS"),
                            rs.getLong("READ_COUNT"), rs.getLong("WRITE_COUNT"), rs.getLong("FILTER_COUNT"),
                            rs.getLong("skipped"), started, seconds);
                });
    }

    private static LocalDate runDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
