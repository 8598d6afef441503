"""What the deduper refuses to read (each becomes a dead letter with the reason, never a failed batch)."""

from __future__ import annotations

import pytest

from schemas.models import SourceDocument, TextFingerprint
from services.common.dlq import InvalidMessage
from services.common.text_fingerprint import fingerprint
from services.deduper.service import parse_claim
from tests.unit.reconcile.builders import T0, make_claim


def carried(fp: TextFingerprint | None) -> bytes:
    doc = SourceDocument(doc_id="web:doc1", source="apnews.com", published_at=T0, fingerprint=fp)
    return make_claim().model_copy(update={"document": doc}).model_dump_json().encode()


def test_a_claim_with_its_fingerprint_is_read() -> None:
    fp = fingerprint("Toretsk", "Russia says it captured Toretsk.")
    assert parse_claim(carried(fp)).document == SourceDocument(
        doc_id="web:doc1", source="apnews.com", published_at=T0, fingerprint=fp)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"", "not a Claim"),
    (b'{"claim_id": 1}', "not a Claim"),
    (carried(None), "without its document's text fingerprint"),
    (carried(TextFingerprint(text_hash="h", minhash=[1, 2, 1 << 32], shingles=3)), "outside 32 bits"),
    (carried(TextFingerprint(text_hash="h", minhash=[-1, 2, 3], shingles=3)), "outside 32 bits"),
])
def test_what_cannot_be_deduplicated_is_refused_with_the_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(InvalidMessage, match=reason):
        parse_claim(raw)
