"""The archivist's pure part: validation and grouping of a consumer batch."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.models import Document
from services.archivist.service import sort_records


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
