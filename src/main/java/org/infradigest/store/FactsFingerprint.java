package org.infradigest.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fact table's row count and highest id, read without a scan. Facts are inserted with new ids or deleted,
 * never updated, so equal fingerprints mean the same rows: an insert raises the highest id unless it is deleted
 * again, and a delete of an older row lowers the count. What is derived from every fact (reconcile's figures, the
 * census, facts sorted in key order) stands while the fingerprint does.
 */
public final class FactsFingerprint {

    private FactsFingerprint() {
    }

    public static String of(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(MAX(fact_id), 0) FROM fact",
                (rs, n) -> "facts-" + rs.getLong(1) + "-" + rs.getLong(2));
    }
}
