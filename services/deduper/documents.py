"""Which earlier document, if any, a document copies: exact copies, syndicated near-copies, retweets.

Candidates come from LSH band keys (`lsh_bands`), looked up in `memory_index.InMemoryDocumentIndex`
(offline, and in every deduper replica as a mirror of the documents all replicas have stored in
PostgreSQL, see `pg_index`). In each band only the `BAND_DEPTH` latest earlier documents
are looked at: a band shared by hundreds of stories says little, and the work per document stays bounded
however many copies the window holds (copies point at their root, so the latest copies still lead to the
original). The decision itself (`decide`) is pure.

A document is a copy of an earlier one when their estimated Jaccard similarity is high, or when the
new document is (almost) contained in the earlier one: a trimmed syndicated copy of a longer story has
a low Jaccard but a high containment. The reverse direction (a new story that quotes a whole earlier
one and adds its own reporting) is deliberately not a copy: it is its own report. Quote posts are
never copies; retweets always are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

import numpy as np

from schemas.models import Document, DocumentKind, DocumentRefs, TextFingerprint
from services.common.text_fingerprint import NUM_PERM, fingerprint

Entry = tuple[datetime, str]  # (published_at, doc_id): a document's place in publication order

BAND_ROWS = 2
BANDS = NUM_PERM // BAND_ROWS
# Chosen with scripts/eval_dedupe.py (see docs/dedupe.md).
JACCARD_THRESHOLD = 0.5
CONTAINMENT_THRESHOLD = 0.7
# Containment estimates from 128 slots are noise when the smaller text is a sliver of the larger one.
MIN_SIZE_RATIO = 0.12
MIN_CONTAINMENT_SHINGLES = 20
# Stories on one event share many bands: compare with the closest few, not hundreds (the PostgreSQL
# index in pg_index.py ranks and limits the same way).
MAX_CANDIDATES = 32
BAND_DEPTH = 32


@dataclass(frozen=True, slots=True)
class IndexedDocument:
    """What the deduper keeps of an earlier document."""

    doc_id: str
    source: str
    published_at: datetime
    fingerprint: TextFingerprint
    refs: DocumentRefs = field(default_factory=DocumentRefs)
    kind: DocumentKind = DocumentKind.article
    duplicate_of: str | None = None  # set when this document is itself a copy: copies point at the root
    # the signature as a uint32 array, when the index already holds it as one (decisions compare arrays)
    signature: np.ndarray[Any, np.dtype[np.uint32]] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_document(cls, doc: Document, fp: TextFingerprint | None = None) -> IndexedDocument:
        return cls(
            doc_id=doc.doc_id,
            source=doc.source,
            published_at=doc.published_at,
            fingerprint=fp if fp is not None else fingerprint(doc.title, doc.text),
            refs=doc.refs,
            kind=doc.kind,
        )

    @property
    def order(self) -> tuple[datetime, str]:
        return (self.published_at, self.doc_id)


@dataclass(frozen=True, slots=True)
class DuplicateDecision:
    duplicate_of: str | None
    similarity: float  # of the chosen original; for an original, the best similarity seen (0 if none)


def tweet_doc_id(tweet_id: str) -> str:
    """`x:<id>` for a bare or already prefixed tweet id."""
    return tweet_id if tweet_id.startswith("x:") else f"x:{tweet_id}"


def lsh_bands(minhash: Sequence[int]) -> list[int]:
    """Band keys of a MinHash signature as signed 64-bit integers.

    Two documents share at least one key with probability 1 - (1 - J^2)^64: 0.98 at J = 0.25 (a
    copy trimmed to a quarter), 0.06 at J = 0.03 (a different story on the same event).
    """
    # a document's keys are wanted by the lookup, the batch's neighbours and the insert: computed once
    return list(_bands_of(tuple(minhash)))


_SPLITMIX = (np.uint64(30), np.uint64(0xBF58476D1CE4E5B9), np.uint64(27), np.uint64(0x94D049BB133111EB),
             np.uint64(31))


def _mixed(z: np.ndarray[Any, np.dtype[np.uint64]]) -> np.ndarray[Any, np.dtype[np.uint64]]:
    """splitmix64's finaliser, element-wise: a bijection of 64-bit words that spreads every input bit."""
    r1, m1, r2, m2, r3 = _SPLITMIX
    with np.errstate(over="ignore"):
        z = (z ^ (z >> r1)) * m1
        z = (z ^ (z >> r2)) * m2
    return z ^ (z >> r3)


