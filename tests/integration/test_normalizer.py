"""The normalizer as its own process against the real broker: claims out, bad input to the DLQ, and
no claim lost or doubled when it is SIGKILLed in the middle of a stream."""

from __future__ import annotations

import base64
from collections import Counter
from pathlib import Path

from schemas.models import Claim, DeadLetter
from schemas.topics import CLAIMS_EXTRACTED, DOCUMENTS
from services.common.settings import ServiceSettings
from services.normalizer.service import claims_with_carrier
from tests.support.documents import capture_report
from tests.support.kafka import collect, produce
from tests.support.processes import ServiceProcess, service_env


async def test_documents_become_claims_and_garbage_goes_to_the_dlq(topics: ServiceSettings, tmp_path: Path) -> None:
    docs = [capture_report(n) for n in range(20)]
    garbage = [b"{not json", b'{"doc_id": "web:x"}', "\udcff".encode("utf-8", "surrogatepass")]
    await produce(topics, DOCUMENTS.name, [(d.doc_id, d) for d in docs[:10]])
    await produce(topics, DOCUMENTS.name, [("bad", g) for g in garbage])
    await produce(topics, DOCUMENTS.name, [(d.doc_id, d) for d in docs[10:]])
    expected = sorted(c.claim_id for d in docs for c in claims_with_carrier(d))
    assert len(expected) == 20

    normalizer = ServiceProcess("normalizer", service_env(topics), tmp_path).start()
    try:
        normalizer.wait_healthy()
        claims = await collect(topics, CLAIMS_EXTRACTED.name, Claim, until=lambda cs: len(cs) >= 20, settle_s=1.0)
        letters = await collect(topics, DOCUMENTS.dlq or "", DeadLetter, until=lambda ls: len(ls) >= 3)
    finally:
        assert normalizer.stop() == 0

    assert sorted(c.claim_id for c in claims) == expected
    assert all(c.document is not None and c.document.fingerprint is not None for c in claims)
    assert [base64.b64decode(letter.payload) for letter in letters] == garbage
    assert {letter.stage for letter in letters} == {"normalizer"}
    assert all(letter.reason.startswith("not a Document") for letter in letters[:2])


async def test_a_backlog_spread_over_partitions_comes_out_in_publication_order(
    topics: ServiceSettings, tmp_path: Path
) -> None:
    # one town, so every claim lands in one partition of claims.extracted, where order is observable;
    # the documents themselves are spread over every partition of feeds.documents by their keys
    docs = [capture_report(n, town="Toretsk") for n in range(400)]
    await produce(topics, DOCUMENTS.name, [(d.doc_id, d) for d in docs])

    normalizer = ServiceProcess("normalizer", service_env(topics, CLAIMWATCH_BATCH_MAX_RECORDS="50"), tmp_path)
    normalizer.start()
    try:
        normalizer.wait_healthy()
        claims = await collect(topics, CLAIMS_EXTRACTED.name, Claim, until=lambda cs: len(cs) >= 400)
    finally:
        assert normalizer.stop() == 0

    assert [c.doc_id for c in claims] == [d.doc_id for d in docs]


async def test_sigkill_mid_stream_loses_and_doubles_nothing(topics: ServiceSettings, tmp_path: Path) -> None:
    docs = [capture_report(n) for n in range(10000)]
    await produce(topics, DOCUMENTS.name, [(d.doc_id, d) for d in docs])
    expected = Counter(c.claim_id for d in docs for c in claims_with_carrier(d))
    env = service_env(topics, CLAIMWATCH_BATCH_MAX_RECORDS="50")

    first = ServiceProcess("normalizer", env, tmp_path).start()
    first.wait_healthy()
    partial = await collect(topics, CLAIMS_EXTRACTED.name, Claim, until=lambda cs: len(cs) >= 300)
    first.kill()
    assert len(partial) < len(expected), "the kill must land mid-stream"

    second = ServiceProcess("normalizer", env, tmp_path).start()
    try:
        second.wait_healthy()
        claims = await collect(topics, CLAIMS_EXTRACTED.name, Claim,
                               until=lambda cs: len(cs) >= len(expected), settle_s=3.0, timeout_s=120)
    finally:
        assert second.stop() == 0

    assert Counter(c.claim_id for c in claims) == expected
