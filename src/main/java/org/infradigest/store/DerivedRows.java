package org.infradigest.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The rows extraction derives from one article; they are always replaced together. */
final class DerivedRows {

    private static final String[] TABLES = {"fact", "statement", "initiative", "operator_mention", "licence_approval"};

    private final JdbcTemplate jdbc;

    DerivedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void deleteFor(String articleKey) {
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE article_key = ?", articleKey);
        }
    }

    /** The same for several articles: one batch statement per table. */
    void deleteFor(List<String> articleKeys) {
        List<Object[]> args = articleKeys.stream().map(k -> new Object[] {k}).toList();
        for (String table : TABLES) {
            jdbc.batchUpdate("DELETE FROM " + table + " WHERE article_key = ?", args);
        }
    }
}
