"""reconciler: claims.canonical → status.changes. Per-place state lives in a compacted changelog written
in the same transaction as the events; claimant priors come from PostgreSQL (editable by analysts)."""

from __future__ import annotations

import asyncio

from pydantic import ValidationError

from schemas.models import CanonicalClaim
from schemas.topics import CLAIMS_CANONICAL, RECONCILER_STATE, STATUS_CHANGES
from services.common import lifecycle
from services.common.db import create_pool, migrate_if_asked
from services.common.dlq import InvalidMessage
from services.common.priors_table import load_priors, upsert_priors
from services.common.runner import Output, Record, StageRunner, StateStore
from services.common.settings import ServiceSettings
from services.reconciler.policy import PlaceState, apply
from services.reconciler.priors import DEFAULT_PRIORS, Priors

STAGE = "reconciler"


def parse_canonical(raw: bytes | None) -> CanonicalClaim:
    try:
        return CanonicalClaim.model_validate_json(raw or b"")
    except ValidationError as exc:
        raise InvalidMessage(f"not a CanonicalClaim: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}") from exc


class Reconciler:
    def __init__(self, priors: Priors) -> None:
        self.priors = priors

    async def __call__(self, record: Record, state: StateStore[PlaceState]) -> list[Output]:
        claim = parse_canonical(record.value)
        current = state.get(claim.place_id)
        updated, changes = apply(current, claim, self.priors)
        if updated is not current:
            state.put(claim.place_id, updated)
        return [Output(STATUS_CHANGES.name, change.place.place_id, change) for change in changes]


async def current_priors(settings: ServiceSettings) -> Priors:
    """The priors table, seeded with the defaults on first start (analysts' edits are kept)."""
    await migrate_if_asked(settings)
    pool = await create_pool(settings.database_url)
    try:
        async with pool.acquire() as conn:
            await upsert_priors(conn, dict(DEFAULT_PRIORS))
            return {**DEFAULT_PRIORS, **await load_priors(conn)}
    finally:
        await pool.close()


def main() -> None:
    settings = ServiceSettings()
    holder: dict[str, StageRunner] = {}

    async def body(stop: asyncio.Event) -> None:
        reconciler = Reconciler(await current_priors(settings))
        runner = StageRunner(STAGE, settings, [CLAIMS_CANONICAL], reconciler, state_topic=RECONCILER_STATE,
                             state_model=PlaceState)
        holder["runner"] = runner
        await runner.run(stop)

    lifecycle.run(STAGE, settings, body, lambda: "runner" in holder and holder["runner"].healthy)
