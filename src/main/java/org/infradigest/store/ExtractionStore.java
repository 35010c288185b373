package org.infradigest.store;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.infradigest.domain.Extraction;
import org.infradigest.domain.Fact;
import org.infradigest.domain.Initiative;
import org.infradigest.domain.LicenceApproval;
import org.infradigest.domain.OperatorMention;
import org.infradigest.domain.Statement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what extraction found in an article, replacing whatever an earlier extraction of the same article
 * wrote, and marks the article as extracted by this engine version. Re-running is therefore harmless.
 */
public class ExtractionStore {

    private final JdbcTemplate jdbc;
    private final DerivedRows derivedRows;

    public ExtractionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.derivedRows = new DerivedRows(jdbc);
    }

    public void replace(String articleKey, Extraction extraction, String engineVersion, LocalDate runDate) {
        derivedRows.deleteFor(articleKey);
        insertFacts(articleKey, extraction.facts(), runDate);
        insertStatements(articleKey, extraction.statements());
        insertInitiatives(articleKey, extraction.initiatives());
        insertOperators(articleKey, extraction.operators());
        insertLicences(articleKey, extraction.licences());
        jdbc.update("UPDATE article SET extracted_version = ? WHERE article_key = ?", engineVersion, articleKey);
    }

    /**
     * A run-on sentence can make a role or a firm list longer than its column: it is shortened with an
     * ellipsis rather than failing the chunk (the full sentence stays in the row's sentence or text).
     */
    static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private void insertFacts(String articleKey, List<Fact> facts, LocalDate runDate) {
        List<Object[]> rows = new ArrayList<>(facts.size());
        int seq = 0;
        for (Fact f : facts) {
            rows.add(new Object[] {articleKey, seq++, f.metric(), f.value(), f.unit(), f.region(), f.operator(),
                    f.period(), f.qualifier().name(), f.origin().name(), f.source(), f.sentence(),
                    Date.valueOf(runDate)});
        }
        jdbc.batchUpdate("""
                INSERT INTO fact (article_key, seq, metric, fact_value, unit, region, operator, period, qualifier,
                                  origin, source, sentence, run_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertStatements(String articleKey, List<Statement> statements) {
        List<Object[]> rows = new ArrayList<>(statements.size());
        int seq = 0;
        for (Statement s : statements) {
            rows.add(new Object[] {articleKey, seq++, fit(s.speaker(), 200), fit(s.role(), 500),
                    fit(s.organisation(), 500), s.text(), s.source()});
        }
        jdbc.batchUpdate("""
                INSERT INTO statement (article_key, seq, speaker, role, organisation, text, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertInitiatives(String articleKey, List<Initiative> initiatives) {
        List<Object[]> rows = new ArrayList<>(initiatives.size());
        int seq = 0;
        for (Initiative i : initiatives) {
            rows.add(new Object[] {articleKey, seq++, fit(i.operator(), 200), fit(i.region(), 200), i.action(),
                    i.source(), i.sentence()});
        }
        jdbc.batchUpdate("""
                INSERT INTO initiative (article_key, seq, operator, region, action, source, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertOperators(String articleKey, List<OperatorMention> operators) {
        List<Object[]> rows = new ArrayList<>(operators.size());
        int seq = 0;
        for (OperatorMention o : operators) {
            rows.add(new Object[] {articleKey, seq++, fit(o.operator(), 200), fit(o.region(), 200), fit(o.unit(), 500),
                    o.source()});
        }
        jdbc.batchUpdate("""
                INSERT INTO operator_mention (article_key, seq, operator, region, unit, source)
                VALUES (?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertLicences(String articleKey, List<LicenceApproval> licences) {
        List<Object[]> rows = new ArrayList<>(licences.size());
        int seq = 0;
        for (LicenceApproval l : licences) {
            rows.add(new Object[] {articleKey, seq++, fit(l.region(), 200), l.firms(), l.cumulative(),
                    fit(l.batch(), 200), fit(l.service(), 500), fit(l.namedFirms(), 1000), l.source(), l.sentence()});
        }
        jdbc.batchUpdate("""
                INSERT INTO licence_approval (article_key, seq, region, firms, cumulative, batch, service,
                                              named_firms, source, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
