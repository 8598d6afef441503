-- Rollback of 0005_band_key.
ALTER TABLE doc_bands DROP CONSTRAINT doc_bands_pkey;
ALTER TABLE doc_bands ALTER COLUMN doc_id SET DATA TYPE text COLLATE "default";
ALTER TABLE doc_bands ADD PRIMARY KEY (band, doc_id);
CREATE INDEX doc_bands_recent ON doc_bands (band, published_at DESC, doc_id COLLATE "C" DESC);
