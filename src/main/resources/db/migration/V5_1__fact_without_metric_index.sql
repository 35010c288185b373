-- fact_metric (metric, region, operator, period) served no query: reconcile and publish order by
-- COALESCE(operator, ''), which no index answers, and nothing looks facts up by metric. Keeping it up to date
-- was a good part of the cost of loading a million statistics rows (issue 7's benchmark, bench/run).
DROP INDEX IF EXISTS fact_metric;
