"""The live pipeline (normalizer → deduper → reconciler → archivist, each its own process) reaches the
same final statuses as the offline replay of the same documents: syndicated copies count once, a Ukrainian
withdrawal confirms a Russian capture, denials leave it claimed and disputed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg

from schemas.models import CanonicalClaim, Document, StatusChange
from schemas.topics import CLAIMS_CANONICAL, DOCUMENTS, STATUS_CHANGES
from services.common.settings import ServiceSettings
from services.normalizer.extraction import extract_claims
from services.offline.pipeline import run as replay
from tests.support.kafka import collect, produce
from tests.support.processes import ServiceProcess, service_env

DOCS = Path(__file__).resolve().parents[1] / "data" / "e2e" / "confirm_and_dispute.jsonl"
STAGES = ["normalizer", "deduper", "reconciler", "archivist"]


def final_of(changes: list[StatusChange]) -> dict[str, str]:
    return {c.place.name: c.current.label() for c in changes}


async def test_live_pipeline_reaches_the_replays_final_statuses(
    topics: ServiceSettings, db_pool: asyncpg.Pool, tmp_path: Path
) -> None:
    docs = [Document.model_validate_json(line) for line in DOCS.read_text(encoding="utf-8").splitlines()]
    golden = replay(docs, extract_claims)
    expected = {f.place_name: f for f in golden.final_statuses()}
    assert {name: (f.status, f.disputed) for name, f in expected.items()} == {
        "Chasiv Yar": ("confirmed", False), "Siversk": ("claimed", True)}

    # published in order, as a feed would deliver them
    for doc in sorted(docs, key=lambda d: d.published_at):
        await produce(topics, DOCUMENTS.name, [(doc.doc_id, doc)])
    processes = [ServiceProcess(name, service_env(topics), tmp_path).start() for name in STAGES]
    try:
        for process in processes:
            await asyncio.to_thread(process.wait_healthy)
        changes = await collect(
            topics, STATUS_CHANGES.name, StatusChange, timeout_s=90, settle_s=2.0,
            until=lambda cs: final_of(cs) == {"Chasiv Yar": "confirmed(RU)", "Siversk": "claimed(RU), disputed"})
        clusters = await collect(topics, CLAIMS_CANONICAL.name, CanonicalClaim, until=lambda cs: len(cs) >= 5)
        stored = await db_pool.fetchval("SELECT count(*) FROM status_changes WHERE event_id = ANY($1)",
                                        [c.event_id for c in changes])
    finally:
        for process in processes:
            assert await asyncio.to_thread(process.stop) == 0, process.log_tail()

    assert len({c.event_id for c in changes}) == len(changes)
    assert stored == len(changes)
    capture = max((c for c in clusters if c.place_name == "Chasiv Yar" and c.predicate.value == "captured"),
                  key=lambda c: c.carrier_count)
    # three documents carry it (a sentence may carry it more than once), two of them syndicated copies:
    # one independent claimant
    copied_from = {c.doc_id: c.duplicate_of for c in capture.carriers}
    assert copied_from == {"web:e2e-ru-1": None, "web:e2e-copy-1": "web:e2e-ru-1", "web:e2e-copy-2": "web:e2e-ru-1"}
    assert capture.independent_claimants == ["ru_mod"]
