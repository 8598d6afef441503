"""FeedPoller against the local news site: documents, cursors, at-least-once, DLQ, scheduling."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest

from schemas.models import DocumentKind
from services.article_ingester.cursors import FeedCursor, InMemoryCursorStore
from services.article_ingester.feeds import doc_id_for_url
from services.article_ingester.poller import FeedPoller, PollerConfig, PollResult
from services.article_ingester.sources import FeedConfig
from services.common.http_fetch import PoliteFetcher
from tests.fakes.news_site import NewsSite
from tests.fakes.recorders import CollectingSink, DeadLetters

from .conftest import local_policy


def _poller(
    fetcher: PoliteFetcher,
    sink: CollectingSink,
    dead_letters: DeadLetters,
    store: InMemoryCursorStore | None = None,
    **config: object,
) -> FeedPoller:
    return FeedPoller(fetcher, store or InMemoryCursorStore(), sink, dead_letters, PollerConfig(**config))  # type: ignore[arg-type]


async def test_rss_feed_to_documents(news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters) -> None:
    async with PoliteFetcher(local_policy()) as fetcher:
        result = await _poller(fetcher, sink, dead_letters).poll_feed(FeedConfig(news_site.url("/rss.xml")))
    assert result.status == "ok" and result.documents == 3 and result.new_items == 3
    assert not dead_letters.records
    by_title = {d.title: d for d in sink.documents}
    doc = by_title["Russia claims capture of Toretsk"]
    canonical = news_site.url("/articles/toretsk-claim")
    assert doc.doc_id == doc_id_for_url(canonical)
    assert doc.url == canonical  # tracking parameters and fragment stripped
    assert doc.refs.canonical_url == canonical
    assert doc.kind is DocumentKind.article
    assert doc.source == "127.0.0.1"
    assert doc.lang == "en"
    assert doc.published_at == datetime(2025, 2, 7, 9, 0, tzinfo=UTC)
    assert doc.fetched_at is not None and doc.fetched_at.tzinfo is not None
    # The full article text, from the page, without its boilerplate.
    assert "still had some soldiers" not in doc.text  # (that sentence is not in the fake page)
    assert "28th Brigade officer, told AP" in doc.text
    for junk in ("cookie", "Related stories", "newsletter", "All rights reserved", "World</a>"):
        assert junk.lower() not in doc.text.lower()
    assert news_site.hits["/articles/toretsk-claim"] == 1


@pytest.mark.parametrize("path", ["/atom.xml", "/rss1.rdf"])
async def test_atom_and_rss1(news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters, path: str) -> None:
    async with PoliteFetcher(local_policy()) as fetcher:
        result = await _poller(fetcher, sink, dead_letters).poll_feed(FeedConfig(news_site.url(path)))
    assert result.documents == 3
    assert {d.doc_id for d in sink.documents} == {
        doc_id_for_url(news_site.url(f"/articles/{slug}"))
        for slug in ("toretsk-claim", "pokrovsk-pressure", "kursk-update")
    }


async def test_cyrillic_feed(news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters) -> None:
    async with PoliteFetcher(local_policy()) as fetcher:
        await _poller(fetcher, sink, dead_letters).poll_feed(
            FeedConfig(news_site.url("/cp1251.xml"), source="ria.example")
        )
    titles = [d.title for d in sink.documents]
    assert "Минобороны России заявило об освобождении Дзержинска" in titles
    assert all(d.lang == "ru" and d.source == "ria.example" for d in sink.documents)
    assert any("Дзержинск" in d.text for d in sink.documents)


async def test_second_poll_is_304_and_new_items_only(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    feed = FeedConfig(news_site.url("/rss.xml"))
    async with PoliteFetcher(local_policy()) as fetcher:
        poller = _poller(fetcher, sink, dead_letters)
        await poller.poll_feed(feed)
        second = await poller.poll_feed(feed)
        assert second.status == "not_modified" and second.documents == 0
        news_site.add_article("toretsk-denial", "Ukraine denies Toretsk has fallen", ["Ukraine's army denied it."])
        third = await poller.poll_feed(feed)
    assert third.status == "ok" and third.new_items == 1 and third.documents == 1
    assert sink.documents[-1].title == "Ukraine denies Toretsk has fallen"
    assert len(sink.doc_ids) == len(set(sink.doc_ids)) == 4


async def test_restart_resumes_without_reemitting(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    store = InMemoryCursorStore()
    feed = FeedConfig(news_site.url("/rss.xml"))
    async with PoliteFetcher(local_policy()) as fetcher:
        await _poller(fetcher, sink, dead_letters, store).poll_feed(feed)
    # A new process: new fetcher and poller, same cursor store; the body changes but old items are seen.
    news_site.add_article("new", "New item", ["New paragraph about Kupiansk and the front line there."])
    async with PoliteFetcher(local_policy()) as fetcher:
        result = await _poller(fetcher, sink, dead_letters, store).poll_feed(feed)
    assert result.documents == 1 and len(sink.documents) == 4


async def test_cursor_saved_only_after_the_sink_accepted(news_site: NewsSite, dead_letters: DeadLetters) -> None:
    store = InMemoryCursorStore()
    feed = FeedConfig(news_site.url("/rss.xml"))
    failing = CollectingSink(fail_after=1)
    async with PoliteFetcher(local_policy()) as fetcher:
        with pytest.raises(ConnectionError):
            await _poller(fetcher, failing, dead_letters, store).poll_feed(feed)
        assert await store.get(feed.url) == FeedCursor()  # nothing saved
        healthy = CollectingSink()
        result = await _poller(fetcher, healthy, dead_letters, store).poll_feed(feed)
    assert result.documents == 3  # at-least-once: the already-delivered one comes again, same id
    assert failing.doc_ids[0] in healthy.doc_ids


async def test_garbage_feed_goes_to_dlq_once(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    feed = FeedConfig(news_site.url("/html-as-rss.xml"))
    async with PoliteFetcher(local_policy()) as fetcher:
        poller = _poller(fetcher, sink, dead_letters)
        result = await poller.poll_feed(feed)
        assert result.status == "invalid" and result.error == "not an RSS or Atom feed"
        assert dead_letters.records[0][1].startswith(b"<!DOCTYPE html>")
        assert dead_letters.records[0][2] == "FeedError"
        again = await poller.poll_feed(feed)
    assert again.status == "invalid" and len(dead_letters.records) == 2  # no validators: body re-read


@pytest.mark.parametrize(
    "name", ["truncated.xml", "binary_junk.bin", "empty.xml", "wrong_declared_encoding.xml", "items_without_keys.xml"]
)
async def test_corpus_through_the_poller(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters, name: str
) -> None:
    async with PoliteFetcher(local_policy()) as fetcher:
        result = await _poller(fetcher, sink, dead_letters, fetch_articles=False).poll_feed(
            FeedConfig(news_site.url(f"/corpus/{name}"))
        )
    assert result.status in ("ok", "invalid")
    assert result.dead_letters == len(dead_letters.records)
    if result.status == "invalid":
        assert dead_letters.records and not sink.documents


async def test_fetch_error_is_reported_not_raised(sink: CollectingSink, dead_letters: DeadLetters) -> None:
    from tests.fakes.news_site import dead_url

    async with PoliteFetcher(local_policy(retries=0)) as fetcher:
        result = await _poller(fetcher, sink, dead_letters).poll_feed(FeedConfig(dead_url()))
    assert result.status == "error" and result.error_type == "NetworkError"


async def test_article_page_failure_falls_back_to_feed_summary(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    news_site.add_article("gone", "A story whose page is gone", ["Summary text about Vuhledar and the fighting."])
    news_site.missing_pages.add("gone")
    async with PoliteFetcher(local_policy(retries=0)) as fetcher:
        result = await _poller(fetcher, sink, dead_letters).poll_feed(FeedConfig(news_site.url("/rss.xml")))
    assert result.article_failures == 1
    doc = next(d for d in sink.documents if d.title == "A story whose page is gone")
    assert "Summary text about Vuhledar" in doc.text


async def test_links_to_private_addresses_are_not_fetched(sink: CollectingSink, dead_letters: DeadLetters) -> None:
    requested: list[str] = []
    feed_body = (
        b'<rss version="2.0"><channel><title>t</title><item><title>Internal</title>'
        b"<link>http://127.0.0.1:9/admin?utm_source=x</link><guid>i-1</guid>"
        b"<description>Feed summary about Avdiivka.</description></item></channel></rss>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(200, content=feed_body, headers={"Content-Type": "application/rss+xml"})

    policy = local_policy(allow_private_networks=False, retries=0)
    async with PoliteFetcher(policy, transport=httpx.MockTransport(handler)) as fetcher:
        result = await _poller(fetcher, sink, dead_letters).poll_feed(FeedConfig("http://93.184.216.34/feed.xml"))
    assert requested == ["http://93.184.216.34/feed.xml"]
    assert result.article_failures == 1
    assert sink.documents[0].text == "Feed summary about Avdiivka."


async def test_new_items_capped_per_poll_and_rest_taken_next_time(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    store = InMemoryCursorStore()
    feed = FeedConfig(news_site.url("/rss.xml"))
    async with PoliteFetcher(local_policy()) as fetcher:
        poller = _poller(fetcher, sink, dead_letters, store, max_new_items_per_poll=2)
        first = await poller.poll_feed(feed)
        cursor = await store.get(feed.url)
        assert first.documents == 2 and cursor.etag is None  # no validators: the next poll is not a 304
        second = await poller.poll_feed(feed)
    assert second.documents == 1 and len(set(sink.doc_ids)) == 3


async def test_seen_keys_bounded_but_cover_the_feed(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    store = InMemoryCursorStore()
    feed = FeedConfig(news_site.url("/rss.xml"))
    async with PoliteFetcher(local_policy()) as fetcher:
        poller = _poller(fetcher, sink, dead_letters, store, max_seen=2, fetch_articles=False)
        await poller.poll_feed(feed)
        for i in range(3):
            news_site.add_article(f"n{i}", f"New {i}", [f"Paragraph {i}."])
            await poller.poll_feed(feed)
    cursor = await store.get(feed.url)
    assert len(cursor.seen) == 5  # everything the feed still lists (feed_items=5), nothing older
    assert len(sink.doc_ids) == len(set(sink.doc_ids)) == 6


async def test_run_forever_polls_each_feed_on_its_interval(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    feeds = [FeedConfig(news_site.url(f"/feeds/{n}.xml"), interval_s=0.05) for n in range(20)]
    for n in range(20):
        news_site.bump_feed(n)
    polls: dict[str, int] = {}
    enough = asyncio.Event()

    def observe(feed: FeedConfig, result: PollResult) -> None:
        polls[feed.url] = polls.get(feed.url, 0) + 1
        if len(polls) == 20 and min(polls.values()) >= 3:
            enough.set()

    stop = asyncio.Event()

    async def provider() -> list[FeedConfig]:
        return feeds

    async with PoliteFetcher(local_policy()) as fetcher:
        poller = FeedPoller(fetcher, InMemoryCursorStore(), sink, dead_letters, PollerConfig(), on_poll=observe)
        runner = asyncio.create_task(poller.run_forever(provider, stop))
        await asyncio.wait_for(enough.wait(), timeout=20)
        stop.set()
        await asyncio.wait_for(runner, timeout=10)
    assert len(sink.documents) == 20  # one item per feed, delivered once despite many polls
    assert poller.stats.errors == 0


async def test_run_forever_backs_off_failing_feeds(sink: CollectingSink, dead_letters: DeadLetters) -> None:
    from tests.fakes.news_site import dead_url

    stop = asyncio.Event()
    results: list[PollResult] = []

    def observe(feed: FeedConfig, result: PollResult) -> None:
        results.append(result)
        if len(results) >= 3:
            stop.set()

    async def provider() -> list[FeedConfig]:
        return [FeedConfig(dead_url(), interval_s=0.01)]

    async with PoliteFetcher(local_policy(retries=0)) as fetcher:
        poller = FeedPoller(fetcher, InMemoryCursorStore(), sink, dead_letters, PollerConfig(), on_poll=observe)
        delays = [poller._next_delay(FeedConfig("http://x", interval_s=10), failures) for failures in range(5)]
        await asyncio.wait_for(poller.run_forever(provider, stop), timeout=20)
    assert all(r.status == "error" for r in results)
    assert delays[0] < 12 and delays[1] > 17 and delays[4] > 140  # exponential backoff, jittered


async def test_bad_feed_body_is_dead_lettered_once_not_at_every_poll(
    news_site: NewsSite, sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    feed = FeedConfig(news_site.url("/gzip-bomb.xml"))
    async with PoliteFetcher(local_policy(max_body_bytes=1024 * 1024)) as fetcher:
        poller = _poller(fetcher, sink, dead_letters)
        first = await poller.poll_feed(feed)
        second = await poller.poll_feed(feed)
    assert first.status == second.status == "error" and first.error_type == "BodyTooLargeError"
    assert first.dead_letters == 1 and second.dead_letters == 0
    ((reason, payload, error_type),) = dead_letters.records
    assert reason.startswith(f"feed {feed.url}: body exceeds") and error_type == "BodyTooLargeError"
    assert b"gzip-bomb.xml" in payload


async def test_timeouts_and_refused_connections_are_not_dead_lettered(
    sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    from tests.fakes.news_site import dead_url

    async with PoliteFetcher(local_policy(retries=0)) as fetcher:
        result = await _poller(fetcher, sink, dead_letters).poll_feed(FeedConfig(dead_url()))
    assert result.status == "error" and not dead_letters.records  # transient: logged and retried, not bad input


def _page_transport(page: bytes, page_headers: dict[str, str] | None = None) -> httpx.MockTransport:
    feed_body = (
        b'<rss version="2.0"><channel><title>t</title><item><title>Item</title>'
        b"<link>http://93.184.216.34/page</link><guid>p-1</guid>"
        b"<description>Feed summary about Chasiv Yar.</description></item></channel></rss>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/feed.xml":
            return httpx.Response(200, content=feed_body, headers={"Content-Type": "application/rss+xml"})
        return httpx.Response(200, content=page, headers={"Content-Type": "text/html", **(page_headers or {})})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        (b"", "empty page"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", "no article text in the page"),
        (b"<html><head><script>window.app = {}</script></head><body><div id=app></div></body></html>",
         "no article text in the page"),
        (b"<html><body><article>" + b"".join(b"<p>Paragraph %d: Russian forces said they took Toretsk.</p>" % i
                                             for i in range(25000)) + b"</article></body></html>", "byte document"),
        (b"x" * (2 * 1024 * 1024), "exceeds 1048576"),
    ],
    ids=["empty", "pdf", "no-text", "text-too-large", "body-too-large"],
)
async def test_unusable_article_page_is_dead_lettered_and_the_summary_stands_in(
    sink: CollectingSink, dead_letters: DeadLetters, page: bytes, problem: str
) -> None:
    limit = 1024 * 1024 if problem == "exceeds 1048576" else 4 * 1024 * 1024
    policy = local_policy(allow_private_networks=False, retries=0, max_body_bytes=limit)
    async with PoliteFetcher(policy, transport=_page_transport(page)) as fetcher:
        result = await _poller(fetcher, sink, dead_letters).poll_feed(FeedConfig("http://93.184.216.34/feed.xml"))
    assert result.status == "ok" and result.documents == 1 and result.dead_letters == 1
    assert sink.documents[0].text == "Feed summary about Chasiv Yar."
    ((reason, _, error_type),) = dead_letters.records
    assert error_type == "ArticlePageError" and "article page http://93.184.216.34/page" in reason
    assert problem in reason


async def test_item_too_large_for_the_broker_is_dead_lettered_and_the_feed_moves_on(
    sink: CollectingSink, dead_letters: DeadLetters
) -> None:
    huge = "Toretsk. " * 200_000  # 1.8 MB of summary: no broker takes that record
    feed_body = (
        '<rss version="2.0"><channel><title>t</title>'
        f"<item><title>Huge</title><guid>h-1</guid><description>{huge}</description></item>"
        "<item><title>Small</title><guid>h-2</guid><description>Fighting near Pokrovsk.</description></item>"
        "</channel></rss>"
    ).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=feed_body, headers={"Content-Type": "application/rss+xml"})

    store = InMemoryCursorStore()
    policy = local_policy(allow_private_networks=False, retries=0)
    async with PoliteFetcher(policy, transport=httpx.MockTransport(handler)) as fetcher:
        result = await _poller(fetcher, sink, dead_letters, store).poll_feed(FeedConfig("http://93.184.216.34/f"))
    assert result.status == "ok" and [d.title for d in sink.documents] == ["Small"]
    ((reason, _, error_type),) = dead_letters.records
    assert "item h-1" in reason and "record limit" in reason and error_type == "ValueError"
    assert set((await store.get("http://93.184.216.34/f")).seen) == {"h-1", "h-2"}  # not retried for ever
