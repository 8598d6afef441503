"""Per-feed cursors (ETag, Last-Modified, recently seen item keys): in memory or in PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import asyncpg

DEFAULT_MAX_SEEN = 2000


@dataclass(frozen=True)
class FeedCursor:
    """Where a feed was left: validators for the conditional GET and the keys already delivered."""

    etag: str | None = None
    last_modified: str | None = None
    seen: tuple[str, ...] = ()


class CursorStore(Protocol):
    """Per-feed cursor persistence; `put` is called only after the sink accepted the documents."""

    async def get(self, feed_url: str) -> FeedCursor: ...

    async def put(self, feed_url: str, cursor: FeedCursor) -> None: ...


class InMemoryCursorStore:
    """For tests and one-shot commands."""

    def __init__(self) -> None:
        self.cursors: dict[str, FeedCursor] = {}

    async def get(self, feed_url: str) -> FeedCursor:
        return self.cursors.get(feed_url, FeedCursor())

    async def put(self, feed_url: str, cursor: FeedCursor) -> None:
        self.cursors[feed_url] = cursor


class PostgresCursorStore:
    """`feed_cursors` table of migration 0002; seen keys as a JSON array, bounded by the poller."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def get(self, feed_url: str) -> FeedCursor:
        row = await self._pool.fetchrow(
            "SELECT etag, last_modified, seen_keys FROM feed_cursors WHERE url = $1", feed_url
        )
        if row is None:
            return FeedCursor()
        seen = row["seen_keys"]
        keys = json.loads(seen) if isinstance(seen, str) else seen
        return FeedCursor(
            etag=row["etag"],
            last_modified=row["last_modified"],
            seen=tuple(str(k) for k in keys or ()),
        )

    async def put(self, feed_url: str, cursor: FeedCursor) -> None:
        await self._pool.execute(
            """
            INSERT INTO feed_cursors (url, etag, last_modified, seen_keys, updated_at)
            VALUES ($1, $2, $3, $4::jsonb, now())
            ON CONFLICT (url) DO UPDATE
               SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
                   seen_keys = EXCLUDED.seen_keys, updated_at = now()
            """,
            feed_url,
            cursor.etag,
            cursor.last_modified,
            json.dumps(list(cursor.seen)),
        )
