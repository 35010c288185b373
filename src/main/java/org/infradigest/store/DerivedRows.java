package org.infradigest.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows extraction derives from one article, keyed by its number, with the mark of the engine version that
 * derived them; they are always replaced together.
 */
final class DerivedRows {

    /** One delete per table. An article's facts are those without a statistics file: fact_owner finds them by both. */
    private static final List<String> DELETES = List.of(
            "DELETE FROM fact WHERE stats_file IS NULL AND article_no = ?",
            "DELETE FROM statement WHERE article_no = ?",
            "DELETE FROM initiative WHERE article_no = ?",
            "DELETE FROM operator_mention WHERE article_no = ?",
            "DELETE FROM licence_approval WHERE article_no = ?",
            "DELETE FROM article_extraction WHERE article_no = ?");

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
        for (String delete : DELETES) {
            jdbc.batchUpdate(delete, args);
        }
    }
}
