/**
 * Reading news files into {@link org.infradigest.domain.Article}s for the {@code ingestNews} step.
 *
 * <p>{@link org.infradigest.news.NewsFileParser#parse(String, byte[])} takes a file's name and bytes and
 * returns a {@link org.infradigest.news.ParseResult}: the articles and a
 * {@link org.infradigest.domain.Reject} for whatever could not be read (empty, binary, oversized,
 * undecodable, unknown format, malformed feed, broken JSON line, unreadable date). It never throws on bad
 * input and opens no files: the batch step reads the bytes, after
 * {@link org.infradigest.news.NewsFileParser#checkSize(String, long)} for the size limit.
 *
 * <p>Formats, each with its reader: plain text with an optional {@code Title:/Date:/URL:/Source:} header
 * ({@link org.infradigest.news.PlainTextArticleReader}), HTML pages with their furniture removed
 * ({@link org.infradigest.news.HtmlArticleReader}), RSS and Atom feeds without DOCTYPEs
 * ({@link org.infradigest.news.FeedArticleReader}) and news-please JSON lines
 * ({@link org.infradigest.news.JsonLinesArticleReader}). Every body follows one contract: paragraphs
 * separated by a newline, whitespace collapsed, entities decoded, table cells as {@code |cell} lines.
 *
 * <p>{@link org.infradigest.news.ArticleKey} gives an article its content key and
 * {@link org.infradigest.news.ArticleDeduplicator} keeps one article per URL and per key, reporting the rest.
 */
package org.infradigest.news;
