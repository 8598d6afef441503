"""The whole pipeline, every service its own process, real Kafka and PostgreSQL: a news feed and X posts
in, explained status changes out on status.changes and in the query store."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import asyncpg

from schemas.models import Side, StatusChange, StatusValue
from schemas.topics import STATUS_CHANGES
from scripts.demo import SERVICES, done, serve_sample
from services.common.settings import ServiceSettings
from tests.support.kafka import collect
from tests.support.processes import ServiceProcess, service_env


def latest_by_place(changes: list[StatusChange]) -> dict[str, StatusChange]:
    return {c.place.name: c for c in changes}


async def test_feed_and_posts_become_explained_status_changes(
    topics: ServiceSettings, db_pool: asyncpg.Pool, tmp_path: Path
) -> None:
    server, base = await serve_sample()
    env = service_env(
        topics,
        CLAIMWATCH_FEEDS=f"{base}/feed.xml source=news.example",
        CLAIMWATCH_POLL_INTERVAL_S="1",
        CLAIMWATCH_ALLOW_PRIVATE_NETWORKS="1",
        X_API_BASE_URL=base,
        X_BEARER_TOKEN="demo-token",
        CLAIMWATCH_X_QUERIES="Toretsk",
        CLAIMWATCH_X_POLL_INTERVAL_S="1",
    )
    processes = [ServiceProcess(name, env, tmp_path).start() for name in SERVICES]
    try:
        for process in processes:
            await asyncio.to_thread(process.wait_healthy)
        changes = await collect(topics, STATUS_CHANGES.name, StatusChange,
                                until=lambda cs: done(latest_by_place(cs)), timeout_s=120, settle_s=2.0)
        rows = await _wait_for_rows(db_pool, [c.event_id for c in changes])
    finally:
        for process in processes:
            assert await asyncio.to_thread(process.stop) == 0, process.log_tail()
        await server.cleanup()

    latest = latest_by_place(changes)
    toretsk = latest["Toretsk"]
    assert (toretsk.current.status, toretsk.current.side, toretsk.current.disputed) == (
        StatusValue.claimed, Side.RU, True)
    assert toretsk.alert
    assert {e.claimant_side.value for e in toretsk.disputing} == {"UA"}
    assert "Toretsk" in toretsk.explanation
    # every event exactly once, and every one of them in PostgreSQL
    assert len({c.event_id for c in changes}) == len(changes)
    assert rows == sorted(c.event_id for c in changes)


async def _wait_for_rows(pool: asyncpg.Pool, event_ids: list[str], timeout_s: float = 30) -> list[str]:
    deadline = time.monotonic() + timeout_s
    rows: list[str] = []
    while time.monotonic() < deadline:
        found = await pool.fetch("SELECT event_id FROM status_changes WHERE event_id = ANY($1)", event_ids)
        rows = sorted(r["event_id"] for r in found)
        if len(rows) >= len(event_ids):
            return rows
        await asyncio.sleep(0.1)  # polling the database for a condition, bounded by the deadline
    return rows
