"""The editable claimant-priors table (PostgreSQL), read by the reconciler at start."""

from __future__ import annotations

import asyncpg


async def upsert_priors(conn: asyncpg.Connection, priors: dict[str, float]) -> None:
    """Seed the editable priors table without overwriting analysts' edits."""
    await conn.executemany(
        "INSERT INTO claimant_priors (claimant, reliability) VALUES ($1, $2) ON CONFLICT (claimant) DO NOTHING",
        list(priors.items()),
    )


async def load_priors(conn: asyncpg.Connection) -> dict[str, float]:
    rows = await conn.fetch("SELECT claimant, reliability FROM claimant_priors")
    return {r["claimant"]: float(r["reliability"]) for r in rows}
