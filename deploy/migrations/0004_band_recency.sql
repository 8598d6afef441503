-- depends: 0003_doc_bands
-- Each band is read newest-first and only its latest few earlier documents are looked at (BAND_DEPTH in
-- services/deduper/documents.py): a band shared by hundreds of stories is noise, and without the limit a
-- lookup's work grew with every copy in the window. The band rows carry their document's time for that.

ALTER TABLE doc_bands ADD COLUMN published_at timestamptz;
UPDATE doc_bands AS b SET published_at = d.published_at FROM doc_fingerprints AS d WHERE d.doc_id = b.doc_id;
ALTER TABLE doc_bands ALTER COLUMN published_at SET NOT NULL;
-- doc ids compare byte-wise ("C"), as the in-memory index does, whatever the database's locale
CREATE INDEX doc_bands_recent ON doc_bands (band, published_at DESC, doc_id COLLATE "C" DESC);
CREATE INDEX doc_fingerprints_text_order ON doc_fingerprints (text_hash, published_at, doc_id COLLATE "C");
DROP INDEX IF EXISTS doc_fingerprints_hash;
