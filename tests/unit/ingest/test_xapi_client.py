"""XApiClient against the local X API: pagination, since_id, rate limits, stream, secrecy of the token."""

from __future__ import annotations

import asyncio
import logging

import pytest
from pydantic import SecretStr

from services.post_ingester.payloads import tweets_to_documents
from services.post_ingester.xapi import (
    RateLimit,
    StreamRule,
    XApiClient,
    XAuthError,
    XRateLimitedError,
    XResponseError,
)
from tests.fakes.recorders import FakeClock
from tests.fakes.x_api import BASE_ID, XApiServer

TOKEN = "test-token-s3cr3t"


def _client(server: XApiServer, clock: FakeClock | None = None, **options: object) -> XApiClient:
    clock = clock or FakeClock()
    return XApiClient(
        server.base_url,
        SecretStr(TOKEN),
        sleep=clock.sleep,
        clock=clock,
        stream_read_timeout_s=2.0,
        **options,  # type: ignore[arg-type]
    )


async def test_search_recent_follows_next_token(x_server: XApiServer) -> None:
    async with _client(x_server) as client:
        pages = [page async for page in client.search_recent("Toretsk OR Dzerzhinsk")]
    assert len(pages) == 3  # 5 posts, 2 a page
    docs = [d for page in pages for d in tweets_to_documents(page.payload)]
    assert [d.doc_id for d in docs] == [f"x:{BASE_ID + i}" for i in (5, 4, 3, 2, 1)]
    queries = [path for method, path, _ in x_server.requests if path.startswith("/2/tweets/search/recent")]
    assert "next_token=2" in queries[1] and "next_token=4" in queries[2]
    assert all("expansions=author_id" in q for q in queries)


async def test_since_id(x_server: XApiServer) -> None:
    async with _client(x_server) as client:
        pages = [page async for page in client.search_recent("Toretsk", since_id=str(BASE_ID + 3))]
    docs = [d for page in pages for d in tweets_to_documents(page.payload)]
    assert {d.doc_id for d in docs} == {f"x:{BASE_ID + 4}", f"x:{BASE_ID + 5}"}


async def test_user_timeline_uses_pagination_token(x_server: XApiServer) -> None:
    x_server.page_size = 1
    async with _client(x_server) as client:
        pages = [page async for page in client.user_tweets("1001")]
    assert len(pages) == 2
    assert any("pagination_token=1" in path for _, path, _ in x_server.requests)


async def test_429_waits_until_reset(x_server: XApiServer) -> None:
    clock = FakeClock(now=1_700_000_000)
    x_server.fail_with_429(times=1, reset_at=1_700_000_030)
    async with _client(x_server, clock) as client:
        pages = [page async for page in client.search_recent("Toretsk", since_id=str(BASE_ID + 4))]
    assert len(pages) == 1
    assert clock.sleeps == [31.0]  # until the reset, plus a second of margin


async def test_remaining_zero_waits_before_the_next_call(x_server: XApiServer) -> None:
    clock = FakeClock(now=1_700_000_000)
    x_server.exhaust_once(reset_at=1_700_000_060)
    async with _client(x_server, clock) as client:
        pages = [page async for page in client.search_recent("Toretsk OR Dzerzhinsk")]
    assert len(pages) == 3 and clock.sleeps == [61.0]


async def test_a_window_exhausted_before_a_restart_is_honoured_after_it(x_server: XApiServer) -> None:
    saved: list[tuple[str, RateLimit]] = []

    async def save(endpoint: str, limit: RateLimit) -> None:
        saved.append((endpoint, limit))

    # the first process: its last response says the window is spent until 1_700_000_060
    x_server.exhaust_once(reset_at=1_700_000_060)
    async with _client(x_server, FakeClock(now=1_700_000_000), on_rate_limit=save) as client:
        first = await anext(client.search_recent("Toretsk OR Dzerzhinsk"))
    assert first is not None
    endpoint, spent = saved[0]
    assert spent == RateLimit(450, 0, 1_700_000_060.0)
    # the restarted process: the saved state makes it wait for the reset before its first call
    clock = FakeClock(now=1_700_000_010)
    async with _client(x_server, clock) as client:
        client.restore_rate_limits({endpoint: spent, "/2/tweets/old": RateLimit(450, 0, 1_699_999_000.0)})
        assert set(client.rate_limits) == {endpoint}  # a window that already reset is not restored
        [page async for page in client.search_recent("Toretsk OR Dzerzhinsk")]
    assert clock.sleeps[0] == 51.0


