-- depends: 0005_band_key
-- The band keys live in doc_bands since 0003; the array copy in doc_fingerprints was still written on every
-- insert and never read.

ALTER TABLE doc_fingerprints DROP COLUMN bands;
