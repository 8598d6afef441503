"""Polling X: recent-search queries and user timelines from their `since_id`, plus the filtered stream.

At-least-once: every page's posts reach the sink before the target's `since_id` is saved, so a crash
re-fetches them and the deterministic `x:<id>` doc ids let downstream drop the repeats.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from schemas.models import Document

from .cursors import XCursorStore
from .payloads import PostBatch, XPayloadError, parse_post_batch
from .xapi import StreamRule, XApiClient, XApiError, XPage, XResponseError

log = logging.getLogger(__name__)

Sink = Callable[[Document], Awaitable[None]]
DeadLetter = Callable[[str, bytes, str], Awaitable[None]]


@dataclass(frozen=True)
class XTarget:
    """What to poll: a recent-search query or a user's timeline (numeric user id)."""

    kind: Literal["query", "user"]
    value: str

    @property
    def key(self) -> str:
        """Cursor key: `query:<q>` or `user:<id>`."""
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class XPollResult:
    target: XTarget
    status: Literal["ok", "error"]
    pages: int = 0
    documents: int = 0
    dead_letters: int = 0
    since_id: str | None = None
    error: str | None = None


def _newer(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if int(a) >= int(b) else b


class XPoller:
    """Polls targets into a sink with since_id cursors; `run_stream` relays the filtered stream."""

    def __init__(
        self,
        client: XApiClient,
        cursors: XCursorStore,
        sink: Sink,
        dead_letter: DeadLetter,
        *,
        max_pages_per_poll: int | None = 50,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client = client
        self._cursors = cursors
        self._sink = sink
        self._dead_letter = dead_letter
        self._max_pages = max_pages_per_poll
        self._now = now

    def _pages(self, target: XTarget, since_id: str | None) -> AsyncIterator[XPage]:
        if target.kind == "query":
            return self._client.search_recent(target.value, since_id, max_pages=self._max_pages)
        return self._client.user_tweets(target.value, since_id, max_pages=self._max_pages)

    async def _parse(self, payload: object, raw: bytes, origin: str) -> tuple[PostBatch | None, int]:
        """A page's posts, with the malformed ones dead-lettered: (batch, dead letters)."""
        try:
            batch = parse_post_batch(payload, fetched_at=self._now())
        except XPayloadError as exc:
            await self._dead_letter(f"{origin}: {exc.reason}", raw, "XPayloadError")
            return None, 1
        for rejected in batch.rejected:
            await self._dead_letter(f"{origin}: {rejected.reason}", rejected.raw, "XPayloadError")
        return batch, len(batch.rejected)

    async def poll_target(self, target: XTarget) -> XPollResult:
        """Fetch everything newer than the target's since_id, deliver it, then advance the since_id."""
        since_id = await self._cursors.get(target.key)
        newest: str | None = None
        pages = documents = dead_letters = 0
        pending: list[Document] = []
        try:
            async for page in self._pages(target, since_id):
                pages += 1
                batch, dead = await self._parse(page.payload, page.raw, target.key)
                dead_letters += dead
                if batch is not None:
                    pending.extend(batch.documents)
                    newest = _newer(newest, batch.newest_id)
        except XResponseError as exc:
            await self._dead_letter(f"{target.key}: {exc.reason}", exc.raw, "XResponseError")
            return XPollResult(target, "error", pages, documents, dead_letters + 1, since_id, exc.reason)
        except XApiError as exc:
            log.warning("X poll failed", extra={"target": target.key, "reason": exc.reason})
            return XPollResult(target, "error", pages, documents, dead_letters, since_id, str(exc))
        # the API pages newest first; deliver oldest first so downstream sees posts in the order they were made
        for document in sorted(pending, key=_tweet_order):
            await self._sink(document)
        documents = len(pending)
        advanced = _newer(since_id, newest)
        if advanced is not None and advanced != since_id:
            await self._cursors.put(target.key, advanced)
        return XPollResult(target, "ok", pages, documents, dead_letters, advanced)

    async def _backfill(self, query: str, since_id: str | None) -> str | None:
        """Deliver the posts matching `query` newer than `since_id`, oldest first; the newest id seen."""
        pending: list[Document] = []
        newest: str | None = None
        async for page in self._client.search_recent(query, since_id, max_pages=self._max_pages):
            batch, _ = await self._parse(page.payload, page.raw, f"stream backfill {query}")
            if batch is not None:
                pending.extend(batch.documents)
                newest = _newer(newest, batch.newest_id)
        for document in sorted(pending, key=_tweet_order):
            await self._sink(document)
        if pending:
            log.info("stream backfilled", extra={"rule": query, "posts": len(pending)})
        return newest

    async def run_forever(
        self, targets: Sequence[XTarget], interval_s: float, stop_event: asyncio.Event, *, jitter: float = 0.1
    ) -> None:
        """Poll every target once per interval (targets in turn: they share the app's rate limits)."""
        while not stop_event.is_set():
            for target in targets:
                if stop_event.is_set():
                    return
                try:
                    await self.poll_target(target)
                except Exception:  # a failing sink or store: retried next round, the cursor untouched
                    log.exception("X poll crashed", extra={"target": target.key})
            delay = interval_s * (1 + random.uniform(-jitter, jitter))  # noqa: S311 - jitter, not crypto
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop_event.wait(), timeout=max(0.0, delay))

    async def run_stream(self, rules: Sequence[StreamRule] | None, stop_event: asyncio.Event) -> None:
        """Relay the filtered stream into the sink until `stop_event` (reconnects are the client's job).

        After a reconnect, the posts made while the stream was down are fetched by recent search with the
        stream's rules, from the newest post the stream had delivered (a repeat keeps its `x:<id>` doc id,
        so downstream drops it).
        """
        newest: list[str | None] = [None]

        async def malformed(raw: bytes, reason: str) -> None:
            await self._dead_letter(f"stream: {reason}", raw, "XStreamLineError")

        async def backfill() -> None:
            if newest[0] is None:
                return  # nothing delivered yet: no point in time to backfill from
            values = [r.value for r in rules] if rules is not None else [
                str(r["value"]) for r in await self._client.get_rules() if r.get("value")]
            for value in values:
                try:
                    newest[0] = _newer(newest[0], await self._backfill(value, newest[0]))
                except XApiError as exc:  # the stream goes on; the gap stays as the log says
                    log.warning("stream backfill failed", extra={"rule": value, "reason": exc.reason})

        stream = self._client.stream(rules, on_malformed=malformed, on_reconnected=backfill)
        stop = asyncio.create_task(stop_event.wait())
        try:
            while not stop_event.is_set():
                next_line = asyncio.ensure_future(anext(stream))
                done, _ = await asyncio.wait({next_line, stop}, return_when=asyncio.FIRST_COMPLETED)
                if next_line not in done:
                    next_line.cancel()
                    # Let the cancellation land inside the generator before closing it.
                    with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                        await next_line
                    break
                try:
                    payload = next_line.result()
                except StopAsyncIteration:
                    break
                batch, _ = await self._parse(payload, _encode(payload), "stream")
                for document in [] if batch is None else batch.documents:
                    await self._sink(document)
                if batch is not None:
                    newest[0] = _newer(newest[0], batch.newest_id)
        finally:
            stop.cancel()
            await stream.aclose()


def _tweet_order(document: Document) -> tuple[int, str]:
    tweet_id = document.doc_id.removeprefix("x:")
    return (int(tweet_id) if tweet_id.isdigit() else 0, document.doc_id)


def _encode(payload: object) -> bytes:
    return json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8", "replace")
