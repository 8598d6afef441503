"""`claimwatch status PLACE [--as-of T]`: what did we believe at T, and why — from PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import asyncpg

from schemas.models import (
    ChangeType,
    ClaimantSide,
    Evidence,
    Modality,
    PlaceRef,
    PlaceStatus,
    Predicate,
    Side,
    StatusChange,
    StatusValue,
)
from services.archivist.store import upsert_status_changes

T0 = datetime(2025, 2, 7, 16, tzinfo=UTC)
PLACE = PlaceRef(place_id="geonames:test-status", name="Teststadt", aliases=["Testograd"], admin_area="Donetsk Oblast")


def change(n: int, previous: PlaceStatus, current: PlaceStatus, kind: ChangeType) -> StatusChange:
    evidence = Evidence(claim_id=f"c{n}", claimant="ru_mod", claimant_side=ClaimantSide.RU, reporter="wire.example",
                        doc_id=f"web:{n}", predicate=Predicate.captured, modality=Modality.reported,
                        sentence="Russia said it captured Teststadt.")
    return StatusChange(event_id=f"status-cli-{n}", place=PLACE, previous=previous, current=current,
                        change_type=kind, at=T0 + timedelta(days=n), recorded_at=T0 + timedelta(days=n),
                        trigger_claim_id=f"c{n}", supporting=[evidence], independent_sources=1,
                        confidence=0.5, explanation=f"Teststadt: step {n}.")


def status(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run([sys.executable, "-m", "services.cli.main", "status", *args], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


async def test_status_as_of_a_time_shows_what_was_believed_then(db_pool: asyncpg.Pool, database_url: str) -> None:
    claimed = PlaceStatus(status=StatusValue.claimed, side=Side.RU)
    confirmed = PlaceStatus(status=StatusValue.confirmed, side=Side.RU)
    async with db_pool.acquire() as conn:
        await upsert_status_changes(conn, [change(0, PlaceStatus(), claimed, ChangeType.claimed),
                                           change(2, claimed, confirmed, ChangeType.confirmed)])

    then = status(database_url, "Teststadt", "--as-of", "2025-02-08T00:00:00Z", "--json")
    now = status(database_url, "testograd", "--json")
    before = status(database_url, "Teststadt", "--as-of", "2025-02-01T00:00:00Z")
    readable = status(database_url, "geonames:test-status")

    assert then.returncode == 0, then.stderr
    assert json.loads(then.stdout)["current"] == {"status": "claimed", "side": "RU", "disputed": False}
    assert [h["event_id"] for h in json.loads(then.stdout)["history"]] == ["status-cli-0"]
    assert json.loads(now.stdout)["current"]["status"] == "confirmed"
    assert before.returncode == 1 and "no status known" in before.stdout
    assert readable.stdout.splitlines()[0].startswith("Teststadt: confirmed(RU) as of")
    assert "+ ru_mod via wire.example: Russia said it captured Teststadt." in readable.stdout
