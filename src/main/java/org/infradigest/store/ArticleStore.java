package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.infradigest.domain.Article;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores articles so that each story is kept once: the same text is one article (content key), a known
 * URL with new text replaces its earlier version, and so does a re-saved single-article file without a URL.
 */
public class ArticleStore {

    /** What saving one article did. */
    public enum Outcome { NEW, REPLACED, DUPLICATE }

    private final JdbcTemplate jdbc;
    private final DerivedRows derivedRows;

    public ArticleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.derivedRows = new DerivedRows(jdbc);
    }

    public Outcome save(Article article, LocalDate runDate) {
        Date run = Date.valueOf(runDate);
        if (exists(article.key())) {
            // Same text seen again (another feed, a re-run): keep one row, remember it is still current.
            jdbc.update("UPDATE article SET last_run = ?, url = COALESCE(url, ?) WHERE article_key = ?",
                    run, urlUnlessTaken(article), article.key());
            return Outcome.DUPLICATE;
        }
        Optional<String> earlier = earlierVersionOf(article);
        earlier.ifPresent(this::delete);
        jdbc.update("""
                INSERT INTO article (article_key, url, title, published, outlet, file, format, body, first_run, last_run)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                article.key(), blankToNull(article.url()), article.title(),
                article.published() == null ? null : Date.valueOf(article.published()),
                article.outlet(), article.file(), article.format(), article.body(), run, run);
        return earlier.isPresent() ? Outcome.REPLACED : Outcome.NEW;
    }

    private boolean exists(String key) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE article_key = ?", Integer.class, key);
        return n != null && n > 0;
    }

    /** The stored article this one supersedes: same URL, or for a URL-less single-article file, same file. */
    private Optional<String> earlierVersionOf(Article article) {
        List<String> keys;
        if (blankToNull(article.url()) != null) {
            keys = jdbc.queryForList("SELECT article_key FROM article WHERE url = ?", String.class, article.url());
        } else if (isSingleArticleFormat(article.format())) {
            keys = jdbc.queryForList("SELECT article_key FROM article WHERE url IS NULL AND file = ? AND format = ?",
                    String.class, article.file(), article.format());
        } else {
            keys = List.of();
        }
        return keys.stream().findFirst();
    }

    private String urlUnlessTaken(Article article) {
        String url = blankToNull(article.url());
        if (url == null) {
            return null;
        }
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE url = ?", Integer.class, url);
        return n != null && n > 0 ? null : url;
    }

    private void delete(String articleKey) {
        derivedRows.deleteFor(articleKey);
        jdbc.update("DELETE FROM article WHERE article_key = ?", articleKey);
    }

    private static boolean isSingleArticleFormat(String format) {
        return "text".equals(format) || "html".equals(format);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
