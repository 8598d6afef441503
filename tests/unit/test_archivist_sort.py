"""The archivist's pure part: validation and grouping of a consumer batch."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.models import ClaimCore, Document, SourceDocument, TextFingerprint
from services.archivist.service import sort_records
from services.archivist.store import latest_versions
from services.deduper.clusters import add_claim
from tests.unit.reconcile.builders import T0, hours, make_claim


@dataclass(frozen=True)
class FakeRecord:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp: int = 0


def test_nul_characters_are_dropped_and_invalid_records_rejected() -> None:
    doc = Document(doc_id="web:nul", text="a\x00b", published_at="2025-02-07T16:00:00Z")  # type: ignore[arg-type]
    records = [
        FakeRecord("feeds.documents", 0, 0, b"web:nul", doc.model_dump_json().encode()),
        FakeRecord("feeds.documents", 0, 1, None, b"{garbage"),
    ]
    batch = sort_records(records, lambda topic: topic)  # type: ignore[arg-type]
    assert [d.text for d in batch.documents] == ["ab"]
    assert [r.offset for r in batch.rejected] == [1]
    assert batch.rejected[0].reason.startswith("not a Document")
    assert batch.rejected_topics == ["feeds.documents"]


def test_a_batch_writes_each_cluster_once_as_its_latest_version() -> None:
    # upserting every version in order keeps the one with most carriers (the later of equals): so does one row
    state, first = add_claim(None, make_claim(doc_id="web:a"), None)
    state, second = add_claim(state, make_claim(doc_id="web:b", reporter="reuters.com",
                                                published_at=T0 + hours(1)), None)
    _, other = add_claim(None, make_claim(place="Pokrovsk", doc_id="web:c"), None)
    assert first is not None and second is not None and other is not None
    redelivered_first = first.model_copy()
    kept = latest_versions([first, other, second, redelivered_first])
    assert [(c.cluster_id, c.carrier_count) for c in kept] == [(first.cluster_id, 2), (other.cluster_id, 1)]
    assert kept[0] is second
    same_count = second.model_copy(update={"independent_claimants": ["ru_mod", "later"]})
    assert latest_versions([second, same_count]) == [same_count]


def test_claims_are_read_and_kept_without_their_carrier_document() -> None:
    document = SourceDocument(doc_id="web:doc1", source="apnews.com", published_at=T0,
                              fingerprint=TextFingerprint(text_hash="h", minhash=list(range(128)), shingles=9))
    claim = make_claim().model_copy(update={"document": document})
    record = FakeRecord("claims.extracted", 0, 0, b"k", claim.model_dump_json().encode())
    batch = sort_records([record], lambda topic: topic)  # type: ignore[list-item]
    [kept] = batch.claims
    assert type(kept) is ClaimCore and not hasattr(kept, "document")
    assert kept.model_dump() == claim.model_dump(exclude={"document"})
