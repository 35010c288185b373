package org.infradigest.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The rows extraction derives from one article, keyed by its number; they are always replaced together. */
final class DerivedRows {

    private static final String[] TABLES = {"fact", "statement", "initiative", "operator_mention", "licence_approval"};

    private final JdbcTemplate jdbc;

    DerivedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the rows of the articles with these numbers: one batch statement per table. */
    void deleteFor(List<Long> articleNos) {
        if (articleNos.isEmpty()) {
            return;
        }
        List<Object[]> args = articleNos.stream().map(no -> new Object[] {no}).toList();
        for (String table : TABLES) {
            // an article's facts are those without a statistics file: the fact_owner index finds them by both
            String owner = table.equals("fact") ? "stats_file IS NULL AND article_no = ?" : "article_no = ?";
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE " + owner, args);
        }
    }
}