async def test_a_failing_rate_limit_store_does_not_fail_the_request(x_server: XApiServer) -> None:
    async def broken(endpoint: str, limit: RateLimit) -> None:
        raise OSError("database down")

    async with _client(x_server, on_rate_limit=broken) as client:
        pages = [page async for page in client.search_recent("Toretsk OR Dzerzhinsk")]
    assert len(pages) == 3


async def test_reset_too_far_away_raises(x_server: XApiServer) -> None:
    x_server.fail_with_429(times=1, reset_at=1_700_100_000)
    async with _client(x_server, FakeClock(now=1_700_000_000)) as client:
        with pytest.raises(XRateLimitedError):
            [page async for page in client.search_recent("Toretsk")]


async def test_bad_token(x_server: XApiServer) -> None:
    async with XApiClient(x_server.base_url, SecretStr("wrong")) as client:
        with pytest.raises(XAuthError) as caught:
            [page async for page in client.search_recent("Toretsk")]
    assert caught.value.status == 401 and "wrong" not in str(caught.value)


async def test_garbage_page_is_a_typed_error_with_the_raw_body(x_server: XApiServer) -> None:
    x_server.garbage_pages = 1
    async with _client(x_server) as client:
        with pytest.raises(XResponseError) as caught:
            [page async for page in client.search_recent("Toretsk")]
    assert caught.value.raw.startswith(b'{"data"')


async def test_token_never_in_logs_reprs_or_errors(x_server: XApiServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    x_server.fail_with_429(times=1, reset_at=1_700_000_010)
    client = _client(x_server, FakeClock(now=1_700_000_000))
    async with client:
        [page async for page in client.search_recent("Toretsk")]
        with pytest.raises(XAuthError) as caught:
            async with XApiClient(x_server.base_url, SecretStr(TOKEN + "x")) as wrong:
                [page async for page in wrong.search_recent("Toretsk")]
    texts = [repr(client), str(client), str(caught.value), repr(caught.value), caplog.text]
    texts += [repr(record.__dict__) for record in caplog.records]
    assert all(TOKEN not in text for text in texts)
    assert caplog.records  # httpx and our own logging did run at DEBUG


async def test_rules_are_synchronised(x_server: XApiServer) -> None:
    x_server.rules = {"7": {"id": "7", "value": "old rule"}}
    async with _client(x_server) as client:
        await client.set_rules([StreamRule("Toretsk OR Dzerzhinsk", tag="toretsk"), StreamRule("Pokrovsk")])
        rules = await client.get_rules()
    assert sorted(r["value"] for r in rules) == ["Pokrovsk", "Toretsk OR Dzerzhinsk"]
    assert {r.get("tag") for r in rules} == {"toretsk", None}


async def test_stream_keepalives_partial_lines_and_reconnect(x_server: XApiServer) -> None:
    clock = FakeClock()
    malformed: list[tuple[bytes, str]] = []

    async def on_malformed(raw: bytes, reason: str) -> None:
        malformed.append((raw, reason))

    async with _client(x_server, clock) as client:
        received: list[str] = []
        stream = client.stream([StreamRule("Toretsk")], on_malformed=on_malformed)
        async with asyncio.timeout(10):
            async for payload in stream:
                received.append(payload["data"]["id"])
                if len(received) == 4:
                    break
        await stream.aclose()
    assert received == [str(BASE_ID + i) for i in (1, 2, 3, 4)]  # the split line was reassembled
    assert x_server.stream_connections == 2 and client.reconnects == 1
    assert clock.sleeps == [0.25]  # first network-drop backoff step
    reasons = [reason for _, reason in malformed]
    assert "stream line is not JSON" in reasons
    assert "stream ended inside a line" in reasons  # the half line cut off by the drop


async def test_stream_gives_up_after_max_reconnects(x_server: XApiServer) -> None:
    from tests.fakes.x_api import StreamScript

    x_server.stream_script = StreamScript([([b"\r\n"], True)] * 5)
    clock = FakeClock()
    async with _client(x_server, clock) as client:
        async with asyncio.timeout(10):
            received = [p async for p in client.stream(max_reconnects=3)]
    assert received == [] and x_server.stream_connections == 4
    assert clock.sleeps == [0.25, 0.5, 0.75]  # linear backoff on drops
