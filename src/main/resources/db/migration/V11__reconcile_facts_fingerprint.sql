-- What the stored figures and conflicts were reconciled from: the rules' version and the fact table's row count
-- and highest id. Facts are only ever inserted (with new ids) or deleted, never updated, so an equal fingerprint
-- means the same facts, and a night with nothing new skips reconcile instead of deciding every figure again
-- (target preset's store: 15 s). NULL until the next reconcile has run. A later migration that rewrites fact
-- rows in place must set it to NULL.
ALTER TABLE reconcile_run ADD COLUMN facts_fingerprint VARCHAR(200);
