"""X API v2 client: recent search, user timelines, the filtered stream and its rules, rate limits honoured.

The bearer token is a SecretStr, put into the Authorization header of each request and nowhere else:
not in the client's headers, reprs, log records or exception messages. Sleeping and the wall clock are
injectable, so tests check rate-limit waits and reconnect backoff without waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

import httpx
from pydantic import SecretStr

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.x.com"
USER_AGENT = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"
EXPANSIONS = "author_id,referenced_tweets.id,referenced_tweets.id.author_id,in_reply_to_user_id"
TWEET_FIELDS = "id,text,created_at,lang,author_id,conversation_id,referenced_tweets,in_reply_to_user_id,note_tweet"
USER_FIELDS = "id,username,name"
MAX_STREAM_LINE_BYTES = 1024 * 1024

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]
MalformedHandler = Callable[[bytes, str], Awaitable[None]]


class XApiError(Exception):
    """A failed X API call; the message names endpoint and status, never credentials."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason if status is None else f"{reason} (HTTP {status})")
        self.reason = reason
        self.status = status


class XAuthError(XApiError):
    """401/403: a missing, wrong or insufficient bearer token. Not retried."""


class XRateLimitedError(XApiError):
    """The rate-limit reset is further away than the client is willing to wait."""


class XResponseError(XApiError):
    """A 2xx response whose body is not a JSON object; `raw` holds the body for the DLQ."""

    def __init__(self, reason: str, raw: bytes, status: int | None = None) -> None:
        super().__init__(reason, status)
        self.raw = raw


@dataclass(frozen=True)
class RateLimit:
    """The `x-rate-limit-*` headers of the last response of an endpoint; `reset_at` is epoch seconds."""

    limit: int | None
    remaining: int | None
    reset_at: float | None


@dataclass(frozen=True)
class XPage:
    """One response page: the decoded JSON object and the raw bytes it came from."""

    payload: dict[str, Any]
    raw: bytes
    rate_limit: RateLimit


@dataclass(frozen=True)
class StreamRule:
    """A filtered-stream rule."""

    value: str
    tag: str | None = None


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _rate_limit(headers: httpx.Headers) -> RateLimit:
    reset = _int_header(headers, "x-rate-limit-reset")
    return RateLimit(
        limit=_int_header(headers, "x-rate-limit-limit"),
        remaining=_int_header(headers, "x-rate-limit-remaining"),
        reset_at=float(reset) if reset is not None else None,
    )


