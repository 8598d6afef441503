"""A polite, bounded HTTP client for feeds and article pages, with an SSRF guard.

Polite: conditional GET (ETag / Last-Modified), gzip, a clear User-Agent, per-host concurrency and a
minimum interval between requests to one host, retries with exponential backoff and jitter on 5xx,
429 and network errors. Bounded: connect/read timeouts plus an overall deadline per attempt, a maximum
number of redirects (each hop re-checked) and a maximum body size enforced while streaming, so a 50 MB
feed is abandoned after the first `max_body_bytes` instead of being read into memory.

Safe: every URL (the first and each redirect target) is resolved and refused when any of its addresses
is private, loopback, link-local, reserved, multicast or unspecified, unless `allow_private_networks`
(`CLAIMWATCH_ALLOW_PRIVATE_NETWORKS=1`). Residual risk: the check resolves the name itself and httpx
resolves it again when connecting, so a DNS-rebinding server could still switch addresses in between.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Self

import httpx
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

log = logging.getLogger(__name__)

USER_AGENT = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"
ALLOW_PRIVATE_ENV = "CLAIMWATCH_ALLOW_PRIVATE_NETWORKS"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Resolver = Callable[[str, int], Awaitable[list[str]]]
Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


def allow_private_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """True when `CLAIMWATCH_ALLOW_PRIVATE_NETWORKS` is set to a true value (1, true, yes, on)."""
    value = (environ if environ is not None else os.environ).get(ALLOW_PRIVATE_ENV, "")
    return value.strip().lower() in {"1", "true", "yes", "on"}


class FetchError(Exception):
    """A fetch that did not produce a usable response; `reason` is short and safe to log."""

    retryable = False

    def __init__(self, reason: str, url: str) -> None:
        super().__init__(f"{reason} ({url})")
        self.reason = reason
        self.url = url


class InvalidUrlError(FetchError):
    """Not an absolute http(s) URL."""


class BlockedAddressError(FetchError):
    """The host resolves to a private, loopback, link-local or otherwise non-public address."""


class TooManyRedirectsError(FetchError):
    """More redirects than allowed (or a loop)."""


class BodyTooLargeError(FetchError):
    """The body exceeds the maximum size; it was not read past the limit."""


class HttpStatusError(FetchError):
    """An HTTP error status; 5xx and 429 are retried first."""

    def __init__(self, reason: str, url: str, status: int) -> None:
        super().__init__(reason, url)
        self.status = status
        self.retryable = status >= 500 or status == 429


class FetchTimeoutError(FetchError):
    """Connect, read or overall deadline exceeded."""

    retryable = True


class NetworkError(FetchError):
    """Connection refused or reset, protocol error."""

    retryable = True


@dataclass(frozen=True)
class FetchResult:
    """The outcome of a (conditional) GET. On 304, `not_modified` is set and `body` is empty."""

    status: int
    body: bytes
    etag: str | None
    last_modified: str | None
    final_url: str
    not_modified: bool
    content_type: str | None = None
    redirects: int = 0


@dataclass(frozen=True)
class FetchPolicy:
    """Limits and manners of a PoliteFetcher."""

    user_agent: str = USER_AGENT
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    total_timeout_s: float = 30.0
    max_redirects: int = 5
    max_body_bytes: int = 10 * 1024 * 1024
    per_host_concurrency: int = 4
    per_host_min_interval_s: float = 0.25
    max_connections: int = 200
    retries: int = 2
    backoff_initial_s: float = 0.5
    backoff_max_s: float = 30.0
    backoff_jitter_s: float = 0.5
    allow_private_networks: bool = False
    trust_env: bool = False


async def _system_resolver(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def is_public_address(address: str) -> bool:
    """True for globally routable unicast addresses; IPv4-mapped IPv6 is judged by its IPv4 part."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast and not ip.is_unspecified


