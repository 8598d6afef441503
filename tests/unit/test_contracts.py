"""The committed JSON Schema and AsyncAPI files match the models; the catalogue is consistent."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from schemas import generate
from schemas.models import Document, PlaceStatus, Side, StatusValue
from schemas.topics import ALL_TOPICS, DATA_TOPICS, DLQ_TOPICS, by_name

SCHEMAS = Path(generate.__file__).resolve().parent


@pytest.mark.parametrize("relative", sorted(generate.rendered()))
def test_committed_schema_files_match_the_models(relative: str) -> None:
    committed = (SCHEMAS / relative).read_text(encoding="utf-8")
    assert committed == generate.rendered()[relative], f"schemas/{relative} drifted: run `make schemas`"


def test_every_data_topic_has_a_dlq_in_the_catalogue() -> None:
    dlq_names = {t.name for t in DLQ_TOPICS}
    assert {t.dlq for t in DATA_TOPICS} == dlq_names
    assert len({t.name for t in ALL_TOPICS}) == len(ALL_TOPICS)
    assert by_name("status.changes").key == "place_id"


def test_naive_times_are_taken_as_utc_and_aware_ones_converted() -> None:
    naive = Document(doc_id="web:1", published_at=datetime(2025, 2, 7, 16, 0))
    aware = Document.model_validate({"doc_id": "web:1", "published_at": "2025-02-07T18:00:00+02:00"})
    assert naive.published_at.isoformat() == "2025-02-07T16:00:00+00:00"
    assert aware.published_at == naive.published_at
    assert aware.published_at.isoformat() == "2025-02-07T16:00:00+00:00"
    # times parsed as UTC keep the tzinfo they were parsed with: the same instant, the same text, both ways
    for text in ('"2025-02-07T16:00:00Z"', '"2025-02-07T16:00:00+00:00"', '"2025-02-07T16:00:00"'):
        parsed = Document.model_validate_json(f'{{"doc_id": "web:1", "published_at": {text}}}')
        assert parsed.published_at == naive.published_at and parsed.published_at.utcoffset() == timedelta(0)
        assert parsed.published_at.isoformat() == "2025-02-07T16:00:00+00:00"
        assert Document.model_validate_json(parsed.model_dump_json()) == parsed == naive
        assert '"published_at":"2025-02-07T16:00:00Z"' in parsed.model_dump_json()


def test_status_labels_read_like_the_design() -> None:
    assert PlaceStatus(status=StatusValue.claimed, side=Side.RU, disputed=True).label() == "claimed(RU), disputed"
    assert PlaceStatus().label() == "unknown"


def test_documents_ignore_unknown_fields_for_additive_evolution() -> None:
    doc = Document.model_validate({"doc_id": "x:1", "published_at": "2025-01-01T00:00:00Z", "new_field": 1})
    assert doc.doc_id == "x:1"
