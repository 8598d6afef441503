"""A local X API v2 on 127.0.0.1: recent search and user timelines (pagination, since_id, includes),
rate-limit headers and scripted 429s, stream rules, and a filtered stream with keep-alives, lines split
across chunks and a dropped connection.

    async with XApiServer(token="test-token") as x:
        x.base_url                      # give to XApiClient / X_API_BASE_URL
        x.fail_with_429(times=1, reset_at=1_700_000_030)
        x.add_tweet(...)                # new posts appear in search and timelines
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Self

from aiohttp import web
from aiohttp.typedefs import Handler

from tests.fakes.server import LocalServer, start_local

USERS: dict[str, dict[str, str]] = {
    "1001": {"id": "1001", "username": "DeepStateUA", "name": "DeepState"},
    "1002": {"id": "1002", "username": "GuyElster", "name": "Guy Elster"},
    "1003": {"id": "1003", "username": "mod_russia_en", "name": "MoD Russia"},
    "1004": {"id": "1004", "username": "osint_watcher", "name": "OSINT watcher"},
}


def _tweet(
    tid: int, author: str, text: str, minute: int, refs: list[tuple[str, int]] | None = None, lang: str = "en"
) -> dict[str, Any]:
    tweet: dict[str, Any] = {
        "id": str(tid),
        "text": text,
        "author_id": author,
        "created_at": f"2025-02-07T12:{minute:02d}:00.000Z",
        "lang": lang,
        "edit_history_tweet_ids": [str(tid)],
    }
    if refs:
        tweet["referenced_tweets"] = [{"type": kind, "id": str(ref)} for kind, ref in refs]
    return tweet


BASE_ID = 1887000000000000000
DEFAULT_TWEETS = [
    _tweet(
        BASE_ID + 1,
        "1001",
        "Map update: Ukrainian troops remain on the northwest edge of Toretsk and still hold "
        "positions inside the town.",
        1,
    ),
    _tweet(
        BASE_ID + 2,
        "1003",
        "Units of the Southern group of forces have fully liberated the settlement of "
        "Dzerzhinsk in the Donetsk People's Republic.",
        2,
    ),
    _tweet(
        BASE_ID + 3,
        "1002",
        "Russia said its forces had seized the key mining town of Toretsk in east Ukraine after months of fighting.",
        3,
        [("quoted", BASE_ID + 2)],
    ),
    _tweet(
        BASE_ID + 4,
        "1004",
        "RT @DeepStateUA: Map update: Ukrainian troops remain on the northwest edge of Toretsk and still hold…",
        4,
        [("retweeted", BASE_ID + 1)],
    ),
    _tweet(
        BASE_ID + 5,
        "1001",
        "@GuyElster Not confirmed: fighting continues in Toretsk.",
        5,
        [("replied_to", BASE_ID + 3)],
    ),
]


@dataclass
class StreamScript:
    """What each stream connection sends: a list of byte chunks, then `drop` (abort) or keep-alives."""

    connections: list[tuple[list[bytes], bool]] = field(default_factory=list)


def default_stream_script(tweets: list[dict[str, Any]]) -> StreamScript:
    def line(t: dict[str, Any]) -> bytes:
        includes = {"users": [USERS[t["author_id"]]]}
        payload = {"data": t, "includes": includes, "matching_rules": [{"id": "1", "tag": "toretsk"}]}
        return json.dumps(payload).encode() + b"\r\n"

    a, b, c, d = (line(t) for t in tweets[:4])
    first = [b"\r\n", a, b"\r\n", b[:20], b[20:], b"\r\n", b"not json at all\r\n", c[:30]]  # then dropped
    second = [b"\r\n", c, b"\r\n\r\n", d]
    return StreamScript([(first, True), (second, False)])


class XApiServer(LocalServer):
    """The fake X API; `async with XApiServer() as x` starts it on 127.0.0.1 with a free port."""

    def __init__(
        self, *, token: str = "test-token", page_size: int = 2, rate_limit: int = 450, stream_keepalive_s: float = 0.05
    ) -> None:
        self.token = token
        self.page_size = page_size
        self.rate_limit = rate_limit
        self.stream_keepalive_s = stream_keepalive_s
        self.tweets: list[dict[str, Any]] = [dict(t) for t in DEFAULT_TWEETS]
        self.users = dict(USERS)
        self.rules: dict[str, dict[str, str]] = {}
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.remaining: Counter[str] = Counter()
        self.reset_at = 1_700_000_900
        self._429s: list[int] = []
        self._remaining_zero_once = False
        self.stream_script = default_stream_script(self.tweets)
        self.stream_connections = 0
        self.garbage_pages = 0
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def __aenter__(self) -> Self:
        app = web.Application()
        app.middlewares.append(self._auth)
        app.router.add_get("/2/tweets/search/recent", self._search)
        app.router.add_get("/2/users/{uid}/tweets", self._timeline)
        app.router.add_get("/2/tweets/search/stream/rules", self._get_rules)
        app.router.add_post("/2/tweets/search/stream/rules", self._post_rules)
        app.router.add_get("/2/tweets/search/stream", self._stream)
        self._runner, self.base_url = await start_local(app)
        return self

    # -- scripting -------------------------------------------------------------------------------------

    def fail_with_429(self, times: int = 1, reset_at: int = 1_700_000_030) -> None:
        """The next `times` API calls answer 429 with `x-rate-limit-reset: reset_at`."""
        self._429s.extend([reset_at] * times)

    def exhaust_once(self, reset_at: int = 1_700_000_060) -> None:
        """The next successful response says `x-rate-limit-remaining: 0`."""
        self._remaining_zero_once = True
        self.reset_at = reset_at

    def add_tweet(self, author: str, text: str, refs: list[tuple[str, int]] | None = None) -> dict[str, Any]:
        """Publish a new post (the newest); returns it."""
        tid = max(int(t["id"]) for t in self.tweets) + 1
        tweet = _tweet(tid, author, text, min(59, len(self.tweets) + 1), refs)
        self.tweets.append(tweet)
        return tweet

    # -- plumbing --------------------------------------------------------------------------------------

    @web.middleware
    async def _auth(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.requests.append((request.method, request.path_qs, dict(request.headers)))
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"title": "Unauthorized", "status": 401}, status=401)
        if self._429s:
            reset_at = self._429s.pop(0)
            return web.json_response(
                {"title": "Too Many Requests", "status": 429},
                status=429,
                headers={
                    "x-rate-limit-limit": str(self.rate_limit),
                    "x-rate-limit-remaining": "0",
                    "x-rate-limit-reset": str(reset_at),
                },
            )
        response: web.StreamResponse = await handler(request)
        return response

    def _limits(self, endpoint: str) -> dict[str, str]:
        self.remaining[endpoint] += 1
        remaining = max(0, self.rate_limit - self.remaining[endpoint])
        if self._remaining_zero_once:
            self._remaining_zero_once = False
            remaining = 0
        return {
            "x-rate-limit-limit": str(self.rate_limit),
            "x-rate-limit-remaining": str(remaining),
            "x-rate-limit-reset": str(self.reset_at),
        }

    def _includes(self, tweets: list[dict[str, Any]]) -> dict[str, Any]:
        by_id = {t["id"]: t for t in self.tweets}
        referenced = []
        for t in tweets:
            for ref in t.get("referenced_tweets", []):
                if ref["id"] in by_id and by_id[ref["id"]] not in referenced:
                    referenced.append(by_id[ref["id"]])
        authors = {t["author_id"] for t in tweets + referenced}
        return {"users": [self.users[a] for a in sorted(authors) if a in self.users], "tweets": referenced}

    def _page(
        self, request: web.Request, tweets: list[dict[str, Any]], token_param: str, endpoint: str
    ) -> web.Response:
        if self.garbage_pages:
            self.garbage_pages -= 1
            return web.Response(
                body=b'{"data": [ {"id": "1", "te', content_type="application/json", headers=self._limits(endpoint)
            )
        since_id = request.query.get("since_id")
        selected = [t for t in tweets if since_id is None or int(t["id"]) > int(since_id)]
        selected.sort(key=lambda t: int(t["id"]), reverse=True)
        size = min(self.page_size, int(request.query.get("max_results", "100")))
        start = int(request.query.get(token_param, "0") or 0)
        page = selected[start : start + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta["newest_id"] = page[0]["id"]
            meta["oldest_id"] = page[-1]["id"]
        if start + size < len(selected):
            meta["next_token"] = str(start + size)
        body: dict[str, Any] = {"meta": meta}
        if page:
            body["data"] = page
            body["includes"] = self._includes(page)
        return web.json_response(body, headers=self._limits(endpoint))

    async def _search(self, request: web.Request) -> web.Response:
        query = request.query.get("query", "")
        words = [w.lower() for w in query.split() if not w.startswith("-") and ":" not in w and w != "OR"]
        tweets = [t for t in self.tweets if not words or any(w in t["text"].lower() for w in words)]
        return self._page(request, tweets, "next_token", "search")

    async def _timeline(self, request: web.Request) -> web.Response:
        uid = request.match_info["uid"]
        if uid not in self.users:
            return web.json_response({"title": "Not Found Error", "status": 404}, status=404)
        return self._page(request, [t for t in self.tweets if t["author_id"] == uid], "pagination_token", "timeline")

    async def _get_rules(self, request: web.Request) -> web.Response:
        data = list(self.rules.values())
        return web.json_response(
            {"data": data, "meta": {"result_count": len(data)}} if data else {"meta": {"result_count": 0}}
        )

    async def _post_rules(self, request: web.Request) -> web.Response:
        body = await request.json()
        if "add" in body:
            for rule in body["add"]:
                rid = str(len(self.rules) + 100 + self.hits[request.path])
                self.rules[rid] = {"id": rid, "value": rule["value"], **({"tag": rule["tag"]} if "tag" in rule else {})}
        if "delete" in body:
            for rid in body["delete"]["ids"]:
                self.rules.pop(str(rid), None)
        return web.json_response({"meta": {"summary": {"created": len(body.get("add", []))}}})

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        index = self.stream_connections
        self.stream_connections += 1
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        chunks, drop = (
            self.stream_script.connections[index] if index < len(self.stream_script.connections) else ([], False)
        )
        try:
            for chunk in chunks:
                await response.write(chunk)
                await asyncio.sleep(0)
            if drop:
                transport = request.transport
                if transport is not None:
                    transport.abort()  # no terminating chunk: the client sees a broken stream
                return response
            while True:  # keep-alive newlines until the client goes away
                await asyncio.sleep(self.stream_keepalive_s)
                await response.write(b"\r\n")
        except (ConnectionError, RuntimeError):
            return response


@contextlib.asynccontextmanager
async def serve_x_api(**options: Any) -> AsyncIterator[str]:
    """Start an XApiServer and yield its base URL."""
    async with XApiServer(**options) as server:
        yield server.base_url
