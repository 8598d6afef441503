"""PoliteFetcher against the local news site: conditional GET, gzip, redirects, limits, retries, SSRF guard."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from services.common.http_fetch import (
    USER_AGENT,
    BlockedAddressError,
    BodyTooLargeError,
    FetchTimeoutError,
    HttpStatusError,
    InvalidUrlError,
    NetworkError,
    PoliteFetcher,
    TooManyRedirectsError,
    allow_private_from_env,
    check_url_allowed,
    is_public_address,
)
from tests.fakes.news_site import NewsSite, dead_url
from tests.fakes.recorders import FakeClock, RecordingSleep

from .conftest import local_policy


async def test_conditional_get_etag_then_304(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy()) as fetcher:
        first = await fetcher.fetch(news_site.url("/rss.xml"))
        assert first.status == 200 and not first.not_modified and first.etag and first.last_modified
        second = await fetcher.fetch(news_site.url("/rss.xml"), etag=first.etag)
        assert second.not_modified and second.status == 304 and second.body == b""
        assert second.etag == first.etag
        news_site.add_article("new-one", "Something new in Toretsk", ["A new paragraph about Toretsk."])
        third = await fetcher.fetch(news_site.url("/rss.xml"), etag=first.etag)
        assert third.status == 200 and third.etag != first.etag
    sent = [r.headers for r in news_site.requests if r.path == "/rss.xml"]
    assert sent[1]["If-None-Match"] == first.etag
    assert all(h["User-Agent"] == USER_AGENT for h in sent)


async def test_conditional_get_last_modified(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy()) as fetcher:
        first = await fetcher.fetch(news_site.url("/atom.xml"))
        second = await fetcher.fetch(news_site.url("/atom.xml"), last_modified=first.last_modified)
    assert second.not_modified


async def test_gzip_is_decoded(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy()) as fetcher:
        result = await fetcher.fetch(news_site.url("/gzip.xml"))
    assert result.body == news_site.rss2_body()
    assert "gzip" in news_site.requests[-1].headers["Accept-Encoding"]


async def test_redirects_followed_and_bounded(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy(max_redirects=3)) as fetcher:
        result = await fetcher.fetch(news_site.url("/redirect/3"))
        assert result.status == 200 and result.final_url == news_site.url("/rss.xml") and result.redirects == 3
        with pytest.raises(TooManyRedirectsError):
            await fetcher.fetch(news_site.url("/redirect/4"))
        with pytest.raises(TooManyRedirectsError):
            await fetcher.fetch(news_site.url("/loop/a"))
    assert news_site.hits["/loop/a"] + news_site.hits["/loop/b"] == 4  # not retried: a loop stays a loop


async def test_body_limit_streaming_without_content_length(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy(max_body_bytes=1024 * 1024, retries=0)) as fetcher:
        with pytest.raises(BodyTooLargeError):
            await fetcher.fetch(news_site.url("/huge.xml"))
    # The 50 MB feed was abandoned early: far less than all of it was ever sent.
    assert news_site.huge_bytes_sent < 20 * 1024 * 1024


async def test_body_limit_from_content_length(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy(max_body_bytes=1024 * 1024, retries=0)) as fetcher:
        with pytest.raises(BodyTooLargeError, match="exceeds"):
            await fetcher.fetch(news_site.url("/huge-declared.xml"))
    assert news_site.huge_bytes_sent < 20 * 1024 * 1024


async def test_gzip_bomb_cut_at_the_limit(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy(max_body_bytes=1024 * 1024, retries=0)) as fetcher:
        with pytest.raises(BodyTooLargeError):
            await fetcher.fetch(news_site.url("/gzip-bomb.xml"))


async def test_slow_host_times_out(news_site: NewsSite) -> None:
    started = time.monotonic()
    async with PoliteFetcher(local_policy(read_timeout_s=0.3, retries=0)) as fetcher:
        with pytest.raises(FetchTimeoutError):
            await fetcher.fetch(news_site.url("/slow"))
    assert time.monotonic() - started < 3


async def test_dripping_host_hits_the_overall_deadline(news_site: NewsSite) -> None:
    started = time.monotonic()
    async with PoliteFetcher(local_policy(read_timeout_s=2.0, total_timeout_s=0.5, retries=0)) as fetcher:
        with pytest.raises(FetchTimeoutError, match="deadline"):
            await fetcher.fetch(news_site.url("/drip"))
    assert time.monotonic() - started < 3


async def test_server_error_retried_with_backoff(news_site: NewsSite, sleep: RecordingSleep) -> None:
    news_site.flaky_failures = 2
    async with PoliteFetcher(local_policy(retries=3, backoff_initial_s=0.5, backoff_max_s=8), sleep=sleep) as fetcher:
        result = await fetcher.fetch(news_site.url("/flaky"))
    assert result.status == 200
    assert news_site.hits["/flaky"] == 3
    assert len(sleep.calls) == 2 and 0.5 <= sleep.calls[0] <= sleep.calls[1] + 0.5  # exponential, jittered


async def test_gives_up_after_retries(news_site: NewsSite, sleep: RecordingSleep) -> None:
    async with PoliteFetcher(local_policy(retries=2), sleep=sleep) as fetcher:
        with pytest.raises(HttpStatusError) as caught:
            await fetcher.fetch(news_site.url("/status/503"))
        assert caught.value.status == 503
        with pytest.raises(HttpStatusError):
            await fetcher.fetch(news_site.url("/status/404"))
    assert news_site.hits["/status/503"] == 3
    assert news_site.hits["/status/404"] == 1  # client errors are not retried


async def test_dead_host(sleep: RecordingSleep) -> None:
    async with PoliteFetcher(local_policy(retries=1), sleep=sleep) as fetcher:
        with pytest.raises(NetworkError):
            await fetcher.fetch(dead_url())
    assert len(sleep.calls) == 1


async def test_loopback_refused_unless_allowed(news_site: NewsSite) -> None:
    async with PoliteFetcher(local_policy(allow_private_networks=False)) as fetcher:
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(news_site.url("/rss.xml"))
    assert news_site.hits["/rss.xml"] == 0


async def test_redirect_to_private_address_refused_per_hop() -> None:
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    policy = local_policy(allow_private_networks=False, retries=0)
    async with PoliteFetcher(policy, transport=httpx.MockTransport(handler)) as fetcher:
        with pytest.raises(BlockedAddressError, match=r"169\.254\.169\.254"):
            await fetcher.fetch("http://93.184.216.34/feed.xml")
    assert requested == ["http://93.184.216.34/feed.xml"]


async def test_hostname_resolving_to_private_address_refused() -> None:
    async def resolver(host: str, port: int) -> list[str]:
        return {"evil.example": ["8.8.8.8", "10.0.0.7"], "ok.example": ["93.184.216.34"]}[host]

    with pytest.raises(BlockedAddressError):
        await check_url_allowed("https://evil.example/x", allow_private=False, resolver=resolver)
    await check_url_allowed("https://ok.example/x", allow_private=False, resolver=resolver)
    for bad in ("ftp://ok.example/x", "file:///etc/passwd", "javascript:alert(1)", "http://"):
        with pytest.raises(InvalidUrlError):
            await check_url_allowed(bad, allow_private=True)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("8.8.8.8", True),
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
        ("nonsense", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_allow_private_from_env() -> None:
    assert allow_private_from_env({"CLAIMWATCH_ALLOW_PRIVATE_NETWORKS": "1"})
    assert allow_private_from_env({"CLAIMWATCH_ALLOW_PRIVATE_NETWORKS": "true"})
    assert not allow_private_from_env({"CLAIMWATCH_ALLOW_PRIVATE_NETWORKS": "0"})
    assert not allow_private_from_env({})


async def test_per_host_min_interval(news_site: NewsSite) -> None:
    clock = FakeClock()
    async with PoliteFetcher(local_policy(per_host_min_interval_s=1.0), sleep=clock.sleep, clock=clock) as fetcher:
        for _ in range(3):
            await fetcher.fetch(news_site.url("/rss.xml"))
        await fetcher.fetch(news_site.url("/rss.xml").replace("127.0.0.1", "localhost"))  # another host
    assert clock.sleeps == [1.0, 1.0]


async def test_per_host_concurrency_bounded(news_site: NewsSite) -> None:
    news_site.slow_delay_s = 0.2
    async with PoliteFetcher(local_policy(per_host_concurrency=2)) as fetcher:
        started = time.monotonic()
        await asyncio.gather(*(fetcher.fetch(news_site.url("/slow")) for _ in range(4)))
        elapsed = time.monotonic() - started
    assert elapsed >= 0.4  # two waves of two


def test_repr_is_plain() -> None:
    assert "allow_private_networks=False" in repr(PoliteFetcher())
