"""Polling feeds: conditional fetch, parse, skip seen items, fetch and extract article pages, deliver.

Delivery is at-least-once: documents go to the injected `sink` first, the feed's cursor is saved only
afterwards, so a crash in between re-emits the same documents with the same deterministic doc ids.
Anything unparseable goes to the injected `dead_letter(reason, payload, error_type)`: feeds that are not
feeds, bodies refused for their size or encoding (once, not at every poll), items without a key or too
large for a record, and unusable article pages (whose item still goes out with the feed's own text).
Timeouts, refused connections and HTTP errors are transient: logged and retried, not dead-lettered.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

import httpx
from pydantic import ValidationError

from schemas.models import Document
from services.common.http_fetch import BodyTooLargeError, FetchError, HttpStatusError, PoliteFetcher

from .cursors import DEFAULT_MAX_SEEN, CursorStore, FeedCursor
from .documents import MAX_DOCUMENT_BYTES, document_bytes, item_to_document
from .extract import ArticleText, extract_main_text
from .feeds import FeedError, FeedItem, ParsedFeed, parse_feed
from .sources import FeedConfig, FeedsProvider

log = logging.getLogger(__name__)

Sink = Callable[[Document], Awaitable[None]]
DeadLetter = Callable[[str, bytes, str], Awaitable[None]]
PollObserver = Callable[[FeedConfig, "PollResult"], None]

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


def _utcnow() -> datetime:
    return datetime.now(UTC)


def bad_body(exc: FetchError) -> bool:
    """A fetch that failed because of what the server sent (too large, undecodable), not a transient fault:
    such bodies are dead-lettered, where timeouts, refused connections and HTTP errors are only logged."""
    return isinstance(exc, BodyTooLargeError) or isinstance(exc.__cause__, httpx.DecodingError)


@dataclass(frozen=True)
class PollerConfig:
    """Knobs of the article-ingester's polling."""

    fetch_articles: bool = True
    article_concurrency: int = 16
    max_seen: int = DEFAULT_MAX_SEEN
    max_new_items_per_poll: int = 200
    # Bodies above this size are parsed / extracted in a worker thread so one big feed does not stall the
    # loop; small ones inline, which measured twice as fast (threads contend for the GIL).
    offload_threshold_bytes: int = 256 * 1024
    poll_concurrency: int = 64
    jitter_fraction: float = 0.1
    max_backoff_s: float = 3600.0
    refresh_feeds_s: float = 30.0
    stop_grace_s: float = 10.0


@dataclass(frozen=True)
class PollResult:
    """What one poll of one feed did."""

    feed_url: str
    status: Literal["ok", "not_modified", "error", "invalid"]
    http_status: int | None = None
    items: int = 0
    new_items: int = 0
    documents: int = 0
    dead_letters: int = 0
    article_failures: int = 0
    error: str | None = None
    error_type: str | None = None
    duration_s: float = 0.0


@dataclass
class SchedulerStats:
    """Counters of `run_forever`, for metrics and the benchmark."""

    polls: int = 0
    errors: int = 0
    documents: int = 0
    max_lateness_s: float = 0.0
    lateness_samples: list[float] = field(default_factory=list)


@dataclass
class _Built:
    key: str
    document: Document | None
    reason: str | None = None
    error_type: str | None = None
    payload: bytes = b""
    article_failed: bool = False
    page_problem: str | None = None  # the article page was unusable: dead-lettered, the feed's text stands in
    page_payload: bytes = b""


