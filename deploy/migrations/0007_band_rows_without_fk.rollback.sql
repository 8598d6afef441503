-- Rollback of 0007_band_rows_without_fk.
ALTER TABLE doc_bands RESET (autovacuum_vacuum_insert_threshold, autovacuum_vacuum_insert_scale_factor);
DELETE FROM doc_bands AS b WHERE NOT EXISTS (SELECT 1 FROM doc_fingerprints AS d WHERE d.doc_id = b.doc_id);
CREATE INDEX doc_bands_doc ON doc_bands (doc_id);
ALTER TABLE doc_bands ADD CONSTRAINT doc_bands_doc_id_fkey
    FOREIGN KEY (doc_id) REFERENCES doc_fingerprints (doc_id) ON DELETE CASCADE;
