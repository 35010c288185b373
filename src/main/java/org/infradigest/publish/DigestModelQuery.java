package org.infradigest.publish;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Origin;
import org.infradigest.domain.Qualifier;
import org.infradigest.domain.Reject;
import org.infradigest.domain.Statement;
import org.infradigest.reconcile.Conflict;
import org.infradigest.reconcile.Figure;
import org.infradigest.reconcile.FigureKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one query layer behind every output: reads the store into a {@link DigestModel} for a run date.
 * A fact is new when the article it came from was first read in this run (for statistics: when its file was
 * loaded in this run).
 */
public class DigestModelQuery {

    private final JdbcTemplate jdbc;
    private final Map<String, MetricInfo> metrics;

    public DigestModelQuery(JdbcTemplate jdbc, Map<String, MetricInfo> metrics) {
        this.jdbc = jdbc;
        this.metrics = Map.copyOf(metrics);
    }

    public DigestModel load(LocalDate runDate) {
        return new DigestModel(runDate, Instant.now(), facts(runDate), statements(), initiatives(), operators(),
                licences(), sources(), rejects(), metrics, figures(), conflicts());
    }

    private List<DigestFact> facts(LocalDate runDate) {
        return jdbc.query("""
                SELECT f.metric, f.fact_value, f.unit, f.region, f.operator, f.period, f.qualifier, f.origin,
                       f.source, f.sentence, a.first_run, f.run_date
                FROM fact f LEFT JOIN article a ON a.article_key = f.article_key""",
                (rs, row) -> {
                    BigDecimal value = rs.getBigDecimal("fact_value").stripTrailingZeros();
                    Fact fact = new Fact(rs.getString("metric"), value, rs.getString("unit"), rs.getString("region"),
                            rs.getString("operator"), rs.getString("period"),
                            Qualifier.valueOf(rs.getString("qualifier")), Origin.valueOf(rs.getString("origin")),
                            rs.getString("source"), rs.getString("sentence"));
                    Date firstRun = rs.getDate("first_run");
                    if (firstRun == null) {
                        firstRun = rs.getDate("run_date"); // statistics: the run that (re)loaded the file
                    }
                    return new DigestFact(fact, firstRun != null && firstRun.toLocalDate().equals(runDate));
                });
    }

    private List<Statement> statements() {
        return jdbc.query("""
                SELECT s.speaker, s.role, s.organisation, s.text, s.source
                FROM statement s JOIN article a ON a.article_key = s.article_key
                ORDER BY a.published DESC NULLS LAST, s.article_key, s.seq""",
                (rs, row) -> new Statement(rs.getString("speaker"), rs.getString("role"),
                        rs.getString("organisation"), rs.getString("text"), rs.getString("source")));
    }

    private List<Initiative> initiatives() {
        return jdbc.query("""
                SELECT operator, region, action, source, sentence FROM initiative
                ORDER BY operator, region, article_key, seq""",
                (rs, row) -> new Initiative(rs.getString("operator"), rs.getString("region"),
                        rs.getString("action"), rs.getString("source"), rs.getString("sentence")));
    }

    private List<OperatorMention> operators() {
        return jdbc.query("""
                SELECT DISTINCT operator, region, unit, source FROM operator_mention
                ORDER BY operator, region NULLS FIRST, unit, source""",
                (rs, row) -> new OperatorMention(rs.getString("operator"), rs.getString("region"),
                        rs.getString("unit"), rs.getString("source")));
    }

    private List<LicenceApproval> licences() {
        return jdbc.query("""
                SELECT region, firms, cumulative, batch, service, named_firms, source, sentence
                FROM licence_approval ORDER BY region, article_key, seq""",
                (rs, row) -> new LicenceApproval(rs.getString("region"), rs.getInt("firms"),
                        rs.getBoolean("cumulative"), rs.getString("batch"), rs.getString("service"),
                        rs.getString("named_firms"), rs.getString("source"), rs.getString("sentence")));
    }

    private List<SourceEntry> sources() {
        return jdbc.query("""
                SELECT * FROM (
                    SELECT COALESCE(a.url, a.file) AS source, a.title, a.published, a.format,
                           (SELECT COUNT(*) FROM fact f WHERE f.article_key = a.article_key) AS facts
                    FROM article a
                    UNION ALL
                    SELECT stats_file, 'statistics table', NULL, 'statistics', COUNT(*)
                    FROM fact WHERE stats_file IS NOT NULL GROUP BY stats_file)
                ORDER BY published DESC NULLS LAST, title, source""",
                (rs, row) -> {
                    Date published = rs.getDate("published");
                    return new SourceEntry(rs.getString("source"), rs.getString("title"),
                            published == null ? null : published.toLocalDate(), rs.getString("format"),
                            rs.getInt("facts"));
                });
    }

    private List<Figure> figures() {
        return jdbc.query("""
                SELECT metric, region, operator, period, fact_value, unit, qualifier, origin, source, sources,
                       conflict, aggregate_region
                FROM figure ORDER BY metric, aggregate_region, region, operator, period""",
                (rs, row) -> {
                    FigureKey key = new FigureKey(rs.getString("metric"), rs.getString("region"),
                            rs.getString("operator"), rs.getString("period"));
                    Fact record = new Fact(key.metric(), rs.getBigDecimal("fact_value").stripTrailingZeros(),
                            rs.getString("unit"), key.region(), emptyToNull(key.operator()),
                            emptyToNull(key.period()), Qualifier.valueOf(rs.getString("qualifier")),
                            Origin.valueOf(rs.getString("origin")), rs.getString("source"), null);
                    return new Figure(key, record, rs.getInt("sources"), rs.getBoolean("conflict"),
                            rs.getBoolean("aggregate_region"));
                });
    }

    private List<Conflict> conflicts() {
        return jdbc.query("""
                SELECT metric, region, operator, period, record_value, record_origin, record_source, other_value,
                       other_origin, other_source, other_sentence, difference_pct
                FROM conflict ORDER BY difference_pct DESC, metric, region, conflict_id""",
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

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private List<Reject> rejects() {
        return jdbc.query("SELECT step, file, location, reason FROM reject ORDER BY file, location, reject_id",
                (rs, row) -> new Reject(rs.getString("step"), rs.getString("file"),
                        rs.getString("location").isEmpty() ? null : rs.getString("location"),
                        rs.getString("reason")));
    }
}
