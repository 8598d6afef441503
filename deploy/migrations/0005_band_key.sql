-- depends: 0004_band_recency
-- One index per band row instead of two: the recency order becomes the primary key (a document has one
-- publication time, so (band, published_at, doc_id) is as unique as (band, doc_id)), which halves the
-- index work of every insert and lets a lookup read each band's latest rows straight from the key.

ALTER TABLE doc_bands DROP CONSTRAINT doc_bands_pkey;
DROP INDEX doc_bands_recent;
-- doc ids order byte-wise ("C") in the key, as lookups rank them and as the in-memory index does
ALTER TABLE doc_bands ALTER COLUMN doc_id SET DATA TYPE text COLLATE "C";
ALTER TABLE doc_bands ADD PRIMARY KEY (band, published_at, doc_id);
