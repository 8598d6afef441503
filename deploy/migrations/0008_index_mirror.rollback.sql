-- Rollback of 0008_index_mirror: the band table again (as 0007 left it), but empty: band keys are blake2b
-- digests computed in Python, not in SQL, so documents indexed before the rollback are found again only by
-- their exact text until they leave the window.
CREATE TABLE doc_bands (
    band          bigint NOT NULL,
    doc_id        text COLLATE "C" NOT NULL,
    published_at  timestamptz NOT NULL,
    PRIMARY KEY (band, published_at, doc_id)
);
ALTER TABLE doc_bands SET (autovacuum_vacuum_insert_threshold = 100000, autovacuum_vacuum_insert_scale_factor = 0);
DROP INDEX IF EXISTS doc_fingerprints_seq;
ALTER TABLE doc_fingerprints DROP COLUMN seq;
