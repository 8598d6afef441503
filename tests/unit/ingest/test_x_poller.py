"""XPoller: since_id cursors advanced only after delivery, DLQ for garbage, the stream relayed."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import pytest
from pydantic import SecretStr

from services.post_ingester.cursors import InMemoryXCursorStore
from services.post_ingester.poller import XPoller, XTarget
from services.post_ingester.xapi import StreamRule, XApiClient
from tests.fakes.recorders import CollectingSink, DeadLetters, FakeClock
from tests.fakes.x_api import BASE_ID, XApiServer

TOKEN = "test-token-s3cr3t"
QUERY = XTarget("query", "Toretsk OR Dzerzhinsk")


def _client(server: XApiServer) -> XApiClient:
    clock = FakeClock()
    return XApiClient(server.base_url, SecretStr(TOKEN), sleep=clock.sleep, clock=clock)


async def test_poll_delivers_all_pages_then_saves_since_id(
    x_server: XApiServer, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    store = InMemoryXCursorStore()
    async with _client(x_server) as client:
        poller = XPoller(client, store, sink, dead_letters)
        result = await poller.poll_target(QUERY)
        assert result.status == "ok" and result.pages == 3 and result.documents == 5
        assert await store.get(QUERY.key) == str(BASE_ID + 5)
        again = await poller.poll_target(QUERY)
        assert again.documents == 0
        x_server.add_tweet("1002", "Toretsk: new footage shows Ukrainian flag still flying.")
        third = await poller.poll_target(QUERY)
    assert third.documents == 1 and sink.doc_ids[-1] == f"x:{BASE_ID + 6}"
    assert await store.get(QUERY.key) == str(BASE_ID + 6)
    assert len(sink.doc_ids) == len(set(sink.doc_ids)) == 6
    assert any("since_id=" + str(BASE_ID + 5) in path for _, path, _ in x_server.requests)


async def test_posts_are_delivered_oldest_first_across_pages(
    x_server: XApiServer, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    async with _client(x_server) as client:
        await XPoller(client, InMemoryXCursorStore(), sink, dead_letters).poll_target(QUERY)
    assert sink.doc_ids == [f"x:{BASE_ID + n}" for n in range(1, 6)]


async def test_user_timeline_target(x_server: XApiServer, sink: CollectingSink, dead_letters: DeadLetters) -> None:
    async with _client(x_server) as client:
        result = await XPoller(client, InMemoryXCursorStore(), sink, dead_letters).poll_target(XTarget("user", "1001"))
    assert result.documents == 2 and all(d.source == "x:@DeepStateUA" for d in sink.documents)


async def test_sink_failure_leaves_the_cursor(x_server: XApiServer, dead_letters: DeadLetters) -> None:
    store = InMemoryXCursorStore()
    async with _client(x_server) as client:
        with pytest.raises(ConnectionError):
            await XPoller(client, store, CollectingSink(fail_after=3), dead_letters).poll_target(QUERY)
        assert await store.get(QUERY.key) is None
        healthy = CollectingSink()
        await XPoller(client, store, healthy, dead_letters).poll_target(QUERY)
    assert len(healthy.documents) == 5


async def test_garbage_page_goes_to_dlq(x_server: XApiServer, sink: CollectingSink, dead_letters: DeadLetters) -> None:
    x_server.garbage_pages = 1
    store = InMemoryXCursorStore()
    async with _client(x_server) as client:
        result = await XPoller(client, store, sink, dead_letters).poll_target(QUERY)
    assert result.status == "error" and await store.get(QUERY.key) is None
    assert dead_letters.records[0][2] == "XResponseError" and dead_letters.records[0][1].startswith(b'{"data"')


async def test_run_stream_relays_into_the_sink(
    x_server: XApiServer, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    stop = asyncio.Event()
    async with _client(x_server) as client:
        poller = XPoller(client, InMemoryXCursorStore(), sink, dead_letters)
        task = asyncio.create_task(poller.run_stream([StreamRule("Toretsk")], stop))
        second_connection = [f"x:{BASE_ID + 3}", f"x:{BASE_ID + 4}"]
        async with asyncio.timeout(10):
            while sink.doc_ids[-2:] != second_connection:
                sink.arrived.clear()
                await sink.arrived.wait()
        stop.set()
        await asyncio.wait_for(task, timeout=5)
    # the first connection's two posts, the backfill of the drop (repeats are fine: same doc ids), the second's
    assert sink.doc_ids[:2] == [f"x:{BASE_ID + 1}", f"x:{BASE_ID + 2}"]
    assert {f"x:{BASE_ID + i}" for i in (1, 2, 3, 4)} <= set(sink.doc_ids)
    assert {r[2] for r in dead_letters.records} == {"XStreamLineError"}
    assert next(iter(x_server.rules.values()))["value"] == "Toretsk"


async def test_posts_made_while_the_stream_was_down_are_backfilled(
    x_server: XApiServer, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    # posted while the first connection is broken: it never comes down the stream
    gap = x_server.add_tweet("1001", "DeepState: Russian troops entered the outskirts of Toretsk.")
    stop = asyncio.Event()
    async with _client(x_server) as client:
        poller = XPoller(client, InMemoryXCursorStore(), sink, dead_letters)
        task = asyncio.create_task(poller.run_stream([StreamRule("Toretsk")], stop))
        async with asyncio.timeout(10):
            while f"x:{BASE_ID + 4}" not in sink.doc_ids:
                sink.arrived.clear()
                await sink.arrived.wait()
        stop.set()
        await asyncio.wait_for(task, timeout=5)
    first_connection = [f"x:{BASE_ID + 1}", f"x:{BASE_ID + 2}"]
    assert sink.doc_ids[:2] == first_connection
    # between the connections: what recent search finds after the newest streamed post, oldest first
    searched = [parse_qs(urlsplit(path).query) for _, path, _ in x_server.requests
                if path.startswith("/2/tweets/search/recent")]
    assert searched and searched[0]["since_id"] == [str(BASE_ID + 2)] and searched[0]["query"] == ["Toretsk"]
    assert f"x:{gap['id']}" in sink.doc_ids
    backfilled = sink.doc_ids[2 : sink.doc_ids.index(f"x:{gap['id']}") + 1]
    assert backfilled == sorted(backfilled, key=lambda d: int(d[2:]))


async def test_run_forever_stops(x_server: XApiServer, sink: CollectingSink, dead_letters: DeadLetters) -> None:
    stop = asyncio.Event()
    async with _client(x_server) as client:
        poller = XPoller(client, InMemoryXCursorStore(), sink, dead_letters)
        task = asyncio.create_task(poller.run_forever([QUERY, XTarget("user", "1003")], 0.05, stop))
        async with asyncio.timeout(10):
            while len(sink.documents) < 6:
                sink.arrived.clear()
                await sink.arrived.wait()
        stop.set()
        await asyncio.wait_for(task, timeout=5)
    assert len(sink.documents) == 6  # 5 from the query, 1 from the MoD timeline
