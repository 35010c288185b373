package org.infradigest.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows extraction derives from one article, keyed by its number, with the mark of the engine version that
 * derived them; they are always replaced together.
 */
final class DerivedRows {

    /** One delete per table besides the facts, which go by their spans ({@link FactSpans}). */
    private static final List<String> DELETES = List.of(
            "DELETE FROM statement WHERE article_no = ?",
            "DELETE FROM initiative WHERE article_no = ?",
            "DELETE FROM operator_mention WHERE article_no = ?",
            "DELETE FROM licence_approval WHERE article_no = ?",
            "DELETE FROM article_extraction WHERE article_no = ?");

    private final JdbcTemplate jdbc;
    private final FactSpans factSpans;

    DerivedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.factSpans = new FactSpans(jdbc);
    }

    /** Deletes the rows of the articles with these numbers: a batch statement per table. */
    void deleteFor(List<Long> articleNos) {
        if (articleNos.isEmpty()) {
            return;
        }
        factSpans.deleteForArticles(articleNos);
        List<Object[]> args = articleNos.stream().map(no -> new Object[] {no}).toList();
        for (String delete : DELETES) {
            jdbc.batchUpdate(delete, args);
        }
    }
}
