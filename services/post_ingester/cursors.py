"""Per-query / per-account `since_id` cursors and the last seen rate-limit state: in memory or in PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import asyncpg

    from .xapi import RateLimit


class XCursorStore(Protocol):
    """`since_id` per target key (`query:<q>` or `user:<id>`); `put` only after the sink accepted the posts."""

    async def get(self, key: str) -> str | None: ...

    async def put(self, key: str, since_id: str) -> None: ...


class InMemoryXCursorStore:
    """For tests and one-shot commands."""

    def __init__(self) -> None:
        self.since_ids: dict[str, str] = {}

    async def get(self, key: str) -> str | None:
        return self.since_ids.get(key)

    async def put(self, key: str, since_id: str) -> None:
        self.since_ids[key] = since_id


class PostgresXCursorStore:
    """`x_cursors` and `x_rate_limits` tables of migration 0002. A since_id never moves backwards."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def get(self, key: str) -> str | None:
        value = await self._pool.fetchval("SELECT since_id FROM x_cursors WHERE cursor_key = $1", key)
        return str(value) if value is not None else None

    async def put(self, key: str, since_id: str) -> None:
        await self._pool.execute(
            """
            INSERT INTO x_cursors (cursor_key, since_id, updated_at) VALUES ($1, $2::bigint, now())
            ON CONFLICT (cursor_key) DO UPDATE
               SET since_id = GREATEST(x_cursors.since_id, EXCLUDED.since_id), updated_at = now()
            """,
            key,
            int(since_id),
        )

    async def load_rate_limits(self) -> dict[str, RateLimit]:
        """The saved rate-limit state of every endpoint whose window has not reset yet."""
        from .xapi import RateLimit

        rows = await self._pool.fetch(
            "SELECT endpoint, limit_per_window, remaining, reset_at FROM x_rate_limits WHERE reset_at > now()"
        )
        return {r["endpoint"]: RateLimit(r["limit_per_window"], r["remaining"], r["reset_at"].timestamp())
                for r in rows}

    async def save_rate_limit(self, endpoint: str, limit: RateLimit) -> None:
        """Record an endpoint's rate-limit headers (for operators and for a restart inside a window)."""
        reset = datetime.fromtimestamp(limit.reset_at, tz=UTC) if limit.reset_at is not None else None
        await self._pool.execute(
            """
            INSERT INTO x_rate_limits (endpoint, limit_per_window, remaining, reset_at, updated_at)
            VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (endpoint) DO UPDATE
               SET limit_per_window = EXCLUDED.limit_per_window, remaining = EXCLUDED.remaining,
                   reset_at = EXCLUDED.reset_at, updated_at = now()
            """,
            endpoint,
            limit.limit,
            limit.remaining,
            reset,
        )
