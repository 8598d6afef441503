"""The compact in-memory index offers exactly the candidates of the simple reference index, in the same order,
through merges, evictions, late arrivals, same-second ties and odd signatures."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from schemas.models import TextFingerprint
from scripts.workload import Workload
from services.deduper import memory_index
from services.deduper.documents import IndexedDocument, decide
from services.deduper.memory_index import InMemoryDocumentIndex
from tests.unit.dedupe.reference_index import ReferenceIndex


def workload(n: int, seed: int = 11) -> list[IndexedDocument]:
    docs = [IndexedDocument.from_document(d)
            for d in Workload(seed=seed, start=datetime(2026, 1, 1, tzinfo=UTC), spacing_s=60.0).take(n)]
    docs.sort(key=lambda d: d.order)
    # every third document shares its time with the one before: the order falls to the doc ids
    return [replace(d, published_at=docs[i - 1].published_at) if i % 3 == 2 else d for i, d in enumerate(docs)]


def compare(docs: list[IndexedDocument], compact: InMemoryDocumentIndex, reference: ReferenceIndex) -> int:
    """Feeds both indexes the same documents; returns how many were copies (asserting equal candidates)."""
    copies = 0
    for doc in docs:
        expected = [d.doc_id for d in reference.candidates(doc)]
        got = compact.candidates(doc)
        assert [d.doc_id for d in got] == expected, doc.doc_id
        decision = decide(doc, got)
        assert decision == reference.decide(doc)
        copies += decision.duplicate_of is not None
        compact.add(doc, decision.duplicate_of)
        reference.add(doc, decision.duplicate_of)
    assert len(compact) == len(reference)
    return copies


def test_same_candidates_as_the_reference_through_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory_index, "ENTRY_CACHE", 5)  # entries rebuilt from the matrix, not cached
    copies = compare(workload(500), InMemoryDocumentIndex(), ReferenceIndex())
    assert copies > 60  # the workload has copies enough for the comparison to mean something


def test_same_candidates_when_documents_leave_the_window() -> None:
    # a one-hour window over documents a minute apart: most leave, and late arrivals reach back past it
    docs = workload(400, seed=5)
    late = [replace(d, published_at=d.published_at - timedelta(minutes=90)) for d in docs[100:400:37]]
    mixed = docs[:]
    for i, d in enumerate(late):
        mixed.insert(150 + i * 25, replace(d, doc_id=d.doc_id + "-late"))
    copies = compare(mixed, InMemoryDocumentIndex(window=timedelta(hours=1)),
                     ReferenceIndex(window=timedelta(hours=1)))
    assert copies > 20


def test_same_candidates_when_the_index_is_full() -> None:
    compare(workload(300, seed=3), InMemoryDocumentIndex(max_size=40), ReferenceIndex(max_size=40))


def test_documents_without_or_with_odd_signatures() -> None:
    docs = workload(30, seed=2)
    empty = replace(docs[3], doc_id="web:empty", fingerprint=TextFingerprint(text_hash="e", minhash=[], shingles=0))
    odd = replace(docs[5], doc_id="web:odd",
                  fingerprint=TextFingerprint(text_hash="o", minhash=[1, 2, 3, 4, 5], shingles=30))
    twin = replace(odd, doc_id="web:odd2", published_at=odd.published_at + timedelta(seconds=1))
    # the first documents have no signature: the matrix takes its width from the first one that has
    compare([empty, *docs[:10], odd, twin, *docs[10:]], InMemoryDocumentIndex(window=timedelta(hours=2)),
            ReferenceIndex(window=timedelta(hours=2)))


def test_a_document_is_indexed_once_and_keeps_its_first_link() -> None:
    index = InMemoryDocumentIndex()
    doc = workload(1)[0]
    index.add(doc, "web:root")
    index.add(doc, None)
    assert len(index) == 1 and doc.doc_id in index and index.link(doc.doc_id) == "web:root"


def test_a_document_costs_a_few_kilobytes(monkeypatch: pytest.MonkeyPatch) -> None:
    import tracemalloc

    from services.deduper import documents

    docs = workload(3000, seed=4)
    tracemalloc.start()
    try:
        index = InMemoryDocumentIndex()
        before = tracemalloc.get_traced_memory()[0]
        for doc in docs:
            index.add(doc)
        documents._bands_of.cache_clear()  # a bounded cache of band keys, not the index
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 3.9 KB measured; the reference index holds 9.2 KB per document besides the documents themselves
    # (each with its signature as 128 Python ints, ~5 KB more)
    assert held / len(docs) < 5_000


@pytest.mark.parametrize("seed", range(40))
def test_ranking_cuts_at_the_same_documents_as_a_full_sort(seed: int) -> None:
    # `_ranked` sorts only the band counts in full; ties at the cut-off count go by publication
    rng = random.Random(seed)
    serials = rng.sample(range(1000), rng.randint(0, 120))
    orders = {s: (datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 50)), f"d{s}") for s in serials}
    shared = Counter({s: rng.choice((1, 1, 1, 2, 2, 3, 5)) for s in serials})
    same_text = set(rng.sample(serials, min(len(serials), rng.randint(0, 40))))
    for s in same_text:
        if rng.random() < 0.5:
            del shared[s]  # a copy with no band left among the latest of its bands

    def key(s: int) -> tuple[bool, int, tuple[datetime, str]]:
        return (s not in same_text, -shared[s], orders[s])

    expected = sorted(same_text | set(shared), key=key)[: memory_index.MAX_CANDIDATES]
    assert memory_index._ranked(same_text, shared, orders.__getitem__) == expected


def test_a_lookup_decides_as_the_full_candidates_do() -> None:
    # `lookup` gives an exact copy only its earliest twin: the decision must be the one all candidates give
    index = InMemoryDocumentIndex(window=timedelta(hours=3))
    shortcuts = 0
    for doc in workload(600, seed=4):
        looked_up = index.lookup(doc)
        decision = decide(doc, looked_up)
        assert decision == decide(doc, index.candidates(doc)) == index.decide(doc), doc.doc_id
        shortcuts += index.first_copy(doc) is not None
        index.add(doc, decision.duplicate_of)
    assert shortcuts > 100  # exact copies are common in the workload