class XApiClient:
    """Async X API v2 client; use as an async context manager."""

    def __init__(
        self,
        base_url: str,
        bearer_token: SecretStr,
        *,
        timeout_s: float = 15.0,
        stream_read_timeout_s: float = 30.0,
        max_results: int = 100,
        max_retries: int = 5,
        max_rate_limit_wait_s: float = 16 * 60,
        backoff_base_s: float = 1.0,
        backoff_max_s: float = 60.0,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        user_agent: str = USER_AGENT,
        on_rate_limit: Callable[[str, RateLimit], Awaitable[None]] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = bearer_token
        self._timeout = httpx.Timeout(timeout_s)
        self._stream_timeout = httpx.Timeout(timeout_s, read=stream_read_timeout_s)
        self.max_results = max(10, min(100, max_results))
        self.max_retries = max_retries
        self.max_rate_limit_wait_s = max_rate_limit_wait_s
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self._sleep: Sleep = sleep or asyncio.sleep
        self._clock: Clock = clock or time.time
        self.rate_limits: dict[str, RateLimit] = {}
        # told every endpoint's latest headers, so a restarted ingester can honour a window it exhausted
        self._on_rate_limit = on_rate_limit
        self.reconnects = 0
        self._client = httpx.AsyncClient(
            timeout=self._timeout, headers={"User-Agent": user_agent}, transport=transport, trust_env=False
        )

    def __repr__(self) -> str:
        return f"XApiClient(base_url={self.base_url!r}, bearer_token=SecretStr('**********'))"

    __str__ = __repr__

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token.get_secret_value()}"}

    def _backoff(self, attempt: int, base: float | None = None, cap: float | None = None) -> float:
        delay = min(cap or self.backoff_max_s, (base or self.backoff_base_s) * 2**attempt)
        return float(delay * random.uniform(0.5, 1.0))  # noqa: S311 - jitter, not crypto

    async def _respect_limit(self, endpoint: str) -> None:
        known = self.rate_limits.get(endpoint)
        if known is None or known.remaining != 0 or known.reset_at is None:
            return
        wait = known.reset_at - self._clock() + 1.0
        if wait > self.max_rate_limit_wait_s:
            raise XRateLimitedError(f"{endpoint}: rate limit resets in {wait:.0f}s")
        if wait > 0:
            log.info("rate limit exhausted, waiting for reset", extra={"endpoint": endpoint, "wait_s": wait})
            await self._sleep(wait)
        self.rate_limits[endpoint] = RateLimit(known.limit, None, None)

    def restore_rate_limits(self, limits: Mapping[str, RateLimit]) -> None:
        """Rate-limit state saved before a restart: windows that have not reset yet are honoured."""
        now = self._clock()
        for endpoint, limit in limits.items():
            if limit.reset_at is not None and limit.reset_at > now and endpoint not in self.rate_limits:
                self.rate_limits[endpoint] = limit

    async def _record_rate_limit(self, endpoint: str, limits: RateLimit) -> None:
        self.rate_limits[endpoint] = limits
        if self._on_rate_limit is not None:
            try:
                await self._on_rate_limit(endpoint, limits)
            except Exception:  # bookkeeping: a database hiccup must not fail the request it describes
                log.warning("could not save rate-limit state", extra={"endpoint": endpoint}, exc_info=True)

    async def _wait_for_reset(self, endpoint: str, attempt: int) -> None:
        """After a 429: sleep until `x-rate-limit-reset`, or back off from a minute when it is absent."""
        known = self.rate_limits.get(endpoint)
        if known is not None and known.reset_at is not None:
            wait = max(1.0, known.reset_at - self._clock() + 1.0)
        else:
            wait = self._backoff(attempt, base=60.0, cap=self.max_rate_limit_wait_s)
        if wait > self.max_rate_limit_wait_s:
            raise XRateLimitedError(f"{endpoint}: rate limited for {wait:.0f}s", 429)
        log.info("rate limited (429), waiting", extra={"endpoint": endpoint, "wait_s": wait})
        await self._sleep(wait)
        self.rate_limits[endpoint] = RateLimit(known.limit if known else None, None, None)

    async def request_json(
        self,
        endpoint: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int] | None = None,
        body: object = None,
    ) -> XPage:
        """One API call with retries: 429 waits for the reset, 5xx and network errors back off."""
        url = f"{self.base_url}{path}"
        last: XApiError = XApiError(f"{endpoint}: no attempt made")
        for attempt in range(self.max_retries + 1):
            await self._respect_limit(endpoint)
            try:
                response = await self._client.request(
                    method, url, params=dict(params or {}), json=body, headers=self._auth()
                )
            except httpx.TimeoutException as exc:
                last = XApiError(f"{endpoint}: timeout ({type(exc).__name__})")
                await self._sleep(self._backoff(attempt))
                continue
            except httpx.TransportError as exc:
                last = XApiError(f"{endpoint}: network error ({type(exc).__name__})")
                await self._sleep(self._backoff(attempt))
                continue
            limits = _rate_limit(response.headers)
            if limits.remaining is not None or limits.reset_at is not None:
                await self._record_rate_limit(endpoint, limits)
            status = response.status_code
            if status == 429:
                last = XApiError(f"{endpoint}: too many requests", 429)
                await self._wait_for_reset(endpoint, attempt)
                continue
            if status in (401, 403):
                raise XAuthError(f"{endpoint}: not authorised", status)
            if status >= 500:
                last = XApiError(f"{endpoint}: server error", status)
                await self._sleep(self._backoff(attempt))
                continue
            if status >= 400:
                raise XApiError(f"{endpoint}: {_error_title(response.content)}", status)
            try:
                payload = json.loads(response.content)
            except ValueError as exc:
                raise XResponseError(f"{endpoint}: response is not JSON", response.content, status) from exc
            if not isinstance(payload, dict):
                raise XResponseError(f"{endpoint}: response is not a JSON object", response.content, status)
            return XPage(payload=payload, raw=response.content, rate_limit=limits)
        raise last

    def _post_params(self) -> dict[str, str | int]:
        return {"expansions": EXPANSIONS, "tweet.fields": TWEET_FIELDS, "user.fields": USER_FIELDS}

    async def search_recent(
        self, query: str, since_id: str | None = None, *, max_pages: int | None = None
    ) -> AsyncIterator[XPage]:
        """`GET /2/tweets/search/recent`, every page (newest first), following `meta.next_token`."""
        params: dict[str, str | int] = {"query": query, "max_results": self.max_results, **self._post_params()}
        if since_id:
            params["since_id"] = since_id
        pages = 0
        while True:
            page = await self.request_json("search_recent", "GET", "/2/tweets/search/recent", params=params)
            yield page
            pages += 1
            token = _next_token(page.payload)
            if token is None or (max_pages is not None and pages >= max_pages):
                return
            params["next_token"] = token

    async def user_tweets(
        self, user_id: str, since_id: str | None = None, *, max_pages: int | None = None
    ) -> AsyncIterator[XPage]:
        """`GET /2/users/:id/tweets`, every page, following `meta.next_token` via `pagination_token`."""
        if not (user_id.isascii() and user_id.isdigit()):
            raise XApiError(f"user id must be numeric: {user_id[:40]!r}")
        params: dict[str, str | int] = {"max_results": self.max_results, **self._post_params()}
        if since_id:
            params["since_id"] = since_id
        pages = 0
        while True:
            page = await self.request_json("user_tweets", "GET", f"/2/users/{user_id}/tweets", params=params)
            yield page
            pages += 1
            token = _next_token(page.payload)
            if token is None or (max_pages is not None and pages >= max_pages):
                return
            params["pagination_token"] = token

    async def get_rules(self) -> list[dict[str, Any]]:
        """The filtered stream's current rules."""
        page = await self.request_json("stream_rules", "GET", "/2/tweets/search/stream/rules")
        data = page.payload.get("data") or []
        return [rule for rule in data if isinstance(rule, dict)] if isinstance(data, list) else []

    async def set_rules(self, rules: Sequence[StreamRule]) -> None:
        """Make the stream's rules exactly `rules` (by value): delete the others, add the missing."""
        current = await self.get_rules()
        wanted = {rule.value: rule for rule in rules}
        stale = [str(rule["id"]) for rule in current if rule.get("value") not in wanted and "id" in rule]
        present = {rule.get("value") for rule in current}
        if stale:
            await self.request_json(
                "stream_rules", "POST", "/2/tweets/search/stream/rules", body={"delete": {"ids": stale}}
            )
        missing = [rule for value, rule in wanted.items() if value not in present]
        if missing:
            add = [{"value": r.value, **({"tag": r.tag} if r.tag else {})} for r in missing]
            await self.request_json("stream_rules", "POST", "/2/tweets/search/stream/rules", body={"add": add})

    async def stream(
        self,
        rules: Sequence[StreamRule] | None = None,
        *,
        on_malformed: MalformedHandler | None = None,
        max_reconnects: int | None = None,
        on_reconnected: Callable[[], Awaitable[None]] | None = None,
    ) -> AsyncGenerator[dict[str, Any], None]:
        """Yield each post object of `GET /2/tweets/search/stream`, reconnecting for ever (or `max_reconnects`).

        Keep-alive newlines are skipped, lines split across chunks are reassembled, undecodable lines go
        to `on_malformed(raw, reason)`. Backoff follows X's guidance: network drops grow linearly by
        250 ms up to 16 s, HTTP errors exponentially from 5 s up to 320 s, 429 waits for the reset.
        `on_reconnected()` runs each time a new connection is up after one was lost, before its first
        post: what was posted in between never comes down the stream, so the caller can fetch it.
        """
        if rules is not None:
            await self.set_rules(rules)
        url = f"{self.base_url}/2/tweets/search/stream"
        network_failures = http_failures = 0
        connected_before = False
        while True:
            delay: float
            try:
                async with self._client.stream(
                    "GET", url, params=self._post_params(), headers=self._auth(), timeout=self._stream_timeout
                ) as response:
                    limits = _rate_limit(response.headers)
                    if limits.remaining is not None or limits.reset_at is not None:
                        await self._record_rate_limit("stream", limits)
                    status = response.status_code
                    if status in (401, 403):
                        raise XAuthError("stream: not authorised", status)
                    if status == 429:
                        if max_reconnects is not None and self.reconnects >= max_reconnects:
                            return
                        await self._wait_for_reset("stream", http_failures)
                        http_failures += 1
                        self.reconnects += 1
                        continue
                    if status != 200:
                        await response.aread()
                        log.warning("stream HTTP error", extra={"status": status})
                        delay = min(320.0, 5.0 * 2**http_failures)
                        http_failures += 1
                    else:
                        if connected_before and on_reconnected is not None:
                            await on_reconnected()
                        connected_before = True
                        async for line in _lines(response, on_malformed):
                            network_failures = http_failures = 0
                            yield line
                        log.warning("stream closed by server, reconnecting")
                        network_failures += 1
                        delay = min(16.0, 0.25 * network_failures)
            except httpx.TimeoutException as exc:
                log.warning("stream stalled, reconnecting", extra={"error": type(exc).__name__})
                network_failures += 1
                delay = min(16.0, 0.25 * network_failures)
            except httpx.TransportError as exc:
                log.warning("stream dropped, reconnecting", extra={"error": type(exc).__name__})
                network_failures += 1
                delay = min(16.0, 0.25 * network_failures)
            if max_reconnects is not None and self.reconnects >= max_reconnects:
                return
            await self._sleep(delay)
            self.reconnects += 1


