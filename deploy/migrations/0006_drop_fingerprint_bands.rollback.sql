-- Rollback of 0006_drop_fingerprint_bands: the arrays again, rebuilt from doc_bands.
ALTER TABLE doc_fingerprints ADD COLUMN bands bigint[] NOT NULL DEFAULT '{}';
UPDATE doc_fingerprints AS d
   SET bands = coalesce((SELECT array_agg(b.band ORDER BY b.band) FROM doc_bands AS b WHERE b.doc_id = d.doc_id), '{}');
ALTER TABLE doc_fingerprints ALTER COLUMN bands DROP DEFAULT;
