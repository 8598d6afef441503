"""The near-duplicate document index in PostgreSQL, shared by every deduper replica.

Each document's LSH band keys are rows of `doc_bands (band, doc_id)` (a b-tree), so ranking earlier
documents by the bands they share is one index range scan per band; the decision itself is the pure
`documents.decide`. Rows older than the window are pruned (the bands go with them).
"""

from __future__ import annotations

import json
from datetime import timedelta

import asyncpg

from schemas.models import DocumentKind, DocumentRefs, SourceDocument, TextFingerprint
from services.deduper.documents import MAX_CANDIDATES, IndexedDocument, lsh_bands

_CANDIDATES = """
WITH scored AS (
    SELECT doc_id, count(*) AS shared FROM doc_bands WHERE band = ANY($2::bigint[]) GROUP BY doc_id
    UNION ALL
    SELECT doc_id, 0 FROM doc_fingerprints WHERE text_hash = $1
)
SELECT d.doc_id, d.source, d.kind, d.published_at, d.duplicate_of, d.text_hash, d.shingles, d.minhash, d.refs
FROM (SELECT doc_id, max(shared) AS shared FROM scored GROUP BY doc_id) AS s
JOIN doc_fingerprints AS d USING (doc_id)
WHERE d.published_at >= $3 AND d.doc_id <> $4
ORDER BY (d.text_hash = $1) DESC, s.shared DESC, d.published_at, d.doc_id
LIMIT $5
"""

_INSERT = """
INSERT INTO doc_fingerprints (doc_id, source, kind, published_at, duplicate_of, text_hash, shingles, minhash,
                              bands, refs)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)
ON CONFLICT (doc_id) DO NOTHING
"""

_INSERT_BANDS = """
INSERT INTO doc_bands (band, doc_id) SELECT band, $2 FROM unnest($1::bigint[]) AS band
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
    def __init__(
        self, pool: asyncpg.Pool, window: timedelta = timedelta(days=7), max_candidates: int = MAX_CANDIDATES
    ) -> None:
        self._pool = pool
        self.window = window
        # stories on one event share many bands: compare against the closest few, not hundreds
        self.max_candidates = max_candidates

    async def candidates(self, doc: IndexedDocument) -> list[IndexedDocument]:
        rows = await self._pool.fetch(
            _CANDIDATES, doc.fingerprint.text_hash, lsh_bands(doc.fingerprint.minhash),
            doc.published_at - self.window, doc.doc_id, self.max_candidates,
        )
        return [
            IndexedDocument(
                doc_id=r["doc_id"],
                source=r["source"],
                published_at=r["published_at"],
                fingerprint=TextFingerprint(text_hash=r["text_hash"], minhash=list(r["minhash"]),
                                            shingles=r["shingles"]),
                refs=DocumentRefs.model_validate(json.loads(r["refs"])),
                kind=DocumentKind(r["kind"]),
                duplicate_of=r["duplicate_of"],
            )
            for r in rows
        ]

    async def add(self, doc: IndexedDocument, duplicate_of: str | None) -> None:
        """Index a document (idempotent: a redelivered document keeps its first entry)."""
        fp = doc.fingerprint
        bands = lsh_bands(fp.minhash)
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute(
                _INSERT, doc.doc_id, doc.source, doc.kind.value, doc.published_at, duplicate_of, fp.text_hash,
                fp.shingles, fp.minhash, bands, doc.refs.model_dump_json(),
            )
            await conn.execute(_INSERT_BANDS, sorted(set(bands)), doc.doc_id)

    async def add_many(self, entries: list[tuple[IndexedDocument, str | None]]) -> None:
        """Index several documents (and their copy-of links) in one transaction; idempotent."""
        if not entries:
            return
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.executemany(_INSERT, [
                (doc.doc_id, doc.source, doc.kind.value, doc.published_at, duplicate_of, doc.fingerprint.text_hash,
                 doc.fingerprint.shingles, doc.fingerprint.minhash, lsh_bands(doc.fingerprint.minhash),
                 doc.refs.model_dump_json())
                for doc, duplicate_of in entries
            ])
            await conn.executemany(_INSERT_BANDS, [
                (sorted(set(lsh_bands(doc.fingerprint.minhash))), doc.doc_id) for doc, _ in entries
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
