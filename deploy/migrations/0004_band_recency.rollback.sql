-- Rollback of 0004_band_recency.
CREATE INDEX IF NOT EXISTS doc_fingerprints_hash ON doc_fingerprints (text_hash);
DROP INDEX IF EXISTS doc_fingerprints_text_order;
DROP INDEX IF EXISTS doc_bands_recent;
ALTER TABLE doc_bands DROP COLUMN IF EXISTS published_at;
