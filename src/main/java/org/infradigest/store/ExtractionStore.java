package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        replaceAll(List.of(new ArticleExtraction(articleKey, extraction, List.of())), engineVersion, runDate);
    }

    /**
     * Replaces the extractions of several articles (a chunk) with one batch statement per table instead of a
     * dozen statements per article.
     */
    public void replaceAll(List<? extends ArticleExtraction> items, String engineVersion, LocalDate runDate) {
        if (items.isEmpty()) {
            return;
        }
        List<String> keys = items.stream().map(ArticleExtraction::articleKey).toList();
        Map<String, StoredArticle> stored = stored(keys);
        // Only an article extracted before (extracted_version set, if stale) has rows to replace: a first
        // extraction skips five index probes each.
        derivedRows.deleteFor(keys.stream()
                .filter(k -> !stored.containsKey(k) || stored.get(k).extractedBefore()).toList());
        List<Object[]> facts = new ArrayList<>();
        List<Object[]> statements = new ArrayList<>();
        List<Object[]> initiatives = new ArrayList<>();
        List<Object[]> operators = new ArrayList<>();
        List<Object[]> licences = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>(items.size());
        Date run = Date.valueOf(runDate);

        for (ArticleExtraction item : items) {
            String key = item.articleKey();
            Extraction extraction = item.extraction();
            StoredArticle article = stored.get(key);
            factRows(key, extraction.facts(), run, article == null ? run : article.firstRun(), facts);
            statementRows(key, extraction.statements(), statements);
            initiativeRows(key, extraction.initiatives(), initiatives);
            operatorRows(key, extraction.operators(), operators);
            licenceRows(key, extraction.licences(), licences);
            versions.add(new Object[] {engineVersion, extraction.facts().size(), key});
        }
        if (!facts.isEmpty()) {
            // Typed setters: a generic setObject(null) makes Spring ask the driver for each parameter's type.
            jdbc.batchUpdate("""
                    INSERT INTO fact (article_key, seq, metric, fact_value, unit, region, operator, period, qualifier,
                                      origin, source, sentence, run_date, first_seen)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", facts, facts.size(), (ps, row) -> {
                ps.setString(1, (String) row[0]);
                ps.setInt(2, (Integer) row[1]);
                ps.setString(3, (String) row[2]);
                ps.setBigDecimal(4, (java.math.BigDecimal) row[3]);
                FactColumns.setText(ps, 5, (String) row[4]);
                ps.setString(6, (String) row[5]);
                FactColumns.setKeyPart(ps, 7, (String) row[6]);
                FactColumns.setKeyPart(ps, 8, (String) row[7]);
                ps.setString(9, (String) row[8]);
                ps.setString(10, (String) row[9]);
                ps.setString(11, (String) row[10]);
                FactColumns.setText(ps, 12, (String) row[11]);
                ps.setDate(13, (Date) row[12]);
                ps.setDate(14, (Date) row[13]);
            });
        }
        batch("""
                INSERT INTO statement (article_key, seq, speaker, role, organisation, text, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statements);
        batch("""
                INSERT INTO initiative (article_key, seq, operator, region, action, source, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", initiatives);
        batch("""
                INSERT INTO operator_mention (article_key, seq, operator, region, unit, source)
                VALUES (?, ?, ?, ?, ?, ?)""", operators);
        batch("""
                INSERT INTO licence_approval (article_key, seq, region, firms, cumulative, batch, service,
                                              named_firms, source, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", licences);
        batch("UPDATE article SET extracted_version = ?, facts = ? WHERE article_key = ?", versions);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /**
     * A run-on sentence can make a role or a firm list longer than its column: it is shortened with an
     * ellipsis rather than failing the chunk (the full sentence stays in the row's sentence or text).
     */
    static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** What the store knows of an article: the run it was first read in, and whether it was extracted before. */
    private record StoredArticle(Date firstRun, boolean extractedBefore) {
    }

    /** The chunk's articles as stored: their facts are new in the digest of the run the article was first read in. */
    private Map<String, StoredArticle> stored(List<String> keys) {
        Map<String, StoredArticle> stored = new HashMap<>();
        InLists.query(jdbc, "SELECT article_key, first_run, extracted_version FROM article WHERE article_key", keys,
                rs -> {
                    stored.put(rs.getString(1), new StoredArticle(rs.getDate(2), rs.getString(3) != null));
                });
        return stored;
    }

    private static void factRows(String articleKey, List<Fact> facts, Date runDate, Date firstSeen,
                                 List<Object[]> rows) {
        int seq = 0;
        for (Fact f : facts) {
            rows.add(new Object[] {articleKey, seq++, f.metric(), f.value(), f.unit(), f.region(), f.operator(),
                    f.period(), f.qualifier().name(), f.origin().name(), f.source(), f.sentence(), runDate,
                    firstSeen});
        }
    }

    private static void statementRows(String articleKey, List<Statement> statements, List<Object[]> rows) {
        int seq = 0;
        for (Statement s : statements) {
            rows.add(new Object[] {articleKey, seq++, fit(s.speaker(), 200), fit(s.role(), 500),
                    fit(s.organisation(), 500), s.text(), s.source()});
        }
    }

    private static void initiativeRows(String articleKey, List<Initiative> initiatives, List<Object[]> rows) {
        int seq = 0;
        for (Initiative i : initiatives) {
            rows.add(new Object[] {articleKey, seq++, fit(i.operator(), 200), fit(i.region(), 200), i.action(),
                    i.source(), i.sentence()});
        }
    }

    private static void operatorRows(String articleKey, List<OperatorMention> operators, List<Object[]> rows) {
        int seq = 0;
        for (OperatorMention o : operators) {
            rows.add(new Object[] {articleKey, seq++, fit(o.operator(), 200), fit(o.region(), 200), fit(o.unit(), 500),
                    o.source()});
        }
    }

    private static void licenceRows(String articleKey, List<LicenceApproval> licences, List<Object[]> rows) {
        int seq = 0;
        for (LicenceApproval l : licences) {
            rows.add(new Object[] {articleKey, seq++, fit(l.region(), 200), l.firms(), l.cumulative(),
                    fit(l.batch(), 200), fit(l.service(), 500), fit(l.namedFirms(), 1000), l.source(), l.sentence()});
        }
    }
}
