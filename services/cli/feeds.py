"""`claimwatch feeds add|list|remove`: the feeds the article-ingester polls, kept in PostgreSQL."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import click

T = TypeVar("T")


def _with_store(action: Callable[..., Awaitable[T]]) -> T:
    import asyncio  # here, not at the top: `claimwatch extract` loads this module and never needs asyncio

    from services.article_ingester.sources import FeedStore
    from services.common.db import create_pool, migrate
    from services.common.settings import ServiceSettings

    settings = ServiceSettings()
    migrate(settings.database_url)

    async def go() -> T:
        pool = await create_pool(settings.database_url, attempts=3)
        try:
            return await action(FeedStore(pool))
        finally:
            await pool.close()

    return asyncio.run(go())


@click.group()
def feeds() -> None:
    """Feeds polled by the article-ingester (besides CLAIMWATCH_FEEDS / CLAIMWATCH_FEEDS_FILE)."""


@feeds.command(name="add")
@click.argument("url")
@click.option("--every", default="5m", show_default=True, help="Poll interval: 90s, 5m, 1h.")
@click.option("--source", default=None, help="Publisher name for the documents (default: the host).")
def feeds_add(url: str, every: str, source: str | None) -> None:
    """Add (or update) a feed."""
    from services.article_ingester.sources import parse_interval

    interval = parse_interval(every)
    _with_store(lambda store: store.add(url, interval, source))
    click.echo(f"feeds: {url} every {interval:g}s")


@feeds.command(name="list")
def feeds_list() -> None:
    """List the feeds in the database."""
    for record in _with_store(lambda store: store.list_feeds()):
        click.echo(f"{record.url}  every {record.interval_s:g}s  {'enabled' if record.enabled else 'disabled'}")


@feeds.command(name="remove")
@click.argument("url")
def feeds_remove(url: str) -> None:
    """Remove a feed."""
    removed = _with_store(lambda store: store.remove(url))
    click.echo(f"feeds: {'removed' if removed else 'not found'} {url}")
    if not removed:
        raise SystemExit(1)
