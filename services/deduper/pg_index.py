"""The near-duplicate document index in PostgreSQL, shared by every deduper replica.

Each document's LSH band keys are rows of `doc_bands (band, published_at, doc_id)` (a b-tree), so
ranking earlier documents by the bands they share is one short index scan per band (its latest
`BAND_DEPTH` earlier documents); the decision itself is the pure `documents.decide`. Rows older than the
window are pruned, fingerprints and bands alike.

Claims of one document reach every replica at about the same time (they are keyed by place): each document
is looked up and decided by one replica only (`decide_once`), the others wait for its decision and read it.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

import asyncpg

from schemas.models import DocumentKind, SourceDocument, TextFingerprint
from services.deduper.documents import BAND_DEPTH, MAX_CANDIDATES, IndexedDocument, lsh_bands

# One statement for a whole batch of new documents. $1 doc ids, $2 published_at, $3 text hashes (one per
# document, in order), $4 document numbers (1-based) and $5 band keys (one row per band of each document),
# $6 window, $7 max candidates, $8 band depth. Per document: only earlier documents ((published_at, doc_id)
# before its own, doc ids compared byte-wise like the in-memory index), the same text first (its earliest
# copies), then by bands shared among each band's latest `$8`.
_CANDIDATES = """
WITH q AS (
    SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[]) WITH ORDINALITY AS q (doc_id, at, text_hash, n)
), band_hits AS (
    SELECT qb.n, hit.doc_id, hit.published_at
    FROM unnest($4::bigint[], $5::bigint[]) AS qb (n, band)
    JOIN q ON q.n = qb.n
    CROSS JOIN LATERAL (
        SELECT doc_id, published_at FROM doc_bands
        WHERE band = qb.band AND published_at >= q.at - $6::interval
          AND (published_at, doc_id COLLATE "C") < (q.at, q.doc_id)
        ORDER BY published_at DESC, doc_id COLLATE "C" DESC
        LIMIT $8
    ) AS hit
), same_text AS (
    SELECT q.n, hit.doc_id, hit.published_at
    FROM q CROSS JOIN LATERAL (
        SELECT doc_id, published_at FROM doc_fingerprints
        WHERE text_hash = q.text_hash AND published_at >= q.at - $6::interval
          AND (published_at, doc_id COLLATE "C") < (q.at, q.doc_id)
        ORDER BY published_at, doc_id COLLATE "C"
        LIMIT $7
    ) AS hit
), scored AS (
    SELECT n, doc_id, published_at, count(*) AS shared, false AS same FROM band_hits GROUP BY n, doc_id, published_at
    UNION ALL
    SELECT n, doc_id, published_at, 0, true FROM same_text
), ranked AS (
    -- ranked on the band rows alone: only the chosen few are read from doc_fingerprints
    SELECT n, doc_id, row_number() OVER (
        PARTITION BY n ORDER BY bool_or(same) DESC, max(shared) DESC, published_at, doc_id COLLATE "C") AS rank
    FROM scored GROUP BY n, doc_id, published_at
)
SELECT r.n, d.doc_id, d.source, d.kind, d.published_at, d.duplicate_of, d.text_hash, d.shingles, d.minhash
-- (band rows compare doc ids byte-wise; the fingerprints' key uses the database's collation)
FROM ranked AS r JOIN doc_fingerprints AS d ON d.doc_id = r.doc_id COLLATE "default"
WHERE r.rank <= $7
ORDER BY r.n, r.rank
"""

_INSERT = """
INSERT INTO doc_fingerprints (doc_id, source, kind, published_at, duplicate_of, text_hash, shingles, minhash, refs)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
ON CONFLICT (doc_id) DO NOTHING
"""

# Taken in one statement, in the order of the (sorted) keys: two replicas locking overlapping batches never wait
# on each other in a cycle. Released when the transaction ends.
_LOCK = "SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k"
_STORED = "SELECT doc_id, duplicate_of FROM doc_fingerprints WHERE doc_id = ANY($1::text[])"

_INSERT_BANDS = """
INSERT INTO doc_bands (band, doc_id, published_at)
SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[])
ON CONFLICT DO NOTHING
"""


def _lock_key(doc_id: str) -> int:
    """A document's advisory-lock key (a shared key between two documents only makes one wait longer)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode(), digest_size=8).digest(), "little", signed=True)


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
    def __init__(self, pool: asyncpg.Pool, window: timedelta = timedelta(days=7), cache_size: int = 2_000) -> None:
        # decide_once holds one connection while the lookups it waits for use the others
        if pool.get_max_size() < 2:
            raise ValueError("the document index needs a pool of at least two connections")
        self._pool = pool
        self.window = window
        # rows never change once written (ON CONFLICT DO NOTHING): the documents of the current stories are
        # candidates of every new copy, so their entries are built once (2,000 hold 96% of the bench's
        # candidates, about 5 KB each)
        self._entries: OrderedDict[str, IndexedDocument] = OrderedDict()
        self._cache_size = cache_size

    async def candidates(self, doc: IndexedDocument) -> list[IndexedDocument]:
        """The same candidates as `InMemoryDocumentIndex.candidates`, in the same order."""
        return (await self.candidates_many([doc]))[0]

    async def candidates_many(self, docs: Sequence[IndexedDocument]) -> list[list[IndexedDocument]]:
        """`candidates` of each document, as the index stands (none of `docs` sees another): one statement."""
        if not docs:
            return []
        numbers: list[int] = []
        bands: list[int] = []
        for n, doc in enumerate(docs, start=1):
            keys = sorted(set(lsh_bands(doc.fingerprint.minhash)))
            numbers.extend([n] * len(keys))
            bands.extend(keys)
        rows = await self._pool.fetch(
            _CANDIDATES, [d.doc_id for d in docs], [d.published_at for d in docs],
            [d.fingerprint.text_hash for d in docs], numbers, bands, self.window, MAX_CANDIDATES, BAND_DEPTH,
        )
        found: list[list[IndexedDocument]] = [[] for _ in docs]
        for r in rows:
            found[r["n"] - 1].append(self._entry(r))
        return found

    def _entry(self, r: asyncpg.Record) -> IndexedDocument:
        doc_id: str = r["doc_id"]
        entry = self._entries.get(doc_id)
        if entry is not None and entry.duplicate_of == r["duplicate_of"]:
            self._entries.move_to_end(doc_id)
            return entry
        # a row of our own table: built without validation (a decision reads neither refs nor kind of an
        # earlier document, so they are not fetched)
        entry = IndexedDocument(
            doc_id=doc_id,
            source=r["source"],
            published_at=r["published_at"],
            fingerprint=TextFingerprint.model_construct(
                text_hash=r["text_hash"], minhash=r["minhash"], shingles=r["shingles"]
            ),
            kind=DocumentKind(r["kind"]),
            duplicate_of=r["duplicate_of"],
        )
        self._entries[doc_id] = entry
        if len(self._entries) > self._cache_size:
            self._entries.popitem(last=False)
        return entry

    async def add(self, doc: IndexedDocument, duplicate_of: str | None) -> None:
        """Index a document decided elsewhere (offline comparisons, tests); idempotent: a redelivered document
        keeps its first entry. The service indexes through `decide_once`."""
        async with self._pool.acquire() as conn, conn.transaction():
            await self._insert(conn, [(doc, duplicate_of)])

    async def decide_once(
        self,
        docs: Sequence[IndexedDocument],
        decide_new: Callable[[list[IndexedDocument]], Awaitable[list[str | None]]],
    ) -> dict[str, str | None]:
        """Index documents, each decided by one replica only; returns every document's copy-of link.

        Holds a transaction-scoped advisory lock per document: a replica that reaches a document another one
        is deciding waits for that commit and reads the stored link, instead of looking the document up a
        second time (with two replicas, a quarter of all lookups were such repeats). `decide_new` gets the
        documents nobody has indexed yet, in the given order, and returns their links; it looks them up on the
        pool's other connections, which do not see this transaction's rows.
        """
        if not docs:
            return {}
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute(_LOCK, sorted({_lock_key(d.doc_id) for d in docs}))
            stored = {r["doc_id"]: r["duplicate_of"] for r in await conn.fetch(_STORED, [d.doc_id for d in docs])}
            new = [d for d in docs if d.doc_id not in stored]
            links = await decide_new(new) if new else []
            entries = list(zip(new, links, strict=True))
            await self._insert(conn, entries)
        return {**stored, **{doc.doc_id: link for doc, link in entries}}

    @staticmethod
    async def _insert(conn: asyncpg.Connection, entries: list[tuple[IndexedDocument, str | None]]) -> None:
        """Fingerprint rows and band rows of documents (ON CONFLICT DO NOTHING: a redelivery keeps the first)."""
        if not entries:
            return
        await conn.executemany(_INSERT, [
            (doc.doc_id, doc.source, doc.kind.value, doc.published_at, duplicate_of, doc.fingerprint.text_hash,
             doc.fingerprint.shingles, doc.fingerprint.minhash, doc.refs.model_dump_json())
            for doc, duplicate_of in entries
        ])
        bands: list[int] = []
        doc_ids: list[str] = []
        published: list[datetime] = []
        for doc, _ in entries:
            keys = sorted(set(lsh_bands(doc.fingerprint.minhash)))
            bands.extend(keys)
            doc_ids.extend([doc.doc_id] * len(keys))
            published.extend([doc.published_at] * len(keys))
        await conn.execute(_INSERT_BANDS, bands, doc_ids, published)

    async def prune(self) -> int:
        """Drop entries older than the window before the newest indexed document; returns how many.

        Event time, not the wall clock: a replay of last year's reports keeps its own window.
        """
        async with self._pool.acquire() as conn, conn.transaction():
            # never past the wall clock: one document dated 2099 must not empty the index
            cutoff = await conn.fetchval(
                "SELECT least(max(published_at), now()) - $1::interval FROM doc_fingerprints", self.window)
            if cutoff is None:
                return 0
            # band rows carry their document's time (no foreign key: it cost a lookup per inserted band row)
            await conn.execute("DELETE FROM doc_bands WHERE published_at < $1", cutoff)
            result = await conn.execute("DELETE FROM doc_fingerprints WHERE published_at < $1", cutoff)
        return int(result.split()[-1])
