-- A fact belongs to an article (article_no) or to a statistics table (stats_file), never both. One index on
-- (stats_file, article_no) serves the deletes of either owner (an article's facts are those without stats_file
-- and with its number), where two indexes each took an entry for every fact, most of them NULL: every news fact
-- sat in the statistics-file index and every table row in the article index. Both load steps now write one index
-- entry per row instead of two (target preset: ingestStats 7.4 s -> 6.7 s).
DROP INDEX fact_article;
DROP INDEX fact_stats_file;
CREATE INDEX fact_owner ON fact (stats_file, article_no);
