"""The archivist as its own process: every topic lands in PostgreSQL once, however often it is delivered."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path

import asyncpg

from schemas.models import ChangeType, PlaceRef, PlaceStatus, Side, StatusChange, StatusValue
from schemas.topics import DOCUMENTS, STATUS_CHANGES
from services.common.settings import ServiceSettings
from tests.support.documents import capture_report
from tests.support.kafka import produce
from tests.support.processes import ServiceProcess, service_env

AT = datetime(2025, 2, 7, 16, tzinfo=UTC)


def status_change(n: int) -> StatusChange:
    return StatusChange(
        event_id=f"evt-{n}",
        place=PlaceRef(place_id="geonames:709354", name="Toretsk", aliases=["Dzerzhinsk"], admin_area="Donetsk"),
        previous=PlaceStatus(),
        current=PlaceStatus(status=StatusValue.claimed, side=Side.RU, disputed=n % 2 == 1),
        change_type=ChangeType.claimed if n % 2 == 0 else ChangeType.disputed,
        at=AT,
        recorded_at=AT,
        trigger_claim_id=f"claim-{n}",
        independent_sources=1,
        confidence=0.5,
        explanation="Toretsk: capture claimed by RU (Russian MoD).",
    )


async def wait_rows(pool: asyncpg.Pool, sql: str, expected: int, timeout_s: float = 60) -> int:
    deadline = time.monotonic() + timeout_s
    count = 0
    while time.monotonic() < deadline:
        count = int(await pool.fetchval(sql))
        if count >= expected:
            return count
        await asyncio.sleep(0.1)  # polling the database for a condition, bounded by the deadline
    return count


async def test_documents_and_status_changes_are_stored_idempotently(
    topics: ServiceSettings, db_pool: asyncpg.Pool, tmp_path: Path
) -> None:
    docs = [capture_report(n).model_copy(update={"doc_id": f"web:{topics.topic_prefix}{n}"}) for n in range(25)]
    changes = [status_change(n).model_copy(update={"event_id": f"{topics.topic_prefix}{n}"}) for n in range(4)]
    # everything twice: redelivery must not double anything
    await produce(topics, DOCUMENTS.name, [(d.doc_id, d) for d in docs + docs])
    await produce(topics, STATUS_CHANGES.name, [("geonames:709354", c) for c in changes + changes])
    await produce(topics, STATUS_CHANGES.name, [("geonames:709354", b"\x00\x01 not a status change")])

    archivist = ServiceProcess("archivist", service_env(topics), tmp_path).start()
    try:
        archivist.wait_healthy()
        prefix = topics.topic_prefix
        n_docs = await wait_rows(db_pool, f"SELECT count(*) FROM documents WHERE doc_id LIKE 'web:{prefix}%'", 25)
        n_changes = await wait_rows(db_pool, f"SELECT count(*) FROM status_changes WHERE event_id LIKE '{prefix}%'", 4)
        n_letters = await wait_rows(
            db_pool, f"SELECT count(*) FROM dead_letters WHERE topic = '{prefix}status.changes.dlq'", 1)
    finally:
        assert archivist.stop() == 0

    assert (n_docs, n_changes, n_letters) == (25, 4, 1)
    row = await db_pool.fetchrow(
        f"SELECT status, side, disputed, previous, current FROM status_changes WHERE event_id = '{prefix}1'")
    assert dict(row) == {"status": "claimed", "side": "RU", "disputed": True, "previous": "unknown",
                         "current": "claimed(RU), disputed"}
