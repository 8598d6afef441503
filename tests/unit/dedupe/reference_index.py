"""The first in-memory index, lists of (published_at, doc_id) per band: kept as the reference the compact
`services.deduper.memory_index.InMemoryDocumentIndex` must agree with, candidate for candidate."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter, deque
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import TypeVar

from services.deduper.documents import (
    BAND_DEPTH,
    MAX_CANDIDATES,
    DuplicateDecision,
    Entry,
    IndexedDocument,
    decide,
    lsh_bands,
)

K = TypeVar("K")


class ReferenceIndex:
    """Near-duplicate index for offline runs: LSH buckets over a sliding time window, bounded in size.

    Looks candidates up exactly as the PostgreSQL index does. Documents must be added in (roughly)
    publication order; the oldest are evicted first.
    """

    def __init__(self, window: timedelta = timedelta(days=7), max_size: int = 200_000) -> None:
        self.window = window
        self.max_size = max_size
        self._docs: dict[str, IndexedDocument] = {}
        # band key → (published_at, doc_id) of its documents, in that order
        self._bands: dict[int, list[Entry]] = {}
        self._hashes: dict[str, list[Entry]] = {}
        self._keys: dict[str, list[int]] = {}
        self._order: deque[str] = deque()

    def __len__(self) -> int:
        return len(self._docs)

    def candidates(self, doc: IndexedDocument) -> Iterator[IndexedDocument]:
        """The earlier documents closest to `doc` within the window: the same text first, then those
        sharing the most LSH bands among each band's `BAND_DEPTH` latest (at most `MAX_CANDIDATES`)."""
        horizon = doc.published_at - self.window
        copies = _earlier(self._hashes.get(doc.fingerprint.text_hash, []), doc.order, horizon)
        same_text = {i for _, i in copies[:MAX_CANDIDATES]}
        shared: Counter[str] = Counter()
        for key in set(lsh_bands(doc.fingerprint.minhash)):
            bucket = self._bands.get(key)
            if bucket:
                shared.update(i for _, i in _earlier(bucket, doc.order, horizon)[-BAND_DEPTH:])
        ranked = sorted(
            (self._docs[i] for i in same_text | set(shared)),
            key=lambda d: (d.doc_id not in same_text, -shared[d.doc_id], d.published_at, d.doc_id),
        )
        yield from ranked[:MAX_CANDIDATES]

    def decide(self, doc: IndexedDocument) -> DuplicateDecision:
        return decide(doc, self.candidates(doc))

    def add(self, doc: IndexedDocument, duplicate_of: str | None = None) -> None:
        if doc.doc_id in self._docs:
            return
        if duplicate_of is not None:
            doc = IndexedDocument(
                doc.doc_id, doc.source, doc.published_at, doc.fingerprint, doc.refs, doc.kind, duplicate_of
            )
        self._evict(doc.published_at)
        keys = sorted(set(lsh_bands(doc.fingerprint.minhash)))
        self._docs[doc.doc_id] = doc
        self._keys[doc.doc_id] = keys
        self._order.append(doc.doc_id)
        insort(self._hashes.setdefault(doc.fingerprint.text_hash, []), doc.order)
        for key in keys:
            insort(self._bands.setdefault(key, []), doc.order)

    def _evict(self, now: datetime) -> None:
        horizon = now - self.window
        while self._order and (
            len(self._docs) >= self.max_size or self._docs[self._order[0]].published_at < horizon
        ):
            self._remove(self._order.popleft())

    def _remove(self, doc_id: str) -> None:
        doc = self._docs.pop(doc_id)
        for key in self._keys.pop(doc_id):
            _discard(self._bands, key, doc.order)
        _discard(self._hashes, doc.fingerprint.text_hash, doc.order)


def _earlier(bucket: list[Entry], order: Entry, horizon: datetime) -> list[Entry]:
    """The entries of a sorted bucket before `order` and not before `horizon`, oldest first."""
    return bucket[bisect_left(bucket, (horizon, "")) : bisect_left(bucket, order)]


def _discard(buckets: dict[K, list[Entry]], key: K, entry: Entry) -> None:
    bucket = buckets[key]
    del bucket[bisect_left(bucket, entry)]
    if not bucket:
        del buckets[key]
