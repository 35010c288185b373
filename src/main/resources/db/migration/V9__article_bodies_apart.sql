-- Article bodies move out of the article row into a table of their own, keyed by article number, as CHARACTER
-- VARYING instead of CLOB. H2 stored each body of a few kilobytes in its LOB store: a temporary LOB when the value
-- was bound, a copy into the table's LOB, three map writes and a cleaner thread, and a reader to hand it out again.
-- Keyed by the sequential number, a night's bodies append to the end of one map. The article rows that other
-- queries scan stay narrow.
CREATE TABLE article_body (
    article_no BIGINT            PRIMARY KEY,
    body       CHARACTER VARYING NOT NULL
);
INSERT INTO article_body (article_no, body) SELECT article_no, body FROM article;
ALTER TABLE article DROP COLUMN body;
