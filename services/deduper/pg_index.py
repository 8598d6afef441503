"""The near-duplicate document index in PostgreSQL, shared by every deduper replica.

LSH band keys are stored as `bigint[]` with a GIN index, so candidate lookup is one indexed query;
the decision itself is the pure `documents.decide`. Rows older than the window are pruned.
"""

from __future__ import annotations

import json
from datetime import timedelta

import asyncpg

from schemas.models import DocumentKind, DocumentRefs, SourceDocument, TextFingerprint
from services.deduper.documents import MAX_CANDIDATES, IndexedDocument, lsh_bands

# The closest candidates first: an exact copy (same text hash), then the most shared band keys, then the
# earliest. Shared bands are counted from the GIN index one band at a time (a few index probes and the
# matching rows' ids), instead of scoring every row that shares any band with an expression over its whole
# `bands` array: same ranking, a few milliseconds instead of ~50-100 ms once the window holds thousands of
# documents on one war (they share bands by the hundred).
_CANDIDATES = """
WITH matched AS (
    SELECT d.doc_id, d.published_at, false AS exact
    FROM unnest($2::bigint[]) AS k(band)
    JOIN doc_fingerprints d ON d.bands @> ARRAY[k.band]
    WHERE d.published_at >= $3 AND d.doc_id <> $4
    UNION ALL
    SELECT doc_id, published_at, true FROM doc_fingerprints
    WHERE text_hash = $1 AND published_at >= $3 AND doc_id <> $4
), top AS (
    SELECT doc_id, bool_or(exact) AS exact, count(*) FILTER (WHERE NOT exact) AS shared
    FROM matched GROUP BY doc_id
    ORDER BY bool_or(exact) DESC, count(*) FILTER (WHERE NOT exact) DESC, min(published_at), doc_id
    LIMIT $5
)
SELECT d.doc_id, d.source, d.kind, d.published_at, d.duplicate_of, d.text_hash, d.shingles, d.minhash, d.refs
FROM top JOIN doc_fingerprints d USING (doc_id)
ORDER BY top.exact DESC, top.shared DESC, d.published_at, d.doc_id
"""

_INSERT = """
INSERT INTO doc_fingerprints (doc_id, source, kind, published_at, duplicate_of, text_hash, shingles, minhash,
                              bands, refs)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)
ON CONFLICT (doc_id) DO NOTHING
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
        async with self._pool.acquire() as conn, conn.transaction():
            # a prepared statement's generic plan misjudges the per-band probes (3x slower): plan each call
            await conn.execute("SET LOCAL plan_cache_mode = force_custom_plan")
            rows = await conn.fetch(
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
        await self._pool.execute(
            _INSERT, doc.doc_id, doc.source, doc.kind.value, doc.published_at, duplicate_of, fp.text_hash,
            fp.shingles, fp.minhash, lsh_bands(fp.minhash), doc.refs.model_dump_json(),
        )

    async def prune(self) -> int:
        """Drop entries older than the window before the newest indexed document; returns how many.

        Event time, not the wall clock: a replay of last year's reports keeps its own window.
        """
        result = await self._pool.execute(
            "DELETE FROM doc_fingerprints WHERE published_at < "
            "(SELECT max(published_at) FROM doc_fingerprints) - $1::interval",
            self.window,
        )
        return int(result.split()[-1])
