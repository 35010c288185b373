-- The census also counts each statistics file's facts, which the Sources sheet and the digest's sources list:
-- counting them was a walk of every statistics fact's entry in the owner index (a million on the target preset,
-- 0.4 to 1.5 s), once for the workbook and once for the PDF. A census recorded before this table existed has
-- no rows here for its files; it is not used for them (FactCensus#holdsStatisticsFiles) until reconcile records
-- the next one.
CREATE TABLE fact_census_stats_file (
    stats_file VARCHAR(2048) PRIMARY KEY,
    facts      BIGINT NOT NULL
);
