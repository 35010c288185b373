-- reconcile and publish read every fact in key order. Without an index in that order H2 sorted all facts
-- each time, and with a capped heap it spilled the sort to a temporary store: three full sorts a night.
-- fact_order is that order, so the scans walk the index instead. It starts with fact_metric's columns and
-- serves its lookups too.
-- An absent operator or period is NULL, never '': NULL sorts first, where reconcile's merge with the figures
-- (which store '') expects it.
UPDATE fact SET operator = NULL WHERE operator = '';
UPDATE fact SET period = NULL WHERE period = '';
DROP INDEX fact_metric;
CREATE INDEX fact_order ON fact (metric, region, operator, period, source, article_key, stats_file, seq);

-- The Conflicts sheet and the digest list conflicts largest difference first.
CREATE INDEX conflict_order ON conflict (difference_pct DESC, metric, region, conflict_id);
