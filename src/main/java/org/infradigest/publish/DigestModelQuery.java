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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one query layer behind every output: reads the store into a {@link DigestModel} for a run date.
 * A fact is new when the article it came from was first read in this run.
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
                licences(), sources(), rejects(), metrics);
    }

    private List<DigestFact> facts(LocalDate runDate) {
        return jdbc.query("""
                SELECT f.metric, f.fact_value, f.unit, f.region, f.operator, f.period, f.qualifier, f.origin,
                       f.source, f.sentence, a.first_run
                FROM fact f LEFT JOIN article a ON a.article_key = f.article_key
                ORDER BY f.metric, f.region, f.operator, f.period, f.source, f.seq""",
                (rs, row) -> {
                    BigDecimal value = rs.getBigDecimal("fact_value").stripTrailingZeros();
                    Fact fact = new Fact(rs.getString("metric"), value, rs.getString("unit"), rs.getString("region"),
                            rs.getString("operator"), rs.getString("period"),
                            Qualifier.valueOf(rs.getString("qualifier")), Origin.valueOf(rs.getString("origin")),
                            rs.getString("source"), rs.getString("sentence"));
                    Date firstRun = rs.getDate("first_run");
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
                SELECT COALESCE(a.url, a.file) AS source, a.title, a.published, a.format,
                       (SELECT COUNT(*) FROM fact f WHERE f.article_key = a.article_key) AS facts
                FROM article a ORDER BY a.published DESC NULLS LAST, a.title""",
                (rs, row) -> {
                    Date published = rs.getDate("published");
                    return new SourceEntry(rs.getString("source"), rs.getString("title"),
                            published == null ? null : published.toLocalDate(), rs.getString("format"),
                            rs.getInt("facts"));
                });
    }

    private List<Reject> rejects() {
        return jdbc.query("SELECT step, file, location, reason FROM reject ORDER BY file, location, reject_id",
                (rs, row) -> new Reject(rs.getString("step"), rs.getString("file"),
                        rs.getString("location").isEmpty() ? null : rs.getString("location"),
                        rs.getString("reason")));
    }
}
