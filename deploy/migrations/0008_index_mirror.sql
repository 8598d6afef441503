-- depends: 0007_band_rows_without_fk
-- Every deduper replica now looks candidates up in memory, in a mirror of doc_fingerprints that it keeps
-- current by reading the rows added since its last read, in `seq` order: the band rows, their 64 inserts and
-- 64 index scans per document are gone. Writers hold one advisory lock while they decide and insert
-- (services/deduper/pg_index.py), so `seq` order is commit order and a reader never skips a row.

ALTER TABLE doc_fingerprints ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX doc_fingerprints_seq ON doc_fingerprints (seq);
DROP TABLE doc_bands;
