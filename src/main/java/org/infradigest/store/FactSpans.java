package org.infradigest.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose facts are where: a row of {@code fact_span} says that the facts with ids {@code first_id} to
 * {@code last_id} belong to an article ({@code article_no}) or to a statistics table ({@code stats_file}).
 * An article's facts are usually one span, a table's one per batch of rows. The spans are written in the
 * transaction of their facts and deleted with them, so they always match the fact table: facts are deleted only
 * here (the census counts the statistics files from the spans, {@link FactCensus#STATISTICS_FILES}).
 */
final class FactSpans {

    private static final String INSERT = "INSERT INTO fact_span (article_no, stats_file, first_id, last_id) "
            + "VALUES (?, ?, ?, ?)";
    private static final String DELETE_FACTS = "DELETE FROM fact WHERE fact_id BETWEEN ? AND ?";

    private final JdbcTemplate jdbc;

    FactSpans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Spans of facts collected as the facts get their ids, one owner's facts after another's. */
    static final class Builder {

        private final List<Span> spans = new ArrayList<>();
        private Span open;

        void add(Long articleNo, String statsFile, long id) {
            if (open != null && id == open.last + 1 && Objects.equals(open.articleNo, articleNo)
                    && Objects.equals(open.statsFile, statsFile)) {
                open.last = id;
            } else {
                open = new Span(articleNo, statsFile, id);
                spans.add(open);
            }
        }
    }

    private static final class Span {
        final Long articleNo;
        final String statsFile;
        final long first;
        long last;

        Span(Long articleNo, String statsFile, long first) {
            this.articleNo = articleNo;
            this.statsFile = statsFile;
            this.first = first;
            this.last = first;
        }
    }

    /** Records the spans, in the caller's transaction. */
    void insert(Builder builder) {
        List<Span> spans = builder.spans;
        if (spans.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Span span = spans.get(i);
                if (span.articleNo == null) {
                    ps.setNull(1, Types.BIGINT);
                } else {
                    ps.setLong(1, span.articleNo);
                }
                ps.setString(2, span.statsFile);
                ps.setLong(3, span.first);
                ps.setLong(4, span.last);
            }

            @Override
            public int getBatchSize() {
                return spans.size();
            }
        });
    }

    /** Deletes the facts of these articles and their spans. */
    void deleteForArticles(List<Long> articleNos) {
        if (articleNos.isEmpty()) {
            return;
        }
        List<Object[]> ranges = new ArrayList<>();
        InLists.query(jdbc, "SELECT first_id, last_id FROM fact_span WHERE stats_file IS NULL AND article_no",
                articleNos, rs -> ranges.add(new Object[] {rs.getLong(1), rs.getLong(2)}));
        deleteFacts(ranges);
        jdbc.batchUpdate("DELETE FROM fact_span WHERE article_no = ? AND stats_file IS NULL",
                articleNos.stream().map(no -> new Object[] {no}).toList());
    }

    /** Deletes the facts of this statistics table and their spans. */
    void deleteForStatsFile(String statsFile) {
        List<Object[]> ranges = jdbc.query(
                "SELECT first_id, last_id FROM fact_span WHERE article_no IS NULL AND stats_file = ?",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2)}, statsFile);
        deleteFacts(ranges);
        jdbc.update("DELETE FROM fact_span WHERE article_no IS NULL AND stats_file = ?", statsFile);
    }

    private void deleteFacts(List<Object[]> ranges) {
        if (!ranges.isEmpty()) {
            jdbc.batchUpdate(DELETE_FACTS, ranges);
        }
    }
}
