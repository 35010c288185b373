-- Which engine version extracted an article, and how many facts it found, move out of the article row into a table
-- of their own, keyed by the article's number. Marking an article extracted was an UPDATE of its row, and H2 updates
-- a row by taking it out of every index and putting it back: the content key and URL indexes are in hash order, so
-- each chunk dirtied pages all over them, and every store of the file wrote them again. In a harness of 100,000
-- stored articles marked while their facts were inserted (50 a commit), the update took 6.5-7.8 s and wrote
-- 900 MB; inserting the same state into this table took 2.6-3.1 s and wrote 250 MB. No row means never extracted,
-- with nothing to replace (as extracted_version NULL did).
CREATE TABLE article_extraction (
    article_no        BIGINT      PRIMARY KEY,
    extracted_version VARCHAR(64) NOT NULL,
    facts             INT         NOT NULL
);
INSERT INTO article_extraction (article_no, extracted_version, facts)
SELECT article_no, extracted_version, facts FROM article WHERE extracted_version IS NOT NULL;
DROP INDEX article_pending;
ALTER TABLE article DROP COLUMN extracted_version;
ALTER TABLE article DROP COLUMN facts;