async def check_url_allowed(url: str, *, allow_private: bool, resolver: Resolver | None = None) -> None:
    """Raise InvalidUrlError / BlockedAddressError unless `url` is http(s) to a public host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidUrlError("invalid URL", url) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidUrlError("only absolute http(s) URLs are fetched", url)
    if allow_private:
        return
    host = parsed.host
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = await (resolver or _system_resolver)(host, port)
        except (OSError, UnicodeError) as exc:
            raise NetworkError(f"cannot resolve host: {type(exc).__name__}", url) from exc
    if not addresses:
        raise NetworkError("host resolves to no address", url)
    for address in addresses:
        if not is_public_address(address):
            raise BlockedAddressError(f"refused non-public address {address}", url)


@dataclass
class _HostGate:
    """Per-host politeness: at most N requests in flight and a minimum gap between request starts."""

    semaphore: asyncio.Semaphore
    min_interval_s: float
    next_start: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class PoliteFetcher:
    """HTTP GET with manners and limits; use as an async context manager (owns an httpx.AsyncClient)."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        resolver: Resolver | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolver = resolver
        self._sleep: Sleep = sleep or asyncio.sleep
        self._clock: Clock = clock or time.monotonic
        self._gates: dict[str, _HostGate] = {}
        p = self.policy
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(p.read_timeout_s, connect=p.connect_timeout_s),
            headers={"User-Agent": p.user_agent, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(max_connections=p.max_connections, max_keepalive_connections=p.max_connections),
            trust_env=p.trust_env,
            transport=transport,
        )

    def __repr__(self) -> str:
        return f"PoliteFetcher(allow_private_networks={self.policy.allow_private_networks})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
    ) -> FetchResult:
        """GET `url` conditionally, following redirects; retries transient failures, then raises FetchError."""
        p = self.policy
        retrying = AsyncRetrying(
            stop=stop_after_attempt(p.retries + 1),
            wait=wait_exponential_jitter(
                multiplier=p.backoff_initial_s, max=p.backoff_max_s, jitter=p.backoff_jitter_s
            ),
            retry=retry_if_exception(lambda exc: isinstance(exc, FetchError) and exc.retryable),
            sleep=self._sleep,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await self._fetch_once(url, etag=etag, last_modified=last_modified, accept=accept)
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    async def _fetch_once(
        self, url: str, *, etag: str | None, last_modified: str | None, accept: str | None
    ) -> FetchResult:
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        current = url
        try:
            async with asyncio.timeout(self.policy.total_timeout_s):
                for hop in range(self.policy.max_redirects + 1):
                    await check_url_allowed(
                        current, allow_private=self.policy.allow_private_networks, resolver=self._resolver
                    )
                    outcome = await self._request(current, headers, redirects=hop)
                    if isinstance(outcome, FetchResult):
                        return outcome
                    current = outcome
        except TimeoutError as exc:
            raise FetchTimeoutError("overall deadline exceeded", current) from exc
        raise TooManyRedirectsError(f"more than {self.policy.max_redirects} redirects", url)

    def _gate(self, host: str) -> _HostGate:
        gate = self._gates.get(host)
        if gate is None:
            gate = _HostGate(asyncio.Semaphore(self.policy.per_host_concurrency), self.policy.per_host_min_interval_s)
            self._gates[host] = gate
        return gate

    async def _wait_turn(self, gate: _HostGate) -> None:
        if gate.min_interval_s <= 0:
            return
        async with gate.lock:
            now = self._clock()
            wait = gate.next_start - now
            if wait > 0:
                await self._sleep(wait)
                now = self._clock()
            gate.next_start = max(now, gate.next_start) + gate.min_interval_s

    async def _request(self, url: str, headers: dict[str, str], *, redirects: int) -> FetchResult | str:
        """One HTTP exchange: a FetchResult, or the next URL when redirected."""
        p = self.policy
        try:
            request = self._client.build_request("GET", url, headers=headers)
        except (httpx.InvalidURL, ValueError) as exc:
            raise InvalidUrlError("invalid URL", url) from exc
        gate = self._gate(request.url.host)
        async with gate.semaphore:
            await self._wait_turn(gate)
            try:
                response = await self._client.send(request, stream=True)
            except httpx.TimeoutException as exc:
                raise FetchTimeoutError(f"timeout: {type(exc).__name__}", url) from exc
            except (httpx.TransportError, httpx.DecodingError) as exc:
                raise NetworkError(f"network error: {type(exc).__name__}", url) from exc
            try:
                status = response.status_code
                if status in _REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        raise HttpStatusError(f"redirect {status} without Location", url, status)
                    try:
                        return str(request.url.join(location))
                    except (httpx.InvalidURL, ValueError) as exc:
                        raise InvalidUrlError("invalid redirect target", url) from exc
                new_etag = response.headers.get("etag")
                new_last_modified = response.headers.get("last-modified")
                content_type = response.headers.get("content-type")
                if status == 304:
                    return FetchResult(
                        status=304,
                        body=b"",
                        etag=new_etag or headers.get("If-None-Match"),
                        last_modified=new_last_modified or headers.get("If-Modified-Since"),
                        final_url=url,
                        not_modified=True,
                        content_type=content_type,
                        redirects=redirects,
                    )
                if status >= 400 or status < 200:
                    raise HttpStatusError(f"HTTP {status}", url, status)
                body = await self._read_bounded(response, url, p.max_body_bytes)
                return FetchResult(
                    status=status,
                    body=body,
                    etag=new_etag,
                    last_modified=new_last_modified,
                    final_url=url,
                    not_modified=False,
                    content_type=content_type,
                    redirects=redirects,
                )
            finally:
                await response.aclose()

    @staticmethod
    async def _read_bounded(response: httpx.Response, url: str, limit: int) -> bytes:
        declared = response.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise BodyTooLargeError(f"body of {declared} bytes exceeds {limit}", url)
        chunks: list[bytes] = []
        size = 0
        try:
            # aiter_bytes yields decompressed bytes, so a gzip bomb is cut at the same limit.
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise BodyTooLargeError(f"body exceeds {limit} bytes", url)
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            raise FetchTimeoutError(f"timeout: {type(exc).__name__}", url) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise NetworkError(f"network error: {type(exc).__name__}", url) from exc
        return b"".join(chunks)
