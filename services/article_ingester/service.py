"""article-ingester: polls RSS/Atom feeds (config + PostgreSQL) and their article pages into feeds.documents."""

from __future__ import annotations

import asyncio

from services.article_ingester.cursors import PostgresCursorStore
from services.article_ingester.poller import FeedPoller, PollResult
from services.article_ingester.settings import ArticleIngesterSettings
from services.article_ingester.sources import FeedConfig, FeedStore, combined_provider
from services.common import lifecycle
from services.common.db import create_pool, migrate_if_asked
from services.common.http_fetch import PoliteFetcher
from services.common.metrics import RECORDS_IN
from services.common.publisher import DocumentPublisher
from services.common.settings import ServiceSettings

STAGE = "article-ingester"


def main() -> None:
    settings = ServiceSettings()
    ingest = ArticleIngesterSettings()
    state = {"healthy": False}

    def observe(feed: FeedConfig, result: PollResult) -> None:
        RECORDS_IN.labels(stage=STAGE).inc()

    async def body(stop: asyncio.Event) -> None:
        await migrate_if_asked(settings)
        pool = await create_pool(settings.database_url)
        publisher = DocumentPublisher(settings, STAGE)
        await publisher.start()
        try:
            async with PoliteFetcher(ingest.fetch_policy()) as fetcher:
                poller = FeedPoller(fetcher, PostgresCursorStore(pool), publisher.document, publisher.dead_letter,
                                    ingest.poller_config(), on_poll=observe)
                state["healthy"] = True
                await poller.run_forever(combined_provider(ingest.static_feeds(), FeedStore(pool)), stop)
        finally:
            state["healthy"] = False
            await publisher.stop()
            await pool.close()

    lifecycle.run(STAGE, settings, body, lambda: state["healthy"])
