"""The near-duplicate document index in PostgreSQL, shared by every deduper replica.

Each document's LSH band keys are rows of `doc_bands (band, published_at, doc_id)` (a b-tree), so
ranking earlier documents by the bands they share is one short index scan per band (its latest
`BAND_DEPTH` earlier documents); the decision itself is the pure `documents.decide`. Rows older than the
window are pruned (the bands go with them).
"""

from __future__ import annotations

from datetime import timedelta

import asyncpg

from schemas.models import DocumentKind, SourceDocument, TextFingerprint
from services.deduper.documents import BAND_DEPTH, MAX_CANDIDATES, IndexedDocument, lsh_bands

# $1 text_hash, $2 band keys, $3 window start, $4 doc_id, $5 max candidates, $6 published_at, $7 band depth.
# Only earlier documents ((published_at, doc_id) before the new one's, doc ids compared byte-wise like the
# in-memory index), the same text first (its earliest copies), then by bands shared among each band's
# latest `$7`.
_CANDIDATES = """
WITH band_hits AS (
    SELECT hit.doc_id, hit.published_at
    FROM unnest($2::bigint[]) AS b (band)
    CROSS JOIN LATERAL (
        SELECT doc_id, published_at FROM doc_bands
        WHERE band = b.band AND published_at >= $3 AND (published_at, doc_id COLLATE "C") < ($6, $4)
        ORDER BY published_at DESC, doc_id COLLATE "C" DESC
        LIMIT $7
    ) AS hit
), same_text AS (
    SELECT doc_id, published_at FROM doc_fingerprints
    WHERE text_hash = $1 AND published_at >= $3 AND (published_at, doc_id COLLATE "C") < ($6, $4)
    ORDER BY published_at, doc_id COLLATE "C"
    LIMIT $5
), scored AS (
    SELECT doc_id, published_at, count(*) AS shared, false AS same FROM band_hits GROUP BY doc_id, published_at
    UNION ALL
    SELECT doc_id, published_at, 0, true FROM same_text
), ranked AS (
    -- ranked on the band rows alone: only the chosen few are read from doc_fingerprints
    SELECT doc_id, bool_or(same) AS same, max(shared) AS shared, published_at
    FROM scored GROUP BY doc_id, published_at
    ORDER BY same DESC, shared DESC, published_at, doc_id COLLATE "C"
    LIMIT $5
)
SELECT d.doc_id, d.source, d.kind, d.published_at, d.duplicate_of, d.text_hash, d.shingles, d.minhash
-- (band rows compare doc ids byte-wise; the fingerprints' key uses the database's collation)
FROM ranked AS r JOIN doc_fingerprints AS d ON d.doc_id = r.doc_id COLLATE "default"
ORDER BY r.same DESC, r.shared DESC, r.published_at, r.doc_id COLLATE "C"
"""

_INSERT = """
INSERT INTO doc_fingerprints (doc_id, source, kind, published_at, duplicate_of, text_hash, shingles, minhash, refs)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
ON CONFLICT (doc_id) DO NOTHING
"""

_INSERT_BANDS = """
INSERT INTO doc_bands (band, doc_id, published_at) SELECT band, $2, $3 FROM unnest($1::bigint[]) AS band
ON CONFLICT DO NOTHING
"""


def indexed(document: SourceDocument) -> IndexedDocument:
    """The index entry of a claim's carrier document (which must carry its fingerprint)."""
    assert document.fingerprint is not None
    return IndexedDocument(
        doc_id=document.doc_id,
        source=document.source,
        published_at=document.published_at,
        fingerprint=document.fingerprint,
        refs=document.refs,
        kind=document.kind,
    )


class PostgresDocumentIndex:
    def __init__(self, pool: asyncpg.Pool, window: timedelta = timedelta(days=7)) -> None:
        self._pool = pool
        self.window = window

    async def candidates(self, doc: IndexedDocument) -> list[IndexedDocument]:
        """The same candidates as `InMemoryDocumentIndex.candidates`, in the same order."""
        rows = await self._pool.fetch(
            _CANDIDATES, doc.fingerprint.text_hash, sorted(set(lsh_bands(doc.fingerprint.minhash))),
            doc.published_at - self.window, doc.doc_id, MAX_CANDIDATES, doc.published_at, BAND_DEPTH,
        )
        # rows of our own table: built without validation (a decision reads neither refs nor kind of
        # an earlier document, so they are not fetched)
        return [
            IndexedDocument(
                doc_id=r["doc_id"],
                source=r["source"],
                published_at=r["published_at"],
                fingerprint=TextFingerprint.model_construct(
                    text_hash=r["text_hash"], minhash=r["minhash"], shingles=r["shingles"]
                ),
                kind=DocumentKind(r["kind"]),
                duplicate_of=r["duplicate_of"],
            )
            for r in rows
        ]

    async def add(self, doc: IndexedDocument, duplicate_of: str | None) -> None:
        """Index a document (idempotent: a redelivered document keeps its first entry)."""
        await self.add_many([(doc, duplicate_of)])

    async def add_many(self, entries: list[tuple[IndexedDocument, str | None]]) -> None:
        """Index several documents (and their copy-of links) in one transaction; idempotent."""
        if not entries:
            return
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.executemany(_INSERT, [
                (doc.doc_id, doc.source, doc.kind.value, doc.published_at, duplicate_of, doc.fingerprint.text_hash,
                 doc.fingerprint.shingles, doc.fingerprint.minhash, doc.refs.model_dump_json())
                for doc, duplicate_of in entries
            ])
            await conn.executemany(_INSERT_BANDS, [
                (sorted(set(lsh_bands(doc.fingerprint.minhash))), doc.doc_id, doc.published_at) for doc, _ in entries
            ])

    async def prune(self) -> int:
        """Drop entries older than the window before the newest indexed document; returns how many.

        Event time, not the wall clock: a replay of last year's reports keeps its own window.
        """
        result = await self._pool.execute(
            # never past the wall clock: one document dated 2099 must not empty the index
            "DELETE FROM doc_fingerprints WHERE published_at < "
            "(SELECT least(max(published_at), now()) FROM doc_fingerprints) - $1::interval",
            self.window,
        )
        return int(result.split()[-1])
