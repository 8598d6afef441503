-- Rollback of 0003_doc_bands.
CREATE INDEX IF NOT EXISTS doc_fingerprints_bands ON doc_fingerprints USING gin (bands);
DROP TABLE IF EXISTS doc_bands;
