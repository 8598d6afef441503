-- depends: 0006_drop_fingerprint_bands
-- Band rows no longer reference their fingerprint row: the foreign key cost one lookup of doc_fingerprints
-- per inserted band row (64 per document) and its cascade needed an index on doc_bands (doc_id) that every
-- insert maintained. Pruning deletes band rows by their own publication time instead (pg_index.prune).
--
-- Lookups read the newest band rows, which are not yet all-visible until a vacuum passes: vacuum the
-- insert-only table after every 100,000 new rows (~1,600 documents) rather than after a fifth of its size.

ALTER TABLE doc_bands DROP CONSTRAINT IF EXISTS doc_bands_doc_id_fkey;
DROP INDEX IF EXISTS doc_bands_doc;
ALTER TABLE doc_bands SET (autovacuum_vacuum_insert_threshold = 100000, autovacuum_vacuum_insert_scale_factor = 0);
