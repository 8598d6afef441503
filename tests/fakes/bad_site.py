"""The hostile internet on 127.0.0.1: serves the HTTP routes of the bad-input corpus (scripts/bad_inputs.py)
to the real article-ingester and post-ingester.

    async with BadInputSite(feed_cases + page_cases + x_cases, token="t") as site:
        site.feed_url(case)     # what the article-ingester polls for a `feed` or `page` case
        site.base_url           # X_API_BASE_URL for the post-ingester; the query of an `x` case is its id

Routes:

- `/bad/feed/<case>`: the case's body, content type and headers; an ETag, so a poll after a dead-lettered
  body is a 304 (a real site that did not change its broken feed).
- `/bad/feedpage/<case>`: a valid RSS feed with one item linking to `/bad/page/<case>`, which serves the
  case's body (a bad article page).
- `/2/tweets/search/recent?query=<case>`: the case's body once, then an empty result (the API moved on:
  with `since_id` it would not send the same posts again). Bearer token checked.
- `/bad/good/<slug>`: a plain, valid article page, for the links inside the corpus's feeds.

Nothing leaves 127.0.0.1: links to the outside in the bodies (`https://bad.example/…`, `https://example.com/…`
and the like) are pointed at `/bad/good/…` here before serving.
"""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from typing import TYPE_CHECKING, Self

from aiohttp import web

from tests.fakes.server import LocalServer, start_local

if TYPE_CHECKING:
    from scripts.bad_inputs import BadCase

OUTSIDE = (b"https://bad.example/", b"https://example.com/", b"https://example.org/", b"https://example.ru/")
GOOD_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><article><h1>{title}</h1>
<p>Russia's Defence Ministry said on Friday that its forces had captured the town of Toretsk in the Donetsk
region, a claim that Ukrainian officials denied later the same day.</p>
<p>Ukrainian commanders said their units were still holding positions on the north-western edge of the town
and that assault operations were continuing around it.</p></article></body></html>"""


def feed_with_one_item(title: str, link: str, summary: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bad pages</title>'
        "<link>https://bad.example/</link><description>d</description>"
        f"<item><title>{html.escape(title)}</title><link>{html.escape(link)}</link>"
        f"<guid isPermaLink=\"false\">{html.escape(link)}</guid><pubDate>Fri, 07 Feb 2025 16:00:00 GMT</pubDate>"
        f"<description>{html.escape(summary)}</description></item></channel></rss>"
    ).encode()


class BadInputSite(LocalServer):
    """Serves `feed`, `page` and `x` cases; bodies are generated once at start (some are 11 MB)."""

    def __init__(self, cases: list[BadCase], *, token: str = "bad-inputs-token") -> None:
        self.cases = {c.case_id: c for c in cases if c.route in ("feed", "page", "x")}
        self.token = token
        self.bodies: dict[str, bytes] = {}
        self.hits: Counter[str] = Counter()
        self.x_served: Counter[str] = Counter()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def __aenter__(self) -> Self:
        app = web.Application(client_max_size=1024)
        app.router.add_get("/bad/feed/{case}", self._feed)
        app.router.add_get("/bad/feedpage/{case}", self._feed_page)
        app.router.add_get("/bad/page/{case}", self._page)
        app.router.add_get("/bad/good/{slug:.*}", self._good)
        app.router.add_get("/2/tweets/search/recent", self._search)
        self._runner, self.base_url = await start_local(app)
        local = f"{self.base_url}/bad/good/".encode()
        for case_id, case in self.cases.items():
            body = case.payload()
            for outside in OUTSIDE:
                body = body.replace(outside, local)
            self.bodies[case_id] = body
        return self

    def feed_url(self, case: BadCase) -> str:
        """The feed the article-ingester polls for a `feed` or `page` case."""
        if case.route == "feed":
            return f"{self.base_url}/bad/feed/{case.case_id}"
        if case.route == "page":
            return f"{self.base_url}/bad/feedpage/{case.case_id}"
        raise ValueError(f"{case.case_id} is not fetched as a feed")

    def _case(self, request: web.Request, route: str) -> BadCase:
        case = self.cases.get(request.match_info["case"])
        if case is None or case.route != route:
            raise web.HTTPNotFound()
        self.hits[case.case_id] += 1
        return case

    @staticmethod
    def _with_etag(request: web.Request, body: bytes, content_type: str, extra: dict[str, str]) -> web.Response:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if etag in request.headers.get("If-None-Match", ""):
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, headers={"Content-Type": content_type, "ETag": etag, **extra})

    async def _feed(self, request: web.Request) -> web.Response:
        case = self._case(request, "feed")
        return self._with_etag(request, self.bodies[case.case_id], case.content_type, dict(case.headers))

    async def _feed_page(self, request: web.Request) -> web.Response:
        case = self._case(request, "page")
        body = feed_with_one_item(
            f"Bad page {case.case_id}",
            f"{self.base_url}/bad/page/{case.case_id}",
            f"Feed summary of {case.case_id}: Russia said its forces had captured Toretsk.",
        )
        return self._with_etag(request, body, "application/rss+xml", {})

    async def _page(self, request: web.Request) -> web.Response:
        case = self._case(request, "page")
        return web.Response(
            body=self.bodies[case.case_id], headers={"Content-Type": case.content_type, **dict(case.headers)}
        )

    async def _good(self, request: web.Request) -> web.Response:
        title = html.escape(f"Good page {request.match_info['slug']}")
        return web.Response(text=GOOD_PAGE.format(title=title), content_type="text/html")

    async def _search(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"title": "Unauthorized", "status": 401}, status=401)
        case = self.cases.get(request.query.get("query", ""))
        if case is None or case.route != "x":
            return web.json_response({"meta": {"result_count": 0}})
        self.hits[case.case_id] += 1
        self.x_served[case.case_id] += 1
        if self.x_served[case.case_id] > 1:
            return web.json_response({"meta": {"result_count": 0}})
        return web.Response(body=self.bodies[case.case_id], headers={"Content-Type": case.content_type})
