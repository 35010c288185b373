-- Sentences and quoted text are short: they now sit in the row (CHARACTER VARYING holds up to 10^9 characters)
-- instead of H2's LOB store, which cost extra map writes for every value over 256 bytes: inserting 760,000 news
-- facts took 87 s of CPU with CLOB sentences and 47 s without. Article bodies stay CLOBs, out of the article rows
-- that other queries scan.
ALTER TABLE fact ALTER COLUMN sentence SET DATA TYPE CHARACTER VARYING;
ALTER TABLE statement ALTER COLUMN text SET DATA TYPE CHARACTER VARYING;
ALTER TABLE initiative ALTER COLUMN action SET DATA TYPE CHARACTER VARYING;
ALTER TABLE initiative ALTER COLUMN sentence SET DATA TYPE CHARACTER VARYING;
ALTER TABLE licence_approval ALTER COLUMN sentence SET DATA TYPE CHARACTER VARYING;
ALTER TABLE conflict ALTER COLUMN other_sentence SET DATA TYPE CHARACTER VARYING;

-- (article_key, seq) was unique: every statistics fact (article_key NULL) then went to a random place of that
-- index, which tripled the cost of loading a table. Extraction replaces an article's facts in one transaction,
-- so the key is kept by the writer; the index serves the deletes and counts by article.
ALTER TABLE fact DROP CONSTRAINT fact_article_seq;
CREATE INDEX fact_article ON fact (article_key);

-- Reconcile and publish now read the facts in table order and sort them themselves (KeyOrderedFacts): walking
-- fact_order fetched every row from a random place of the table.
DROP INDEX IF EXISTS fact_order;

-- The run the fact's article (or table) was first read in, kept with the fact so that publishing does not join
-- every fact with its article.
ALTER TABLE fact ADD COLUMN first_seen DATE;
UPDATE fact f SET first_seen = COALESCE((SELECT a.first_run FROM article a WHERE a.article_key = f.article_key),
                                        f.run_date);
ALTER TABLE fact ALTER COLUMN first_seen SET NOT NULL;

-- Reconcile writes the conflicts largest difference first, so their ids are the order the Conflicts sheet and the
-- digest read them in; walking conflict_order fetched each row from a random place.
DROP INDEX IF EXISTS conflict_order;

-- How many facts extraction found in each article, kept with the article for the Sources sheet and the digest's
-- sources (counting them per article took longer than reading the articles).
ALTER TABLE article ADD COLUMN facts INT DEFAULT 0 NOT NULL;
UPDATE article a SET facts = (SELECT COUNT(*) FROM fact f WHERE f.article_key = a.article_key);

-- extracted_version NULL now means "never extracted, nothing to replace": extraction skips the deletes for such
-- articles. A rebuild marks extracted articles 'rebuild' instead of NULL; one interrupted before this version may
-- have left NULL on articles that have rows.
UPDATE article a SET extracted_version = 'rebuild'
WHERE extracted_version IS NULL
  AND (EXISTS (SELECT 1 FROM fact f WHERE f.article_key = a.article_key)
       OR EXISTS (SELECT 1 FROM statement s WHERE s.article_key = a.article_key)
       OR EXISTS (SELECT 1 FROM initiative i WHERE i.article_key = a.article_key)
       OR EXISTS (SELECT 1 FROM operator_mention o WHERE o.article_key = a.article_key)
       OR EXISTS (SELECT 1 FROM licence_approval l WHERE l.article_key = a.article_key));
