"""post-ingester: X API v2 recent search, user timelines and (optionally) the filtered stream into
feeds.documents, with since_id cursors in PostgreSQL."""

from __future__ import annotations

import asyncio

import structlog

from services.common import lifecycle
from services.common.db import create_pool, migrate_if_asked
from services.common.publisher import DocumentPublisher
from services.common.settings import ServiceSettings
from services.post_ingester.cursors import PostgresXCursorStore
from services.post_ingester.poller import XPoller
from services.post_ingester.settings import PostIngesterSettings
from services.post_ingester.xapi import XApiClient

STAGE = "post-ingester"


def main() -> None:
    settings = ServiceSettings()
    x = PostIngesterSettings()
    state = {"healthy": False}

    async def body(stop: asyncio.Event) -> None:
        if x.bearer_token is None or not (x.targets() or x.stream):
            # nothing to poll: stay up and healthy so compose does not restart-loop an unconfigured service
            state["healthy"] = True
            structlog.get_logger().warning("no X_BEARER_TOKEN or no queries/users/stream: idle")
            await stop.wait()
            return
        await migrate_if_asked(settings)
        pool = await create_pool(settings.database_url)
        publisher = DocumentPublisher(settings, STAGE)
        await publisher.start()
        store = PostgresXCursorStore(pool)
        client = XApiClient(x.base_url, x.bearer_token, on_rate_limit=store.save_rate_limit)
        try:
            # a window exhausted before a restart is still exhausted: wait for its reset, do not spend a 429
            client.restore_rate_limits(await store.load_rate_limits())
            poller = XPoller(client, store, publisher.document, publisher.dead_letter,
                             max_pages_per_poll=x.max_pages_per_poll)
            state["healthy"] = True
            tasks = [poller.run_forever(x.targets(), x.poll_interval_s, stop)]
            if x.stream:
                tasks.append(poller.run_stream(x.rules(), stop))
            await asyncio.gather(*tasks)
        finally:
            state["healthy"] = False
            await client.aclose()
            await publisher.stop()
            await pool.close()

    lifecycle.run(STAGE, settings, body, lambda: state["healthy"])
