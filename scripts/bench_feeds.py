"""Benchmark: 500 feeds polled by one poller against the local fake site (`python -m scripts.bench_feeds`)."""

import asyncio
import statistics
import time

from services.article_ingester.cursors import InMemoryCursorStore
from services.article_ingester.poller import FeedPoller, PollerConfig
from services.article_ingester.sources import FeedConfig
from services.common.http_fetch import FetchPolicy, PoliteFetcher
from tests.fakes.news_site import NewsSite
from tests.fakes.recorders import CollectingSink, DeadLetters


async def main():
    async with NewsSite() as site:
        for n in range(500):
            site.bump_feed(n)
        sink, dl = CollectingSink(), DeadLetters()
        policy = FetchPolicy(allow_private_networks=True, per_host_min_interval_s=0, per_host_concurrency=64)
        async with PoliteFetcher(policy) as fetcher:
            poller = FeedPoller(fetcher, InMemoryCursorStore(), sink, dl, PollerConfig())
            feeds = [FeedConfig(site.url(f"/feeds/{n}.xml"), 60) for n in range(500)]
            sem = asyncio.Semaphore(64)

            async def one(f):
                async with sem:
                    return await poller.poll_feed(f)

            t = time.monotonic()
            rs = await asyncio.gather(*(one(f) for f in feeds))
            t1 = time.monotonic() - t
            print(
                "first round (500 new items, 500 pages extracted):",
                round(t1, 2),
                "s",
                sum(r.documents for r in rs),
                "docs",
            )
            t = time.monotonic()
            rs = await asyncio.gather(*(one(f) for f in feeds))
            t2 = time.monotonic() - t
            print("steady round (500 x 304):", round(t2, 2), "s", {r.status for r in rs})
            lat = []
            for n in range(20):
                site.bump_feed(n)
                sink.arrived.clear()
                t = time.monotonic()
                await poller.poll_feed(feeds[n])
                lat.append(time.monotonic() - t)
            print(
                "changed feed poll->sink (poll_feed total) median/max:",
                round(statistics.median(lat) * 1000, 1),
                round(max(lat) * 1000, 1),
                "ms",
            )
            # mixed: 500 feeds, 10% changed
            for n in range(0, 500, 10):
                site.bump_feed(n)
            t = time.monotonic()
            rs = await asyncio.gather(*(one(f) for f in feeds))
            t3 = time.monotonic() - t
            print("round with 50 changed feeds:", round(t3, 2), "s", sum(r.documents for r in rs), "docs")


asyncio.run(main())
