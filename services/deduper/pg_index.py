"""The near-duplicate document index shared by every deduper replica: stored in PostgreSQL, looked up in memory.

PostgreSQL holds one row per document (`doc_fingerprints`, numbered by an identity column `seq`). Each replica
keeps a mirror of the window in an `InMemoryDocumentIndex` and looks candidates up there: no statement per
lookup, and no band rows to write (they cost PostgreSQL more CPU than any other part of the pipeline).

Writers take one transaction-scoped advisory lock (`_INDEX_LOCK`) before they read what is new, decide and
insert. So rows are numbered and committed one writer at a time: any reader sees a prefix of `seq`, and a
replica that reads the rows past the last `seq` it has seen misses none; under the lock, its mirror holds every
document stored before its own decisions. A document is decided by one replica only: whoever finds it already
stored takes the stored decision. Rows older than the window are pruned; the mirrors evict by the same window.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta

import asyncpg

from schemas.models import DocumentKind, SourceDocument, TextFingerprint
from services.deduper.documents import IndexedDocument
from services.deduper.memory_index import InMemoryDocumentIndex

# the key of the advisory lock every writer of doc_fingerprints holds until it commits ("claimwatch index")
_INDEX_LOCK = 0x636C_6169_6D69_6478
_LOCK = "SELECT pg_advisory_xact_lock($1)"
# rows another replica (or an earlier run) added; read in pages so a start-up never holds the whole window twice
_NEW_ROWS = """
SELECT seq, doc_id, source, kind, published_at, duplicate_of, text_hash, shingles, minhash
FROM doc_fingerprints WHERE seq > $1 ORDER BY seq LIMIT $2
"""
_PAGE = 5_000
_STORED = "SELECT doc_id, duplicate_of FROM doc_fingerprints WHERE doc_id = ANY($1::text[])"
_INSERT = """
INSERT INTO doc_fingerprints (doc_id, source, kind, published_at, duplicate_of, text_hash, shingles, minhash, refs)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
ON CONFLICT (doc_id) DO NOTHING
"""
_NUMBERS = "SELECT doc_id, seq FROM doc_fingerprints WHERE doc_id = ANY($1::text[])"


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


def _from_row(r: asyncpg.Record) -> IndexedDocument:
    # a row of our own table: built without validation (a decision reads neither refs nor kind of an earlier
    # document, so refs are not read back)
    return IndexedDocument(
        doc_id=r["doc_id"],
        source=r["source"],
        published_at=r["published_at"],
        fingerprint=TextFingerprint.model_construct(text_hash=r["text_hash"], minhash=r["minhash"],
                                                    shingles=r["shingles"]),
        kind=DocumentKind(r["kind"]),
    )


class PostgresDocumentIndex:
    def __init__(self, pool: asyncpg.Pool, window: timedelta = timedelta(days=7), max_size: int = 200_000) -> None:
        self._pool = pool
        self.window = window
        self._mirror = InMemoryDocumentIndex(window, max_size)
        self._seen = 0  # the last seq in the mirror: every row up to it is there (or was evicted)

    def __len__(self) -> int:
        return len(self._mirror)

    def known_candidates(self, docs: Sequence[IndexedDocument]) -> list[list[IndexedDocument]]:
        """`InMemoryDocumentIndex.candidates` of each document among what the mirror holds (no I/O): current
        inside `decide_once`, which reads what is new first."""
        return [self._mirror.candidates(doc) for doc in docs]

    def known_lookups(self, docs: Sequence[IndexedDocument]) -> list[list[IndexedDocument]]:
        """`InMemoryDocumentIndex.lookup` of each document (what deciding it needs), like `known_candidates`."""
        return [self._mirror.lookup(doc) for doc in docs]

    async def candidates_many(self, docs: Sequence[IndexedDocument]) -> list[list[IndexedDocument]]:
        """The candidates of each document, as the index stands (none of `docs` sees another)."""
        async with self._pool.acquire() as conn:
            await self._catch_up(conn)
        return self.known_candidates(docs)

    async def candidates(self, doc: IndexedDocument) -> list[IndexedDocument]:
        return (await self.candidates_many([doc]))[0]

    async def _catch_up(self, conn: asyncpg.Connection) -> None:
        """Mirror the rows added since the last read, in the order they were committed."""
        while True:
            rows = await conn.fetch(_NEW_ROWS, self._seen, _PAGE)
            for r in rows:
                self._mirror.add(_from_row(r), r["duplicate_of"])
                self._seen = r["seq"]
            if len(rows) < _PAGE:
                return

    async def add(self, doc: IndexedDocument, duplicate_of: str | None) -> None:
        """Index a document decided elsewhere (offline comparisons, tests); idempotent: a redelivered document
        keeps its first entry. The service indexes through `decide_once`."""
        async def given(_: list[IndexedDocument]) -> list[str | None]:
            return [duplicate_of]

        await self.decide_once([doc], given)

    async def decide_once(
        self,
        docs: Sequence[IndexedDocument],
        decide_new: Callable[[list[IndexedDocument]], Awaitable[list[str | None]]],
    ) -> dict[str, str | None]:
        """Index documents, each decided by one replica only; returns every document's copy-of link.

        Under the index lock: reads the rows other replicas committed since the last read, takes the stored
        link of documents already indexed, and lets `decide_new` decide the others (in the given order; it
        looks them up with `known_lookups`), then stores them. They join the mirror once committed.
        """
        if not docs:
            return {}
        async with self._pool.acquire() as conn:
            # most of what is new is read before the lock is taken, so that the other replicas wait less (a
            # first read at start-up may be the whole window): without the lock a reader still sees a prefix of
            # seq, because rows are numbered and committed one writer at a time
            await self._catch_up(conn)
            async with conn.transaction():
                await conn.execute(_LOCK, _INDEX_LOCK)
                await self._catch_up(conn)
                stored = {r["doc_id"]: r["duplicate_of"]
                          for r in await conn.fetch(_STORED, [d.doc_id for d in docs])}
                new = [d for d in docs if d.doc_id not in stored]
                links = await decide_new(new) if new else []
                entries = list(zip(new, links, strict=True))
                numbered = await self._insert(conn, entries)
            # committed: nobody else wrote while the lock was held, so these rows come right after `_seen`
            for doc, link in entries:
                seq = numbered.get(doc.doc_id)
                if seq is not None:
                    self._mirror.add(doc, link)
                    self._seen = max(self._seen, seq)
        return {**stored, **{doc.doc_id: link for doc, link in entries}}

    @staticmethod
    async def _insert(conn: asyncpg.Connection, entries: list[tuple[IndexedDocument, str | None]]) -> dict[str, int]:
        """Fingerprint rows of documents (ON CONFLICT DO NOTHING: a redelivery keeps the first); the seq of each."""
        if not entries:
            return {}
        await conn.executemany(_INSERT, [
            (doc.doc_id, doc.source, doc.kind.value, doc.published_at, duplicate_of, doc.fingerprint.text_hash,
             doc.fingerprint.shingles, doc.fingerprint.minhash, doc.refs.model_dump_json())
            for doc, duplicate_of in entries
        ])
        return {r["doc_id"]: r["seq"] for r in await conn.fetch(_NUMBERS, [doc.doc_id for doc, _ in entries])}

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
            result = await conn.execute("DELETE FROM doc_fingerprints WHERE published_at < $1", cutoff)
        return int(result.split()[-1])
