package org.infradigest.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.infradigest.domain.Article;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.batch.infrastructure.item.database.support.H2PagingQueryProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The articles that still need extracting with the current engine version, with what the store knows of each
 * (so writing an extraction looks nothing up). An article is pending while {@code article_extraction} holds no mark
 * of the current version for it. Pages in the order the articles were stored (H2's row id), which is their number's
 * order, so a chunk's marks and rows land on neighbouring pages, not on a hundred random ones (the keys are hashes).
 * Keeps no restart state on purpose: an article drops out of the query once its extraction is committed, so a
 * restarted step simply continues with what is left.
 */
public final class PendingArticles {

    /** Whether the article row in the query was ever extracted, by any version: it has rows to replace. */
    static final String EXTRACTED_BEFORE =
            "EXISTS (SELECT 1 FROM article_extraction e WHERE e.article_no = article.article_no)";

    /** No mark of this version ({@code :version}) for the article row in the query. */
    private static final String NOT_MARKED = "NOT EXISTS (SELECT 1 FROM article_extraction e"
            + " WHERE e.article_no = article.article_no AND e.extracted_version = %s)";

    private PendingArticles() {
    }

    public static JdbcPagingItemReader<PendingArticle> reader(DataSource dataSource, String engineVersion,
                                                              int pageSize) throws Exception {
        return reader(dataSource, engineVersion, pageSize, 0, Long.MAX_VALUE);
    }

    /** The pending articles stored between two row ids (both included): one partition's share. */
    public static JdbcPagingItemReader<PendingArticle> reader(DataSource dataSource, String engineVersion,
                                                              int pageSize, long fromRow, long toRow)
            throws Exception {
        H2PagingQueryProvider query = new H2PagingQueryProvider();
        query.setSelectClause("_ROWID_, article_key, url, title, published, outlet, file, format, article_no,"
                + " first_run, " + EXTRACTED_BEFORE + " AS extracted_before,"
                + " (SELECT b.body FROM article_body b WHERE b.article_no = article.article_no) AS body");
        query.setFromClause("article");
        query.setWhereClause(NOT_MARKED.formatted(":version") + " AND _ROWID_ BETWEEN :fromRow AND :toRow");
        query.setSortKeys(Map.of("_ROWID_", Order.ASCENDING));
        return new JdbcPagingItemReaderBuilder<PendingArticle>()
                .name("pendingArticles")
                .dataSource(dataSource)
                .queryProvider(query)
                .parameterValues(Map.of("version", engineVersion, "fromRow", fromRow, "toRow", toRow))
                .pageSize(pageSize)
                .rowMapper(PendingArticles::article)
                .saveState(false)
                .build();
    }

    /** The lowest and highest row id of the articles still to extract, or null when there are none. */
    public static long[] pendingRows(JdbcTemplate jdbc, String engineVersion) {
        String sql = "SELECT MIN(_ROWID_), MAX(_ROWID_) FROM article WHERE " + NOT_MARKED.formatted("?");
        return jdbc.queryForObject(sql, (rs, n) -> {
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        }, engineVersion);
    }

    static PendingArticle article(ResultSet rs, int row) throws SQLException {
        java.sql.Date published = rs.getDate("published");
        Article article = new Article(rs.getString("article_key"), rs.getString("title"),
                published == null ? null : published.toLocalDate(), rs.getString("url"), rs.getString("outlet"),
                rs.getString("file"), rs.getString("format"), rs.getString("body"));
        return new PendingArticle(article, new StoredArticle(rs.getLong("article_no"), rs.getDate("first_run"),
                rs.getBoolean("extracted_before")));
    }
}