# each band's key starts from a word of its own, so equal rows in different bands give different keys
_BAND_SEEDS = _mixed(np.arange(1, BANDS + 1, dtype=np.uint64))


@lru_cache(maxsize=4096)
def _bands_of(minhash: tuple[int, ...]) -> tuple[int, ...]:
    # The keys live only in the replicas' memory (no table has held them since migration 0008), so they are
    # a vectorised mix of each band's rows rather than a cryptographic hash per band (17 against 42 µs).
    bands = len(minhash) // BAND_ROWS
    if not bands:
        return ()
    rows = np.asarray(minhash[: bands * BAND_ROWS], dtype=np.uint64).reshape(bands, BAND_ROWS)
    key = _BAND_SEEDS[:bands] if bands <= BANDS else _mixed(np.arange(1, bands + 1, dtype=np.uint64))
    for row in range(BAND_ROWS):
        key = _mixed(key ^ rows[:, row])
    return tuple(key.view(np.int64).tolist())


def similarity(a: TextFingerprint, b: TextFingerprint) -> tuple[float, float]:
    """(Jaccard, containment of `a` in `b`), estimated from the two signatures.

    Per slot, the minimum of A ∪ B lies in A ∩ B (values equal), in A \\ B (a smaller) or in B \\ A;
    the slot fractions estimate those parts of the union, so |A ∩ B| / |A| ≈ eq / (eq + lt). Where
    A has few slots of its own this is blended with the size-based estimate J·(|A|+|B|)/((1+J)·|A|).
    """
    if a.text_hash == b.text_hash and a.shingles:
        return 1.0, 1.0
    return _estimate(np.asarray(a.minhash, dtype=np.uint32), a, b)


def _estimate(va: np.ndarray[Any, np.dtype[np.uint32]], a: TextFingerprint, b: TextFingerprint) -> tuple[float, float]:
    """`similarity` with `a`'s signature already an array."""
    if not len(va) or len(va) != len(b.minhash):
        return 0.0, 0.0
    vb = np.asarray(b.minhash, dtype=np.uint32)
    return _from_counts((int(np.count_nonzero(va == vb)), int(np.count_nonzero(va < vb))), len(va), a, b)


def _from_counts(counts: tuple[int, int], n: int, a: TextFingerprint, b: TextFingerprint) -> tuple[float, float]:
    """(Jaccard, containment of `a` in `b`) from the slots where the signatures are equal and where `a`'s
    is smaller, out of `n`."""
    eq, lt = counts
    jaccard = eq / n
    slot_estimate = eq / (eq + lt) if eq + lt else 0.0
    size_estimate = jaccard * (a.shingles + b.shingles) / ((1 + jaccard) * a.shingles) if a.shingles else 0.0
    # Weigh the slot estimate by how many slots speak about A at all.
    weight = min(1.0, (eq + lt) / 32)
    containment = weight * slot_estimate + (1 - weight) * min(1.0, size_estimate)
    return jaccard, min(1.0, containment)


