"""The near-duplicate index in memory: LSH band postings over a sliding time window, compact enough to hold a
week of documents.

Candidates of a document (`candidates`): the earlier documents (by `(published_at, doc_id)`) of its window,
the same text first (its earliest copies), then those sharing the most LSH bands among each band's
`BAND_DEPTH` latest; at most `MAX_CANDIDATES`. The offline pipeline uses it as it is; each deduper replica
keeps one as a mirror of the shared index in PostgreSQL (`pg_index.PostgresDocumentIndex`).

Layout: a serial number per document in insertion order; its signature as a row of a uint32 matrix (not
128 Python ints); per band key the serials of its documents sorted by publication, or the bare serial when
the band holds one document (most do). Documents leave in insertion order, the oldest first.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter, OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, NamedTuple

import numpy as np

from schemas.models import DocumentKind, DocumentRefs, TextFingerprint
from services.deduper.documents import (
    BAND_DEPTH,
    MAX_CANDIDATES,
    DuplicateDecision,
    Entry,
    IndexedDocument,
    decide,
    lsh_bands,
)

# built candidate entries kept (the documents of the current stories are candidates of every new copy)
ENTRY_CACHE = 2048


class _Kept(NamedTuple):
    """What the index keeps of a document besides its signature row and its order."""

    source: str
    kind: DocumentKind
    text_hash: str
    shingles: int
    duplicate_of: str | None
    odd: tuple[int, ...] | None  # a signature not of the matrix's width (none: its row holds it)


def _ranked(same_text: set[int], shared: Counter[int], order_of: Callable[[int], Entry]) -> list[int]:
    """The first `MAX_CANDIDATES` of `same_text | shared` by (not the same text, most shared bands, publication).

    Stories on one event share bands with hundreds of documents: only the band counts are sorted in full, the
    documents at the cut-off count by publication, and the few chosen by the whole key.
    """
    def key(s: int) -> tuple[bool, int, Entry]:
        return (s not in same_text, -shared[s], order_of(s))

    room = MAX_CANDIDATES - len(same_text)
    others = [s for s in shared if s not in same_text]
    if room <= 0 or len(others) <= room:
        return sorted([*same_text, *others], key=key)[:MAX_CANDIDATES]
    cut = sorted([shared[s] for s in others], reverse=True)[room - 1]
    above = [s for s in others if shared[s] > cut]
    at_cut = sorted((s for s in others if shared[s] == cut), key=order_of)[: room - len(above)]
    return sorted([*same_text, *above, *at_cut], key=key)


class InMemoryDocumentIndex:
    """Near-duplicate index over a sliding time window, bounded in size.

    Documents must be added in (roughly) publication order; the earliest added leave first, when they fall
    out of the window before the newest document or when the index is full.
    """

    def __init__(self, window: timedelta = timedelta(days=7), max_size: int = 200_000) -> None:
        self.window = window
        self.max_size = max_size
        self._serial: dict[str, int] = {}  # doc_id → serial, of the documents in the index
        self._kept: dict[int, _Kept] = {}
        self._orders: dict[int, Entry] = {}  # serial → (published_at, doc_id), the sort key of every bucket
        self._first = 0  # the oldest document's serial (those below it have left)
        self._next = 0
        self._width = 0  # the signature length of the matrix rows (the first signed document's)
        self._rows: np.ndarray[Any, np.dtype[np.uint32]] = np.empty((0, 0), np.uint32)
        self._row_base = 0  # the serial of the matrix's first row
        # text hash / band key → serials of its documents in publication order (a band of one: the serial)
        self._hashes: dict[str, list[int]] = {}
        self._bands: dict[int, int | list[int]] = {}
        self._entries: OrderedDict[int, IndexedDocument] = OrderedDict()

    def __len__(self) -> int:
        return len(self._serial)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._serial

    def link(self, doc_id: str) -> str | None:
        """The copy-of link a document was added with (KeyError when it is not in the index)."""
        return self._kept[self._serial[doc_id]].duplicate_of

    def candidates(self, doc: IndexedDocument) -> list[IndexedDocument]:
        """The earlier documents closest to `doc` within the window: the same text first, then those
        sharing the most LSH bands among each band's `BAND_DEPTH` latest (at most `MAX_CANDIDATES`)."""
        horizon: Entry = (doc.published_at - self.window, "")
        order = doc.order
        order_of = self._orders.__getitem__
        copies = self._hashes.get(doc.fingerprint.text_hash, [])
        start = bisect_left(copies, horizon, key=order_of)
        same_text = set(copies[start:min(bisect_left(copies, order, key=order_of), start + MAX_CANDIDATES)])
        found: list[int] = []  # each earlier document once per band it shares: counted in one go below
        bands = self._bands
        for key in set(lsh_bands(doc.fingerprint.minhash)):
            bucket = bands.get(key)
            if bucket is None:
                continue
            if isinstance(bucket, int):
                if horizon <= order_of(bucket) < order:
                    found.append(bucket)
                continue
            # documents arrive in publication order: the new one is usually later than the whole bucket, and
            # the bucket's last BAND_DEPTH usually inside the window, so both bounds are checked before a search
            end = len(bucket) if order_of(bucket[-1]) < order else bisect_left(bucket, order, key=order_of)
            first = max(end - BAND_DEPTH, 0)
            if first < end and order_of(bucket[first]) < horizon:
                first = bisect_left(bucket, horizon, first, end, key=order_of)
            found += bucket[first:end]
        shared = Counter(found)
        return [self._entry(s) for s in _ranked(same_text, shared, order_of)]

    def first_copy(self, doc: IndexedDocument) -> IndexedDocument | None:
        """The earliest document of the window, before `doc`, with exactly its (non-empty) text."""
        if not doc.fingerprint.shingles:
            return None
        copies = self._hashes.get(doc.fingerprint.text_hash)
        if not copies:
            return None
        order_of = self._orders.__getitem__
        start = bisect_left(copies, (doc.published_at - self.window, ""), key=order_of)
        if start < len(copies) and order_of(copies[start]) < doc.order:
            return self._entry(copies[start])
        return None

    def lookup(self, doc: IndexedDocument) -> list[IndexedDocument]:
        """What `decide` needs to decide `doc`: its earliest exact copy when it has one (see `decide`), else
        its candidates."""
        copy = self.first_copy(doc)
        return [copy] if copy is not None else self.candidates(doc)

    def decide(self, doc: IndexedDocument) -> DuplicateDecision:
        return decide(doc, self.lookup(doc))

    def add(self, doc: IndexedDocument, duplicate_of: str | None = None) -> None:
        """Index a document (a document already in the index keeps its first entry)."""
        if doc.doc_id in self._serial:
            return
        self._evict(doc.published_at)
        serial = self._next
        self._next += 1
        minhash = doc.fingerprint.minhash
        if not self._width and minhash:
            self._width = len(minhash)
            self._rows = np.zeros((len(self._rows), self._width), np.uint32)  # no row held a signature yet
        signed = bool(minhash) and len(minhash) == self._width
        self._append_row(minhash if signed else None)
        self._serial[doc.doc_id] = serial
        self._kept[serial] = _Kept(doc.source, doc.kind, doc.fingerprint.text_hash,
                                   doc.fingerprint.shingles, duplicate_of, None if signed else tuple(minhash))
        self._orders[serial] = doc.order
        order_of = self._orders.__getitem__
        order = doc.order
        copies = self._hashes.setdefault(doc.fingerprint.text_hash, [])
        # documents arrive in (about) publication order: the new one usually goes last, without a search
        if not copies or order_of(copies[-1]) < order:
            copies.append(serial)
        else:
            insort(copies, serial, key=order_of)
        bands = self._bands
        for key in set(lsh_bands(minhash)):
            bucket = bands.get(key)
            if bucket is None:
                bands[key] = serial  # most bands hold one document: no list for them
            elif isinstance(bucket, int):
                bands[key] = [bucket, serial] if order_of(bucket) < order else sorted((bucket, serial), key=order_of)
            elif order_of(bucket[-1]) < order:
                bucket.append(serial)
            else:
                insort(bucket, serial, key=order_of)

    def _append_row(self, minhash: list[int] | None) -> None:
        used = self._next - 1 - self._row_base
        if used >= len(self._rows):
            grown = np.zeros((max(1024, 2 * len(self._rows)), self._width), np.uint32)
            grown[: len(self._rows)] = self._rows
            self._rows = grown
        if minhash is not None:
            self._rows[used] = minhash

    def _compact_rows(self) -> None:
        """Drop the rows of documents that left (they are a prefix)."""
        gone = self._first - self._row_base
        if gone and gone >= (self._next - self._row_base) // 4:
            self._rows = self._rows[gone:].copy()
            self._row_base = self._first

    def _evict(self, now: datetime) -> None:
        horizon = now - self.window
        while self._first < self._next and (
            len(self._serial) >= self.max_size or self._orders[self._first][0] < horizon
        ):
            self._remove(self._first)
            self._first += 1
        self._compact_rows()

    def _remove(self, serial: int) -> None:
        gone = self._kept[serial]
        bucket = self._hashes[gone.text_hash]
        bucket.remove(serial)
        if not bucket:
            del self._hashes[gone.text_hash]
        # its band keys again from its signature (cached for recent documents; not kept: 512 bytes each)
        bands = self._bands
        for key in set(lsh_bands(self._signature(serial))):
            held = bands[key]
            if isinstance(held, int):
                del bands[key]
            else:
                held.remove(serial)
                if len(held) == 1:
                    bands[key] = held[0]
        del self._serial[self._orders[serial][1]], self._kept[serial], self._orders[serial]
        self._entries.pop(serial, None)

    def _signature(self, serial: int) -> list[int]:
        odd = self._kept[serial].odd
        return self._rows[serial - self._row_base].tolist() if odd is None else list(odd)

    def _entry(self, serial: int) -> IndexedDocument:
        entry = self._entries.get(serial)
        if entry is not None:
            self._entries.move_to_end(serial)
            return entry
        kept = self._kept[serial]
        # a copy of the row, not a view: a view would keep the whole matrix alive after a compaction
        array = self._rows[serial - self._row_base].copy() if kept.odd is None else None
        row = array.tolist() if array is not None else list(kept.odd or ())
        # rebuilt from what was validated on the way in (a decision reads neither refs nor kind of an
        # earlier document, but they are kept as they were)
        entry = IndexedDocument(
            doc_id=self._orders[serial][1],
            source=kept.source,
            published_at=self._orders[serial][0],
            fingerprint=TextFingerprint.model_construct(text_hash=kept.text_hash, minhash=row,
                                                        shingles=kept.shingles),
            refs=DocumentRefs(),
            kind=kept.kind,
            duplicate_of=kept.duplicate_of,
            signature=array,
        )
        self._entries[serial] = entry
        if len(self._entries) > ENTRY_CACHE:
            self._entries.popitem(last=False)
        return entry
