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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what extraction found in an article, replacing whatever an earlier extraction of the same article
 * wrote, and marks the article as extracted by this engine version. Re-running is therefore harmless.
 */
public class ExtractionStore {

    private static final MultiRowInsert FACT_INSERT = new MultiRowInsert("fact", List.of("fact_id", "article_key",
            "seq", "metric", "fact_value", "unit", "region", "operator", "period", "qualifier", "origin", "source",
            "sentence", "run_date", "first_seen", "article_no"));

    private final JdbcTemplate jdbc;
    private final FactIds factIds;
    private final FactSpans factSpans;
    private final DerivedRows derivedRows;

    /** A store with fact ids of its own: for tests and tools that write through one store. */
    public ExtractionStore(JdbcTemplate jdbc) {
        this(jdbc, new FactIds(jdbc));
    }

    /** @param factIds shared by every store writing facts into this database, so that none leaves ids unused */
    public ExtractionStore(JdbcTemplate jdbc, FactIds factIds) {
        this.jdbc = jdbc;
        this.factIds = factIds;
        this.factSpans = new FactSpans(jdbc);
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
        Map<String, StoredArticle> stored = lookUp(items);
        // Only an article extracted before (extracted_version set, if stale) has rows to replace: a first
        // extraction skips five index probes each.
        derivedRows.deleteFor(stored.values().stream().filter(StoredArticle::extractedBefore)
                .map(StoredArticle::articleNo).toList());
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
            long no = article.articleNo();
            factRows(key, no, extraction.facts(), run, article.firstRun(), facts);
            statementRows(key, no, extraction.statements(), statements);
            initiativeRows(key, no, extraction.initiatives(), initiatives);
            operatorRows(key, no, extraction.operators(), operators);
            licenceRows(key, no, extraction.licences(), licences);
            versions.add(new Object[] {engineVersion, extraction.facts().size(), no});
        }
        if (!facts.isEmpty()) {
            insertFacts(facts);
        }
        batch("""
                INSERT INTO statement (article_key, article_no, seq, speaker, role, organisation, text, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", statements);
        batch("""
                INSERT INTO initiative (article_key, article_no, seq, operator, region, action, source, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", initiatives);
        batch("""
                INSERT INTO operator_mention (article_key, article_no, seq, operator, region, unit, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", operators);
        batch("""
                INSERT INTO licence_approval (article_key, article_no, seq, region, firms, cumulative, batch,
                                              service, named_firms, source, sentence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", licences);
        // A row of its own, not an update of the article's: see V13 (the article row sits in hash-ordered indexes).
        batch("INSERT INTO article_extraction (extracted_version, facts, article_no) VALUES (?, ?, ?)", versions);
    }

    private void insertFacts(List<Object[]> facts) {
        long[] idOf = factIds.reserve(facts.size());
        FactSpans.Builder spans = new FactSpans.Builder();
        for (int i = 0; i < idOf.length; i++) {
            spans.add((Long) facts.get(i)[14], null, idOf[i]);
        }
        // Typed setters: a generic setObject(null) makes Spring ask the driver for each parameter's type.
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            FACT_INSERT.insert(connection, facts, (ps, o, row, index) -> {
                ps.setLong(o + 1, idOf[index]);
                ps.setString(o + 2, (String) row[0]);
                ps.setInt(o + 3, (Integer) row[1]);
                ps.setString(o + 4, (String) row[2]);
                ps.setBigDecimal(o + 5, (java.math.BigDecimal) row[3]);
                FactColumns.setText(ps, o + 6, (String) row[4]);
                ps.setString(o + 7, (String) row[5]);
                FactColumns.setKeyPart(ps, o + 8, (String) row[6]);
                FactColumns.setKeyPart(ps, o + 9, (String) row[7]);
                ps.setString(o + 10, (String) row[8]);
                ps.setString(o + 11, (String) row[9]);
                ps.setString(o + 12, (String) row[10]);
                FactColumns.setText(ps, o + 13, (String) row[11]);
                ps.setDate(o + 14, (Date) row[12]);
                ps.setDate(o + 15, (Date) row[13]);
                ps.setLong(o + 16, (Long) row[14]);
            });
            return null;
        });
        factSpans.insert(spans);
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

    /**
     * The chunk's articles as stored. The job's reader brings this along with each article; an article given by
     * key only is looked up, and one that is not stored is an error (its rows could never be replaced).
     */
    private Map<String, StoredArticle> lookUp(List<? extends ArticleExtraction> items) {
        Map<String, StoredArticle> stored = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (ArticleExtraction item : items) {
            if (item.stored() != null) {
                stored.put(item.articleKey(), item.stored());
            } else {
                missing.add(item.articleKey());
            }
        }
        ArticleLookupHash.query(jdbc, "SELECT article_key, article_no, first_run, "
                + PendingArticles.EXTRACTED_BEFORE + " FROM article WHERE key_hash", missing,
                rs -> stored.put(rs.getString(1), new StoredArticle(rs.getLong(2), rs.getDate(3), rs.getBoolean(4))));
        for (String key : missing) {
            if (!stored.containsKey(key)) {
                throw new IllegalArgumentException("no stored article has the key " + key);
            }
        }
        return stored;
    }

    private static void factRows(String articleKey, long articleNo, List<Fact> facts, Date runDate, Date firstSeen,
                                 List<Object[]> rows) {
        int seq = 0;
        for (Fact f : facts) {
            rows.add(new Object[] {articleKey, seq++, f.metric(), f.value(), f.unit(), f.region(), f.operator(),
                    f.period(), f.qualifier().name(), f.origin().name(), f.source(), f.sentence(), runDate,
                    firstSeen, articleNo});
        }
    }

    private static void statementRows(String articleKey, long articleNo, List<Statement> statements,
                                      List<Object[]> rows) {
        int seq = 0;
        for (Statement s : statements) {
            rows.add(new Object[] {articleKey, articleNo, seq++, fit(s.speaker(), 200), fit(s.role(), 500),
                    fit(s.organisation(), 500), s.text(), s.source()});
        }
    }

    private static void initiativeRows(String articleKey, long articleNo, List<Initiative> initiatives,
                                      List<Object[]> rows) {
        int seq = 0;
        for (Initiative i : initiatives) {
            rows.add(new Object[] {articleKey, articleNo, seq++, fit(i.operator(), 200), fit(i.region(), 200),
                    i.action(), i.source(), i.sentence()});
        }
    }

    private static void operatorRows(String articleKey, long articleNo, List<OperatorMention> operators,
                                      List<Object[]> rows) {
        int seq = 0;
        for (OperatorMention o : operators) {
            rows.add(new Object[] {articleKey, articleNo, seq++, fit(o.operator(), 200), fit(o.region(), 200),
                    fit(o.unit(), 500), o.source()});
        }
    }

    private static void licenceRows(String articleKey, long articleNo, List<LicenceApproval> licences,
                                      List<Object[]> rows) {
        int seq = 0;
        for (LicenceApproval l : licences) {
            rows.add(new Object[] {articleKey, articleNo, seq++, fit(l.region(), 200), l.firms(), l.cumulative(),
                    fit(l.batch(), 200), fit(l.service(), 500), fit(l.namedFirms(), 1000), l.source(), l.sentence()});
        }
    }
}