async def _lines(response: httpx.Response, on_malformed: MalformedHandler | None) -> AsyncIterator[dict[str, Any]]:
    """JSON objects of a newline-delimited stream; blank keep-alive lines skipped, partial lines buffered."""
    buffer = bytearray()
    chunks = response.aiter_bytes()
    while True:
        try:
            chunk = await anext(chunks)
        except StopAsyncIteration:
            break
        except httpx.TransportError:
            if buffer.strip():
                await _malformed(on_malformed, bytes(buffer), "stream ended inside a line")
            raise
        buffer.extend(chunk)
        while (end := buffer.find(b"\n")) >= 0:
            line = bytes(buffer[:end]).strip()
            del buffer[: end + 1]
            if not line:
                continue  # keep-alive
            obj = await _decode_line(line, on_malformed)
            if obj is not None:
                yield obj
        if len(buffer) > MAX_STREAM_LINE_BYTES:
            await _malformed(on_malformed, bytes(buffer[:4096]), "stream line longer than the limit")
            buffer.clear()
    if buffer.strip():
        await _malformed(on_malformed, bytes(buffer), "stream ended inside a line")


async def _decode_line(line: bytes, on_malformed: MalformedHandler | None) -> dict[str, Any] | None:
    try:
        obj = json.loads(line)
    except ValueError:
        await _malformed(on_malformed, line, "stream line is not JSON")
        return None
    if not isinstance(obj, dict):
        await _malformed(on_malformed, line, "stream line is not a JSON object")
        return None
    if "data" not in obj:
        # Operational messages (e.g. `{"errors": [{"title": "operational-disconnect"}]}`) carry no post.
        log.warning("stream message without data", extra={"message": line[:500].decode("utf-8", "replace")})
        return None
    return obj


async def _malformed(handler: MalformedHandler | None, raw: bytes, reason: str) -> None:
    if handler is None:
        log.warning("malformed stream line", extra={"reason": reason})
    else:
        await handler(raw, reason)


def _next_token(payload: Mapping[str, Any]) -> str | None:
    meta = payload.get("meta")
    token = meta.get("next_token") if isinstance(meta, Mapping) else None
    return token if isinstance(token, str) and token else None


def _error_title(body: bytes) -> str:
    with contextlib.suppress(ValueError):
        data = json.loads(body)
        if isinstance(data, dict):
            title = data.get("title") or data.get("detail")
            if isinstance(title, str):
                return title[:200]
    return "request failed"
