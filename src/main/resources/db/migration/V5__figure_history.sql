-- The reconcile step now updates figures in place, so each keeps its history across runs: when its key was
-- first reported, when its value last changed, and what it was before. Figures that exist already have no
-- known first run (NULL: before history was kept).
ALTER TABLE figure ADD COLUMN first_run DATE;
ALTER TABLE figure ADD COLUMN changed_run DATE;
ALTER TABLE figure ADD COLUMN previous_value DECIMAL(38, 10);
ALTER TABLE figure ADD COLUMN previous_run DATE;

-- The run date of the last reconcile and the one before it: a re-run of the same date compares with the
-- run before, not with its own first attempt.
CREATE TABLE reconcile_run (
    id              INT  PRIMARY KEY CHECK (id = 1),
    run_date        DATE NOT NULL,
    prior_run_date  DATE
);