def _match(
    doc: IndexedDocument, earlier: IndexedDocument, counts: tuple[int, int] | None
) -> tuple[float | None, float]:
    """(The similarity that makes `doc` a copy of `earlier` or None, their Jaccard estimate); `counts` are the
    signatures' (equal, smaller) slot counts, None when the signatures cannot be compared."""
    a, b = doc.fingerprint, earlier.fingerprint
    if a.shingles == 0 or b.shingles == 0:
        return None, 0.0
    if a.text_hash == b.text_hash:
        return 1.0, 1.0
    jaccard, containment = _from_counts(counts, len(a.minhash), a, b) if counts is not None else (0.0, 0.0)
    if jaccard >= JACCARD_THRESHOLD:
        return jaccard, jaccard
    small, large = sorted((a.shingles, b.shingles))
    if (
        a.shingles <= b.shingles * 1.1  # the new text is the (trimmed) copy, not a longer own story
        and small >= MIN_CONTAINMENT_SHINGLES
        and small >= MIN_SIZE_RATIO * large
        and containment >= CONTAINMENT_THRESHOLD
    ):
        return containment, jaccard
    return None, jaccard


def _slot_counts(doc: IndexedDocument, others: Sequence[IndexedDocument]) -> list[tuple[int, int] | None]:
    """For each of `others`, how many signature slots equal `doc`'s and how many are smaller in `doc`
    (None where the signatures differ in length): one vectorised comparison for all of them."""
    n = len(doc.fingerprint.minhash)
    comparable = [i for i, o in enumerate(others) if n and len(o.fingerprint.minhash) == n]
    out: list[tuple[int, int] | None] = [None] * len(others)
    if not comparable:
        return out
    va = np.asarray(doc.fingerprint.minhash, dtype=np.uint32)
    matrix = np.array([others[i].fingerprint.minhash if others[i].signature is None else others[i].signature
                       for i in comparable], dtype=np.uint32)
    eqs = np.count_nonzero(matrix == va, axis=1).tolist()
    lts = np.count_nonzero(va < matrix, axis=1).tolist()
    for i, eq, lt in zip(comparable, eqs, lts, strict=True):
        out[i] = (eq, lt)
    return out


def decided_by_refs(doc: IndexedDocument) -> DuplicateDecision | None:
    """The decision a post's own references make, whatever the index holds (None: compare the texts)."""
    if doc.refs.retweet_of:
        return DuplicateDecision(tweet_doc_id(doc.refs.retweet_of), 1.0)
    if doc.refs.quote_of is not None:
        return DuplicateDecision(None, 0.0)  # a quote post relays and adds its own claims: never a copy
    return None


def _first_copy(doc: IndexedDocument, earlier: Iterable[IndexedDocument]) -> IndexedDocument | None:
    """The earliest of `earlier` with exactly `doc`'s (non-empty) text."""
    fp = doc.fingerprint
    if not fp.shingles:
        return None
    copies = [e for e in earlier if e.fingerprint.text_hash == fp.text_hash and e.fingerprint.shingles]
    return min(copies, key=lambda e: e.order) if copies else None


def decide(doc: IndexedDocument, candidates: Iterable[IndexedDocument]) -> DuplicateDecision:
    """Whether `doc` copies one of the earlier `candidates`; the earliest match is the original.

    An exact copy of an earlier text copies what that text copies (or that text): its decision is that of
    the earliest such text, whatever else it resembles, so every copy of one text gets the same root and a
    lookup for it needs no band search (`InMemoryDocumentIndex.lookup`). Two fifths of a wire-heavy feed
    are exact copies.
    """
    by_refs = decided_by_refs(doc)
    if by_refs is not None:
        return by_refs
    matches: list[tuple[tuple[datetime, str], str, float]] = []
    best = 0.0
    earlier_docs = [e for e in candidates if e.doc_id != doc.doc_id and e.order < doc.order]
    copy = _first_copy(doc, earlier_docs)
    if copy is not None:
        return DuplicateDecision(copy.duplicate_of or copy.doc_id, 1.0)
    for earlier, counts in zip(earlier_docs, _slot_counts(doc, earlier_docs), strict=True):
        score, jaccard = _match(doc, earlier, counts)
        if score is None:
            best = max(best, jaccard)
            continue
        matches.append((earlier.order, earlier.duplicate_of or earlier.doc_id, score))
    if not matches:
        return DuplicateDecision(None, round(best, 4))
    _, root, score = min(matches)
    return DuplicateDecision(root, round(score, 4))
