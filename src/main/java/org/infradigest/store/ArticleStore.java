package org.infradigest.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.infradigest.domain.Article;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores articles so that each story is kept once: the same text is one article (content key), a known
 * URL with new text replaces its earlier version, and so does a re-saved single-article file without a URL.
 * Each article is numbered in storage order; its body is kept apart, in {@code article_body} under that number.
 * Key and URL (or the file of an article without URL) are found through 64-bit hashes of them
 * ({@link ArticleLookupHash}, migration V14) and compared in full: the hash indexes are not unique, so this store,
 * the only writer of articles, keeps each key and URL once.
 */
public class ArticleStore {

    /** What saving one article did. */
    public enum Outcome { NEW, REPLACED, DUPLICATE }

    /** The article a URL-less single-article file left before, found by the file's locator hash. */
    static final String SAME_FILE_WITHOUT_URL =
            "SELECT article_key FROM article WHERE locator_hash = ? AND url IS NULL AND file = ? AND format = ?";

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
            jdbc.update("""
                    UPDATE article SET last_run = ?, url = COALESCE(url, ?)
                    WHERE key_hash = ? AND article_key = ?""",
                    run, urlUnlessTaken(article), ArticleLookupHash.of(article.key()), article.key());
            return Outcome.DUPLICATE;
        }
        Optional<String> earlier = earlierVersionOf(article);
        earlier.ifPresent(this::delete);
        insert(List.of(article), runDate);
        return earlier.isPresent() ? Outcome.REPLACED : Outcome.NEW;
    }

    /**
     * Saves a chunk's articles in order, with the same outcome as {@link #save} one by one but without three
     * statements per article: the chunk's keys and URLs are looked up at once, and an article whose key and
     * URL are both unknown (in the store and earlier in the chunk) goes into one batch insert. Any other
     * article (same text again, a new version of a known URL, no URL) is saved by {@link #save} after the
     * pending inserts, so every effect happens in the same order as before.
     */
    public void saveAll(List<Article> articles, LocalDate runDate) {
        Set<String> knownKeys = existing("article_key", "key_hash",
                articles.stream().map(Article::key).toList());
        Set<String> knownUrls = existing("url", "locator_hash",
                articles.stream().map(a -> blankToNull(a.url())).filter(Objects::nonNull).toList());
        List<Article> pending = new ArrayList<>();
        Set<String> pendingKeys = new HashSet<>();
        Set<String> pendingUrls = new HashSet<>();
        for (Article article : articles) {
            String url = blankToNull(article.url());
            boolean unknown = url != null && !knownKeys.contains(article.key()) && !pendingKeys.contains(article.key())
                    && !knownUrls.contains(url) && !pendingUrls.contains(url);
            if (unknown) {
                pending.add(article);
                pendingKeys.add(article.key());
                pendingUrls.add(url);
            } else {
                insert(pending, runDate);
                pending.clear();
                save(article, runDate);
                knownKeys.add(article.key());
                if (url != null) {
                    knownUrls.add(url);
                }
            }
        }
        insert(pending, runDate);
    }

    /** Which of the values are in the column (key or URL) already, found through the column's hash. */
    private Set<String> existing(String column, String hashColumn, List<String> values) {
        Set<String> found = new HashSet<>();
        ArticleLookupHash.query(jdbc, "SELECT " + column + " FROM article WHERE " + hashColumn, values,
                rs -> found.add(rs.getString(1)));
        return found;
    }

    /** Articles per batch statement: the driver keeps a batch's bodies until it runs, on top of the chunk's own. */
    private static final int INSERT_BATCH = 200;

    /** Inserts the articles in order, each numbered next in storage order, with its body in its own table. */
    private void insert(List<Article> articles, LocalDate runDate) {
        if (articles.isEmpty()) {
            return;
        }
        long[] numbers = nextNumbers(articles.size());
        List<Integer> order = IntStream.range(0, articles.size()).boxed().toList();
        Date run = Date.valueOf(runDate);
        jdbc.batchUpdate("""
                INSERT INTO article (article_no, article_key, url, title, published, outlet, file, format, first_run,
                                     last_run)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", order, INSERT_BATCH, (ps, i) -> {
            Article article = articles.get(i);
            ps.setLong(1, numbers[i]);
            ps.setString(2, article.key());
            ps.setString(3, blankToNull(article.url()));
            ps.setString(4, article.title());
            ps.setDate(5, article.published() == null ? null : Date.valueOf(article.published()));
            ps.setString(6, article.outlet());
            ps.setString(7, article.file());
            ps.setString(8, article.format());
            ps.setDate(9, run);
            ps.setDate(10, run);
        });
        jdbc.batchUpdate("INSERT INTO article_body (article_no, body) VALUES (?, ?)", order, INSERT_BATCH,
                (ps, i) -> {
                    ps.setLong(1, numbers[i]);
                    ps.setString(2, articles.get(i).body());
                });
    }

    /** The next {@code count} article numbers, ascending. */
    private long[] nextNumbers(int count) {
        long[] numbers = jdbc.queryForList("SELECT NEXT VALUE FOR article_no_seq FROM SYSTEM_RANGE(1, ?)", Long.class,
                count).stream().mapToLong(Long::longValue).sorted().toArray();
        if (numbers.length != count) {
            throw new IllegalStateException("asked for " + count + " article numbers, got " + numbers.length);
        }
        return numbers;
    }

    private boolean exists(String key) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE key_hash = ? AND article_key = ?",
                Integer.class, ArticleLookupHash.of(key), key);
        return n != null && n > 0;
    }

    /** The stored article this one supersedes: same URL, or for a URL-less single-article file, same file. */
    private Optional<String> earlierVersionOf(Article article) {
        List<String> keys;
        if (blankToNull(article.url()) != null) {
            keys = jdbc.queryForList("SELECT article_key FROM article WHERE locator_hash = ? AND url = ?", String.class,
                    ArticleLookupHash.of(article.url()), article.url());
        } else if (isSingleArticleFormat(article.format())) {
            keys = jdbc.queryForList(SAME_FILE_WITHOUT_URL, String.class, ArticleLookupHash.ofFile(article.file()),
                    article.file(), article.format());
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
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE locator_hash = ? AND url = ?",
                Integer.class, ArticleLookupHash.of(url), url);
        return n != null && n > 0 ? null : url;
    }

    private void delete(String articleKey) {
        List<Long> numbers = jdbc.queryForList("SELECT article_no FROM article WHERE key_hash = ? AND article_key = ?",
                Long.class, ArticleLookupHash.of(articleKey), articleKey);
        derivedRows.deleteFor(numbers);
        numbers.forEach(no -> jdbc.update("DELETE FROM article_body WHERE article_no = ?", no));
        numbers.forEach(no -> jdbc.update("DELETE FROM article WHERE article_no = ?", no));
    }

    private static boolean isSingleArticleFormat(String format) {
        return "text".equals(format) || "html".equals(format);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
