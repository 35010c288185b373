-- Articles are found through 64-bit hashes (the first 8 bytes of SHA-256 of the text, computed by H2 as the row is
-- written, and by ArticleLookupHash for the lookups) and keyed by their number: key_hash is the content key's,
-- locator_hash that of where the article came from, its URL, or 'file:' and its file when it has none.
-- The key and URL were indexed as text, in hash order: every chunk of new articles dirtied pages all over both
-- indexes, and each store of the file wrote those pages again. Entries of eight bytes make the indexes an eighth
-- of the size. In a harness of 100,000 articles with their bodies (33 a commit), the text indexes took 5.1-5.6 s
-- and wrote 747 MB, hash indexes 4.2-4.5 s and 470-480 MB, and no lookup index at all 3.7 s and 395 MB. On the
-- benchmark's target preset ingestNews wrote 1.06-1.08 GB to the file before, 0.63-0.64 GB after, and its threads
-- took 4.5 CPU-seconds less (H2's store threads, the writing thread and the collector).
-- A re-saved single-article file without URL replaces the article from the same file, which was looked up among
-- all articles without URL, one after the other: 20,000 plain-text files without URL took 19.4 s to store, the
-- last 5,000 of them 7.8 s (2.0 and 0.4 s through the file's hash, in a test's in-memory database).
-- The hash indexes are not unique: two keys or locators may share a hash (one can be made to, for a URL), and the
-- lookups compare the full text. The store keeps one article per key and per URL (ArticleStore: one writer, the
-- step's), as the unique indexes did.
ALTER TABLE article ADD COLUMN key_hash BIGINT
    GENERATED ALWAYS AS (CAST(SUBSTRING(HASH('SHA-256', article_key), 1, 8) AS BIGINT));
ALTER TABLE article ADD COLUMN locator_hash BIGINT
    GENERATED ALWAYS AS (CAST(SUBSTRING(HASH('SHA-256', COALESCE(url, 'file:' || file)), 1, 8) AS BIGINT));
ALTER TABLE article DROP PRIMARY KEY;
ALTER TABLE article ALTER COLUMN article_key SET NOT NULL;
DROP INDEX article_url;
DROP INDEX article_no;
ALTER TABLE article ADD CONSTRAINT article_pk PRIMARY KEY (article_no);
CREATE INDEX article_key_hash ON article (key_hash);
CREATE INDEX article_locator_hash ON article (locator_hash);
