"""Both ingesters as their own processes, against local stand-ins for the outside internet, with their
cursors in PostgreSQL: documents land on feeds.documents, garbage in the DLQ, and a restart re-emits nothing."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import asyncpg

from schemas.models import DeadLetter, Document
from schemas.topics import DOCUMENTS
from services.common.settings import ServiceSettings
from tests.fakes.news_site import NewsSite
from tests.fakes.x_api import XApiServer
from tests.support.kafka import collect
from tests.support.processes import ServiceProcess, service_env


async def run_until(process: ServiceProcess, settings: ServiceSettings, count: int, settle_s: float) -> list[Document]:
    process.start()
    try:
        await asyncio.to_thread(process.wait_healthy)
        return await collect(settings, DOCUMENTS.name, Document, until=lambda ds: len(ds) >= count,
                             settle_s=settle_s, timeout_s=60)
    finally:
        assert await asyncio.to_thread(process.stop) == 0, process.log_tail()


async def test_article_ingester_resumes_from_its_postgres_cursor(topics: ServiceSettings, tmp_path: Path) -> None:
    async with NewsSite(feed_items=3) as site:
        env = service_env(
            topics,
            CLAIMWATCH_FEEDS=f"{site.url('/rss.xml')} 1s source=news.example,{site.url('/html-as-rss.xml')} 1s",
            CLAIMWATCH_ALLOW_PRIVATE_NETWORKS="1",
        )
        first = await run_until(ServiceProcess("article-ingester", env, tmp_path), topics, 3, settle_s=2.5)
        site.add_article("fresh", "Russia claims Kurakhove", ["Russia's defence ministry said its forces captured "
                                                              "Kurakhove, a claim Ukraine denied."])
        both = await run_until(ServiceProcess("article-ingester", env, tmp_path), topics, 4, settle_s=2.5)
        letters = await collect(topics, DOCUMENTS.dlq or "", DeadLetter, until=lambda ls: len(ls) >= 1)

    assert len(first) == 3
    assert Counter(d.doc_id for d in both).most_common(1)[0][1] == 1, "a restart must not re-emit"
    assert len(both) == 4
    (fresh,) = [d for d in both if d.doc_id not in {f.doc_id for f in first}]
    assert fresh.source == "news.example" and fresh.doc_id.startswith("web:")
    assert fresh.text.startswith("Russia's defence ministry said") and "cookie" not in fresh.text.lower()
    assert {letter.stage for letter in letters} == {"article-ingester"}


async def test_post_ingester_pages_through_search_and_keeps_since_id(topics: ServiceSettings, tmp_path: Path) -> None:
    # a query of its own: the since_id cursors of the session database are keyed by query
    async with XApiServer(token="it-token", page_size=2) as x:
        env = service_env(topics, X_API_BASE_URL=x.base_url, X_BEARER_TOKEN="it-token",
                          CLAIMWATCH_X_QUERIES="Toretsk lang:en", CLAIMWATCH_X_POLL_INTERVAL_S="1")
        matching = [t for t in x.tweets if "toretsk" in t["text"].lower()]
        first = await run_until(ServiceProcess("post-ingester", env, tmp_path), topics, len(matching), settle_s=2.5)
        x.add_tweet("1001", "DeepState: fighting continues in Toretsk.")
        both = await run_until(ServiceProcess("post-ingester", env, tmp_path), topics, len(matching) + 1,
                               settle_s=2.5)

    assert sorted(d.doc_id for d in first) == sorted(f"x:{t['id']}" for t in matching)
    assert len(both) == len(matching) + 1
    # the endpoint's rate-limit headers were saved for the next start
    conn = await asyncpg.connect(topics.database_url.get_secret_value())
    try:
        saved = await conn.fetch("SELECT endpoint, limit_per_window FROM x_rate_limits")
    finally:
        await conn.close()
    assert ("search_recent", 450) in [(r["endpoint"], r["limit_per_window"]) for r in saved]
    # the topic is read partition by partition: find the new post by id, not by position
    (fresh,) = [d for d in both if d.doc_id not in {f.doc_id for f in first}]
    assert fresh.text == "DeepState: fighting continues in Toretsk."
    assert all(d.source.startswith("x:@") for d in both)


async def test_saved_rate_limits_come_back_until_their_window_resets(database_url: str) -> None:
    from services.post_ingester.cursors import PostgresXCursorStore
    from services.post_ingester.xapi import RateLimit

    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=2)
    assert pool is not None
    try:
        store = PostgresXCursorStore(pool)
        now = time.time()
        await store.save_rate_limit("it:/spent", RateLimit(450, 0, now + 600))
        await store.save_rate_limit("it:/reset", RateLimit(450, 0, now - 1))
        loaded = {k: v for k, v in (await store.load_rate_limits()).items() if k.startswith("it:")}
    finally:
        await pool.close()
    assert list(loaded) == ["it:/spent"]
    assert loaded["it:/spent"].remaining == 0 and abs((loaded["it:/spent"].reset_at or 0) - (now + 600)) < 0.01
