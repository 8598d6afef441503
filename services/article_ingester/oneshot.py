"""`claimwatch fetch URL`: one feed and the articles it links to, as Documents, with no broker or database."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator

from schemas.models import Document
from services.common import http_fetch
from services.common.http_fetch import FetchError, FetchPolicy, PoliteFetcher

from .cursors import InMemoryCursorStore
from .feeds import FeedError
from .poller import FeedPoller, PollerConfig, PollResult
from .sources import FeedConfig

log = logging.getLogger(__name__)

_DONE = object()


async def fetch_feed(
    url: str,
    *,
    allow_private: bool,
    policy: FetchPolicy | None = None,
    config: PollerConfig | None = None,
) -> AsyncIterator[Document]:
    """Yield the Documents of one feed as they are built.

    Raises FetchError when the feed cannot be fetched (including a refused private address) and
    FeedError when it is not a feed; unusable single items are logged and skipped.
    """
    base = policy or FetchPolicy()
    fetch_policy = dataclasses.replace(base, allow_private_networks=allow_private)
    queue: asyncio.Queue[Document | object] = asyncio.Queue()

    async def sink(document: Document) -> None:
        await queue.put(document)

    async def dead_letter(reason: str, payload: bytes, error_type: str) -> None:
        log.warning("skipped: %s (%s)", reason, error_type)

    async with PoliteFetcher(fetch_policy) as fetcher:
        poller = FeedPoller(
            fetcher, InMemoryCursorStore(), sink, dead_letter, config or PollerConfig(max_new_items_per_poll=10_000)
        )

        async def run() -> PollResult:
            try:
                return await poller.poll_feed(FeedConfig(url=url))
            finally:
                await queue.put(_DONE)

        task = asyncio.create_task(run())
        try:
            while (entry := await queue.get()) is not _DONE:
                assert isinstance(entry, Document)
                yield entry
            result = await task
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    if result.status == "invalid":
        raise FeedError(result.error or "not a feed")
    if result.status == "error":
        if result.error_type == "HttpStatusError":
            raise http_fetch.HttpStatusError(result.error or "HTTP error", url, result.http_status or 0)
        error_class = getattr(http_fetch, result.error_type or "", None)
        if not (isinstance(error_class, type) and issubclass(error_class, FetchError)):
            error_class = FetchError
        raise error_class(result.error or "fetch failed", url)
