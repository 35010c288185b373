-- Articles are found by content key and by URL through 64-bit hashes of them (the first 8 bytes of SHA-256 of the
-- text, computed by H2 as the row is written, and by ArticleLookupHash for the lookups), and keyed by their
-- number. The key and URL were indexed as text, in hash order: every chunk of new articles dirtied pages all over
-- both indexes, and each store of the file wrote those pages again. Entries of eight bytes make the indexes an
-- eighth of the size. In a harness of 100,000 articles with their bodies (33 a commit), the text indexes took
-- 5.1-5.6 s and wrote 747 MB, hash indexes 4.2-4.5 s and 470-480 MB, and no lookup index at all 3.7 s and 395 MB.
-- On the benchmark's target preset ingestNews wrote 1.06-1.08 GB to the file before, 0.63-0.64 GB after, and its
-- threads took 4.5 CPU-seconds less (H2's store threads, the writing thread and the collector).
-- The hash indexes are not unique: two keys or URLs may share a hash (one can be made to, for a URL), and the
-- lookups compare the full text. The store keeps one article per key and per URL (ArticleStore: one writer, the
-- step's), as the unique indexes did.
ALTER TABLE article ADD COLUMN key_hash BIGINT
    GENERATED ALWAYS AS (CAST(SUBSTRING(HASH('SHA-256', article_key), 1, 8) AS BIGINT));
ALTER TABLE article ADD COLUMN url_hash BIGINT
    GENERATED ALWAYS AS (CAST(SUBSTRING(HASH('SHA-256', url), 1, 8) AS BIGINT));
ALTER TABLE article DROP PRIMARY KEY;
ALTER TABLE article ALTER COLUMN article_key SET NOT NULL;
DROP INDEX article_url;
DROP INDEX article_no;
ALTER TABLE article ADD CONSTRAINT article_pk PRIMARY KEY (article_no);
CREATE INDEX article_key_hash ON article (key_hash);
CREATE INDEX article_url_hash ON article (url_hash);
