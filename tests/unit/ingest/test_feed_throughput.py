"""The article-ingester's targets, scaled for a unit test: 500 feeds, one process, local fake site."""

from __future__ import annotations

import asyncio
import time

from services.article_ingester.cursors import InMemoryCursorStore
from services.article_ingester.poller import FeedPoller, PollerConfig
from services.article_ingester.sources import FeedConfig
from services.common.http_fetch import PoliteFetcher
from tests.fakes.news_site import NewsSite
from tests.fakes.recorders import CollectingSink, DeadLetters

from .conftest import local_policy

FEEDS = 500


async def test_500_feeds_poll_round_and_new_item_latency(news_site: NewsSite) -> None:
    for n in range(FEEDS):
        news_site.bump_feed(n)
    sink, dead_letters = CollectingSink(), DeadLetters()
    store = InMemoryCursorStore()
    feeds = [FeedConfig(news_site.url(f"/feeds/{n}.xml"), interval_s=60) for n in range(FEEDS)]
    async with PoliteFetcher(local_policy(per_host_concurrency=64)) as fetcher:
        warmup = FeedPoller(fetcher, store, sink, dead_letters, PollerConfig(fetch_articles=False))
        slots = asyncio.Semaphore(64)

        async def poll_all(poller: FeedPoller) -> float:
            async def one(feed: FeedConfig) -> None:
                async with slots:
                    await poller.poll_feed(feed)

            started = time.monotonic()
            await asyncio.gather(*(one(feed) for feed in feeds))
            return time.monotonic() - started

        await poll_all(warmup)
        assert len(sink.documents) == FEEDS
        poller = FeedPoller(fetcher, store, sink, dead_letters, PollerConfig())
        steady = await poll_all(poller)  # every feed answers 304
        assert steady < 20, f"a round of {FEEDS} conditional polls took {steady:.1f}s; the budget is 60s"
        news_site.bump_feed(7)
        started = time.monotonic()
        result = await poller.poll_feed(feeds[7])
        latency = time.monotonic() - started
    assert result.documents == 1 and sink.documents[-1].text.startswith("Ukrainian forces said")
    assert latency < 1.0, f"new item reached the sink {latency:.2f}s after its poll started"