class FeedPoller:
    """Polls feeds into a sink; `poll_feed` does one feed once, `run_forever` schedules them all."""

    def __init__(
        self,
        fetcher: PoliteFetcher,
        cursors: CursorStore,
        sink: Sink,
        dead_letter: DeadLetter,
        config: PollerConfig | None = None,
        *,
        now: Callable[[], datetime] = _utcnow,
        on_poll: PollObserver | None = None,
    ) -> None:
        self._fetcher = fetcher
        self._cursors = cursors
        self._sink = sink
        self._dead_letter = dead_letter
        self.config = config or PollerConfig()
        self._now = now
        self._on_poll = on_poll
        self._article_slots = asyncio.Semaphore(self.config.article_concurrency)
        self.stats = SchedulerStats()
        # feed URL → the bad-body fetch failure last dead-lettered for it: the same failure is not
        # dead-lettered again at every poll (there are no validators to make the next poll a 304)
        self._reported: dict[str, str] = {}

    async def _cpu(self, size: int, func: Callable[..., object], *args: object) -> object:
        if size > self.config.offload_threshold_bytes:
            return await asyncio.to_thread(func, *args)
        return func(*args)

    async def poll_feed(self, feed: FeedConfig) -> PollResult:
        """Poll one feed once; delivers new items, then saves the cursor. Sink errors propagate."""
        started = time.monotonic()
        cursor = await self._cursors.get(feed.url)
        try:
            fetched = await self._fetcher.fetch(
                feed.url, etag=cursor.etag, last_modified=cursor.last_modified, accept=FEED_ACCEPT
            )
        except FetchError as exc:
            log.warning("feed fetch failed", extra={"feed": feed.url, "reason": exc.reason})
            dead_letters = 0
            if bad_body(exc) and self._reported.get(feed.url) != exc.reason:
                payload = json.dumps({"feed_url": feed.url, "error": exc.reason}).encode()
                await self._dead_letter(f"feed {feed.url}: {exc.reason}", payload, type(exc).__name__)
                self._reported[feed.url] = exc.reason
                dead_letters = 1
            return PollResult(
                feed.url,
                "error",
                http_status=exc.status if isinstance(exc, HttpStatusError) else None,
                dead_letters=dead_letters,
                error=exc.reason,
                error_type=type(exc).__name__,
                duration_s=time.monotonic() - started,
            )
        self._reported.pop(feed.url, None)
        if fetched.not_modified:
            return PollResult(feed.url, "not_modified", http_status=304, duration_s=time.monotonic() - started)
        try:
            parsed = await self._cpu(
                len(fetched.body), parse_feed, fetched.body, fetched.content_type, fetched.final_url
            )
        except FeedError as exc:
            await self._dead_letter(f"feed {feed.url}: {exc.reason}", fetched.body, "FeedError")
            # Remember the validators so the same broken body is not dead-lettered again every poll.
            await self._cursors.put(feed.url, FeedCursor(fetched.etag, fetched.last_modified, cursor.seen))
            return PollResult(
                feed.url,
                "invalid",
                http_status=fetched.status,
                dead_letters=1,
                error=exc.reason,
                error_type="FeedError",
                duration_s=time.monotonic() - started,
            )
        assert isinstance(parsed, ParsedFeed)
        return await self._deliver(feed, parsed, cursor, fetched.etag, fetched.last_modified, fetched.status, started)

    async def _deliver(
        self,
        feed: FeedConfig,
        parsed: ParsedFeed,
        cursor: FeedCursor,
        etag: str | None,
        last_modified: str | None,
        http_status: int,
        started: float,
    ) -> PollResult:
        dead_letters = 0
        for rejected in parsed.rejected:
            payload = json.dumps({"feed_url": feed.url, "title": rejected.title}, ensure_ascii=False).encode()
            await self._dead_letter(f"feed {feed.url}: {rejected.reason}", payload, "FeedItemError")
            dead_letters += 1
        seen = set(cursor.seen)
        fresh = [item for item in parsed.items if item.key not in seen]
        truncated = len(fresh) > self.config.max_new_items_per_poll
        fresh = fresh[: self.config.max_new_items_per_poll]
        fetched_at = self._now()
        documents = article_failures = 0
        delivered: set[str] = set()
        tasks = [asyncio.create_task(self._build(feed, parsed, item, fetched_at)) for item in fresh]
        try:
            for next_done in asyncio.as_completed(tasks):
                built = await next_done
                article_failures += built.article_failed
                if built.page_problem is not None:
                    await self._dead_letter(
                        f"feed {feed.url}: item {built.key}: article page {built.page_problem}"[:1000],
                        built.page_payload,
                        "ArticlePageError",
                    )
                    dead_letters += 1
                if built.document is not None:
                    await self._sink(built.document)
                    documents += 1
                else:
                    await self._dead_letter(built.reason or "unusable item", built.payload, built.error_type or "")
                    dead_letters += 1
                delivered.add(built.key)
        finally:
            for task in tasks:
                task.cancel()
        current = [item.key for item in parsed.items if item.key in seen or item.key in delivered]
        current_set = set(current)
        keep = current + [key for key in cursor.seen if key not in current_set]
        bound = max(self.config.max_seen, len(current))
        # When items were left for the next poll, forget the validators so that poll is not a 304.
        new_cursor = FeedCursor(
            etag=None if truncated else etag,
            last_modified=None if truncated else last_modified,
            seen=tuple(keep[:bound]),
        )
        await self._cursors.put(feed.url, new_cursor)
        return PollResult(
            feed.url,
            "ok",
            http_status=http_status,
            items=len(parsed.items),
            new_items=len(fresh),
            documents=documents,
            dead_letters=dead_letters,
            article_failures=article_failures,
            duration_s=time.monotonic() - started,
        )

    async def _build(self, feed: FeedConfig, parsed: ParsedFeed, item: FeedItem, fetched_at: datetime) -> _Built:
        page: bytes | None = None
        page_url: str | None = None
        article_failed = False
        page_problem: str | None = None
        if self.config.fetch_articles and item.link:
            try:
                async with self._article_slots:
                    result = await self._fetcher.fetch(item.link, accept=HTML_ACCEPT)
                page, page_url = result.body, result.final_url
            except FetchError as exc:
                # The feed's own content or summary stands in for the page.
                log.info("article fetch failed", extra={"url": item.link, "reason": exc.reason})
                article_failed = True
                if bad_body(exc):
                    page_problem = f"{item.link}: {exc.reason}"
        try:
            built = await self._cpu(len(page or b""), self._document, feed, parsed, item, fetched_at, page, page_url)
        except (ValidationError, ValueError) as exc:
            payload = json.dumps(
                {"feed_url": feed.url, "key": item.key, "link": item.link, "title": item.title}, ensure_ascii=False
            ).encode()
            return _Built(item.key, None, f"feed {feed.url}: item {item.key}: {exc}"[:1000], type(exc).__name__,
                          payload, article_failed, page_problem)
        assert isinstance(built, tuple)
        document, unusable = built
        assert isinstance(document, Document)
        if unusable is not None:
            page_problem, article_failed = f"{page_url or item.link}: {unusable}", True
        page_payload = page if page else json.dumps({"feed_url": feed.url, "link": item.link}).encode()
        return _Built(item.key, document, article_failed=article_failed, page_problem=page_problem,
                      page_payload=page_payload)

    @staticmethod
    def _document(
        feed: FeedConfig,
        parsed: ParsedFeed,
        item: FeedItem,
        fetched_at: datetime,
        page: bytes | None,
        page_url: str | None,
    ) -> tuple[Document, str | None]:
        """The item's Document, and why the fetched page could not be used (None: used, or not fetched).

        Raises ValueError when even the feed's own text makes a record the broker would refuse.
        """
        problem: str | None = None
        article: ArticleText | None = None
        if page is not None:
            article = extract_main_text(page, page_url) if page else None
            if article is None:
                problem = "no article text in the page" if page else "empty page"

        def build(with_article: ArticleText | None) -> Document:
            return item_to_document(
                item,
                feed_url=feed.url,
                fetched_at=fetched_at,
                article=with_article,
                source=feed.source,
                feed_language=parsed.language,
            )

        document = build(article)
        size = document_bytes(document)
        if article is not None and size > MAX_DOCUMENT_BYTES:
            problem = f"article text makes a {size}-byte document, more than {MAX_DOCUMENT_BYTES}"
            document = build(None)
            size = document_bytes(document)
        if size > MAX_DOCUMENT_BYTES:
            raise ValueError(f"document of {size} bytes exceeds the {MAX_DOCUMENT_BYTES}-byte record limit")
        return document, problem

    # -- scheduling -------------------------------------------------------------------------------

    def _next_delay(self, feed: FeedConfig, failures: int) -> float:
        base = feed.interval_s if failures == 0 else min(feed.interval_s * 2**failures, self.config.max_backoff_s)
        base = max(base, feed.interval_s)
        jitter = self.config.jitter_fraction
        return float(base * (1 + random.uniform(-jitter, jitter)))  # noqa: S311 - jitter, not crypto

    async def run_forever(self, feeds_provider: FeedsProvider, stop_event: asyncio.Event) -> None:
        """Poll every feed on its own interval (with jitter, backoff after failures) until `stop_event`."""
        feeds: dict[str, FeedConfig] = {}
        due: dict[str, float] = {}
        failures: dict[str, int] = {}
        running: dict[str, asyncio.Task[None]] = {}
        wake = asyncio.Event()
        slots = asyncio.Semaphore(self.config.poll_concurrency)
        next_refresh = 0.0

        async def poll_one(feed: FeedConfig, due_at: float) -> None:
            async with slots:
                lateness = max(0.0, time.monotonic() - due_at)
                self.stats.max_lateness_s = max(self.stats.max_lateness_s, lateness)
                if len(self.stats.lateness_samples) < 100_000:
                    self.stats.lateness_samples.append(lateness)
                try:
                    result = await self.poll_feed(feed)
                except Exception as exc:  # a failing sink or store: retried later, the cursor is untouched
                    log.exception("feed poll failed", extra={"feed": feed.url})
                    result = PollResult(feed.url, "error", error=str(exc)[:500], error_type=type(exc).__name__)
            self.stats.polls += 1
            self.stats.documents += result.documents
            failed = result.status == "error"
            self.stats.errors += failed
            failures[feed.url] = failures.get(feed.url, 0) + 1 if failed else 0
            if feed.url in feeds:
                due[feed.url] = time.monotonic() + self._next_delay(feeds[feed.url], failures[feed.url])
            if self._on_poll is not None:
                self._on_poll(feed, result)

        def finished(url: str) -> Callable[[asyncio.Task[None]], None]:
            def done(_: asyncio.Task[None]) -> None:
                running.pop(url, None)
                wake.set()

            return done

        try:
            while not stop_event.is_set():
                now = time.monotonic()
                if now >= next_refresh:
                    next_refresh = now + self.config.refresh_feeds_s
                    try:
                        current = {feed.url: feed for feed in await feeds_provider()}
                    except Exception:
                        log.exception("feed list refresh failed; keeping the previous list")
                        current = feeds
                    for url in set(feeds) - set(current):
                        due.pop(url, None)
                    for url, feed in current.items():
                        if url not in due and url not in running:
                            # Spread first polls over a fraction of the interval: no thundering herd.
                            spread = feed.interval_s * self.config.jitter_fraction
                            due[url] = now + random.uniform(0, spread)  # noqa: S311
                    feeds = current
                for url, at in list(due.items()):
                    if at <= now and url not in running:
                        del due[url]
                        task = asyncio.create_task(poll_one(feeds[url], at), name=f"poll {url}")
                        running[url] = task
                        task.add_done_callback(finished(url))
                pending_due = [at for url, at in due.items() if url not in running]
                timeout = max(0.0, min([*pending_due, next_refresh]) - time.monotonic())
                wake.clear()
                waiters = {asyncio.create_task(stop_event.wait()), asyncio.create_task(wake.wait())}
                _, still = await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
                for waiter in still:
                    waiter.cancel()
        finally:
            if running:
                _, late = await asyncio.wait(set(running.values()), timeout=self.config.stop_grace_s)
                for task in late:
                    task.cancel()
                for task in late:
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
