"""Where the feed list comes from: `CLAIMWATCH_FEEDS`, a feeds file, and the `feeds` table (`claimwatch feeds`).

Feeds file format (`CLAIMWATCH_FEEDS_FILE`), one feed a line, `#` starts a comment, a YAML-style
`- ` list marker is tolerated, an optional interval and publisher name (`Document.source`) follow the URL:

    https://apnews.com/hub/russia-ukraine/rss   5m   source=apnews.com
    - https://meduza.io/rss/all every=2m
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncpg

DEFAULT_INTERVAL_S = 300.0
MIN_INTERVAL_S = 10.0
_INTERVAL = re.compile(r"^(?:every=)?(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$", re.IGNORECASE)
_TRAILING_COMMENT = re.compile(r"\s+#.*$")
_UNIT_S = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


@dataclass(frozen=True)
class FeedConfig:
    """One feed to poll: its URL, how often, and optionally the publisher name for `Document.source`."""

    url: str
    interval_s: float = DEFAULT_INTERVAL_S
    source: str | None = None


@dataclass(frozen=True)
class FeedRecord:
    """A row of the `feeds` table."""

    url: str
    interval_s: float
    enabled: bool
    added_at: datetime
    source: str | None


FeedsProvider = Callable[[], Awaitable[list[FeedConfig]]]


def parse_interval(text: str) -> float:
    """`90`, `90s`, `5m`, `1h`, `every=5m` → seconds; raises ValueError for anything else."""
    match = _INTERVAL.match(text.strip())
    if not match:
        raise ValueError(f"not an interval: {text!r} (use e.g. 30s, 5m, 1h)")
    seconds = float(match.group(1)) * _UNIT_S[(match.group(2) or "s").lower()]
    if seconds <= 0:
        raise ValueError("interval must be positive")
    return seconds


def _valid_feed_url(url: str) -> str:
    if not url.lower().startswith(("http://", "https://")):
        raise ValueError(f"feed URL must be http(s): {url!r}")
    return url


def parse_feed_lines(lines: Iterable[str], default_interval_s: float = DEFAULT_INTERVAL_S) -> list[FeedConfig]:
    """Parse the feeds-file format; raises ValueError naming the bad line."""
    feeds: dict[str, FeedConfig] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = _TRAILING_COMMENT.sub("", line).removeprefix("- ").strip()
        if not line:
            continue
        parts = line.split()
        interval, source = default_interval_s, None
        try:
            url = _valid_feed_url(parts[0])
            for option in parts[1:]:
                if option.startswith("source="):
                    source = option.removeprefix("source=") or None
                else:
                    interval = parse_interval(option)
        except ValueError as exc:
            raise ValueError(f"line {number}: {exc}") from exc
        feeds[url] = FeedConfig(url=url, interval_s=interval, source=source)
    return list(feeds.values())


def feeds_from_env(value: str, default_interval_s: float = DEFAULT_INTERVAL_S) -> list[FeedConfig]:
    """`CLAIMWATCH_FEEDS`: comma-separated URLs (each may carry ` 5m` and ` source=NAME`)."""
    return parse_feed_lines((part for part in value.split(",")), default_interval_s)


def feeds_from_file(path: Path, default_interval_s: float = DEFAULT_INTERVAL_S) -> list[FeedConfig]:
    """`CLAIMWATCH_FEEDS_FILE`: see the module docstring."""
    return parse_feed_lines(path.read_text(encoding="utf-8").splitlines(), default_interval_s)


class FeedStore:
    """The `feeds` table behind `claimwatch feeds add/list/remove`."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def add(self, url: str, interval_s: float = DEFAULT_INTERVAL_S, source: str | None = None) -> None:
        """Add or update a feed (re-enabling it)."""
        _valid_feed_url(url)
        await self._pool.execute(
            """
            INSERT INTO feeds (url, interval_s, source, enabled) VALUES ($1, $2, $3, true)
            ON CONFLICT (url) DO UPDATE
               SET interval_s = EXCLUDED.interval_s, source = EXCLUDED.source, enabled = true
            """,
            url,
            max(MIN_INTERVAL_S, interval_s),
            source,
        )

    async def remove(self, url: str) -> bool:
        """Delete a feed and its cursor; False when it was not there."""
        async with self._pool.acquire() as conn, conn.transaction():
            await conn.execute("DELETE FROM feed_cursors WHERE url = $1", url)
            status = await conn.execute("DELETE FROM feeds WHERE url = $1", url)
        return bool(status.endswith(" 1"))

    async def list_feeds(self) -> list[FeedRecord]:
        """All feeds, enabled or not, by URL."""
        rows = await self._pool.fetch("SELECT url, interval_s, enabled, added_at, source FROM feeds ORDER BY url")
        return [
            FeedRecord(
                url=row["url"],
                interval_s=float(row["interval_s"]),
                enabled=row["enabled"],
                added_at=row["added_at"],
                source=row["source"],
            )
            for row in rows
        ]

    async def enabled(self) -> list[FeedConfig]:
        """Enabled feeds as poll configurations."""
        return [FeedConfig(r.url, r.interval_s, r.source) for r in await self.list_feeds() if r.enabled]


def combined_provider(static: list[FeedConfig], store: FeedStore | None = None) -> FeedsProvider:
    """A provider for `FeedPoller.run_forever`: static feeds (env/file) plus the table, the table winning."""

    async def provide() -> list[FeedConfig]:
        feeds = {feed.url: feed for feed in static}
        if store is not None:
            for feed in await store.enabled():
                feeds[feed.url] = feed
        return list(feeds.values())

    return provide
