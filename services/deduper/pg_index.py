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

_CANDIDATES = """
SELECT doc_id, source, kind, published_at, duplicate_of, text_hash, shingles, minhash, refs
FROM doc_fingerprints
WHERE (text_hash = $1 OR bands && $2::bigint[]) AND published_at >= $3 AND doc_id <> $4
ORDER BY (text_hash = $1) DESC,
         (SELECT count(*) FROM unnest(bands) AS b WHERE b = ANY($2::bigint[])) DESC,
         published_at, doc_id
LIMIT $5
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
