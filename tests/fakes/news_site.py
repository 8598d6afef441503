"""A local news site on 127.0.0.1: RSS 2.0, RSS 1.0, Atom and a Windows-1251 feed, article pages full of
boilerplate, ETag/304 and Last-Modified, gzip, redirects (and a loop), slow, flaky, huge and garbage bodies.

    async with NewsSite() as site:
        site.url("/rss.xml")            # RSS 2.0 listing the site's articles
        site.add_article("new-slug", "Title", ["paragraph", ...])   # the feeds change (new ETag)
        site.hits["/rss.xml"]           # requests per path; site.requests keeps method, path, headers

Routes: /rss.xml /atom.xml /rss1.rdf /cp1251.xml /gzip.xml /articles/{slug} /redirect/{n} /loop/a
/slow /drip /flaky /huge.xml /huge-declared.xml /gzip-bomb.xml /html-as-rss.xml /corpus/{name}
/feeds/{n}.xml (many small feeds for the benchmark; `bump_feed(n)` adds an item to one).
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import hashlib
import html
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Self

from aiohttp import web
from aiohttp.typedefs import Handler

from tests.fakes.server import LocalServer, start_local

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "feeds"
BASE_TIME = datetime(2025, 2, 7, 9, 0, tzinfo=UTC)


@dataclass
class Article:
    slug: str
    title: str
    paragraphs: list[str]
    published: datetime
    guid: str | None = None
    summary: str | None = None


@dataclass
class RequestRecord:
    method: str
    path: str
    headers: dict[str, str]


DEFAULT_ARTICLES = [
    Article(
        "toretsk-claim",
        "Russia claims capture of Toretsk",
        [
            "Russia's Defense Ministry announced Friday that its forces had captured the coal mining town of "
            "Toretsk amid the slow but steady advance of its forces in Donetsk region.",
            "Alkhimov, the 28th Brigade officer, told AP his unit continued to hold its ground on Friday "
            "afternoon. He added that intense assault operations are ongoing.",
            "DeepState, an open-source Ukrainian map widely used by the military and analysts, showed late "
            "Thursday that Ukrainian troops were on the northwest edge of Toretsk.",
        ],
        BASE_TIME,
        guid="urn:example:toretsk-claim",
    ),
    Article(
        "pokrovsk-pressure",
        "Fighting intensifies on the approaches to Pokrovsk",
        [
            "Ukrainian officials said Russian forces stepped up assaults south of Pokrovsk on Thursday, "
            "pressing towards the city's outskirts.",
            "Military analysts said the logistics hub remained under Ukrainian control despite heavy glide "
            "bomb strikes on its southern districts.",
        ],
        BASE_TIME - timedelta(hours=5),
        guid="urn:example:pokrovsk-pressure",
    ),
    Article(
        "kursk-update",
        "Kursk incursion enters its sixth month",
        [
            "Ukrainian troops still hold positions around Sudzha in Russia's Kursk region, the general staff "
            "said, while Moscow reported repelling several attacks.",
        ],
        BASE_TIME - timedelta(days=1),
    ),
]

CYRILLIC_ITEMS = [
    (
        "dzerzhinsk",
        "Минобороны России заявило об освобождении Дзержинска",
        "Российские войска полностью освободили населённый пункт Дзержинск в Донецкой Народной Республике, "
        "сообщило Министерство обороны России в пятницу.",
    ),
    (
        "chasiv-yar",
        "Бои за Часов Яр продолжаются",
        "Украинские военные сообщили, что продолжают удерживать позиции в западной части города Часов Яр.",
    ),
]

BOILERPLATE_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Example News</title>
<link rel="canonical" href="{canonical}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Example Staff">
<script>window.dataLayer = window.dataLayer || []; function track() {{ return "tracking script"; }}</script>
<style>.cookie-banner {{ position: fixed; }}</style></head>
<body>
<header class="site-header"><a href="/" class="logo">Example News</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/video">Video</a></li>
</ul></nav></header>
<div id="cookie-banner" class="cookie-banner cookie-consent" role="dialog">
<p>We use cookies to personalise content and ads and to analyse our traffic. Manage your cookie preferences
or accept all cookies to continue.</p><button>Accept all cookies</button></div>
<main><article class="story">
<h1>{title}</h1><p class="byline">By Example Staff</p>
{paragraphs}
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/r/1">Nine things to know about the winter energy crisis in Europe this year</a></li>
<li><a href="/r/2">Celebrity chef opens new restaurant on the riverside to rave reviews</a></li>
<li><a href="/r/3">Markets slide as investors weigh interest rate outlook for the coming quarter</a></li>
</ul></aside>
<div class="newsletter-signup newsletter"><h3>Sign up for our morning newsletter</h3>
<p>Get the best stories of the day delivered straight to your inbox every morning, free of charge.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe now</button></form></div>
</main>
<footer class="site-footer"><p>Copyright 2025 Example News Ltd. All rights reserved. Registered in England.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>
<li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>
"""

HTML_AS_RSS = b"""<!DOCTYPE html><html><head><title>Oops - Example News</title></head>
<body><h1>Page moved</h1><p>The page you requested has moved. Please update your bookmarks.</p></body></html>"""


def _rfc822(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


class NewsSite(LocalServer):
    """The fake news site; `async with NewsSite() as site` starts it on 127.0.0.1 with a free port."""

    def __init__(
        self,
        *,
        slow_delay_s: float = 30.0,
        flaky_failures: int = 1,
        huge_bytes: int = 50 * 1024 * 1024,
        feed_items: int = 5,
    ) -> None:
        self.slow_delay_s = slow_delay_s
        self.flaky_failures = flaky_failures
        self.huge_bytes = huge_bytes
        self.feed_items = feed_items
        self.articles: list[Article] = [
            Article(a.slug, a.title, list(a.paragraphs), a.published, a.guid) for a in DEFAULT_ARTICLES
        ]
        self.hits: Counter[str] = Counter()
        self.requests: list[RequestRecord] = []
        self.huge_bytes_sent = 0
        self.missing_pages: set[str] = set()  # article slugs that answer 404
        self.changed_at = BASE_TIME
        self.numbered_feeds: dict[int, list[tuple[str, datetime]]] = {}
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # -- lifecycle ---------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        app = web.Application()
        app.middlewares.append(self._record)
        r = app.router
        r.add_get("/rss.xml", self._rss2)
        r.add_get("/atom.xml", self._atom)
        r.add_get("/rss1.rdf", self._rss1)
        r.add_get("/cp1251.xml", self._cp1251)
        r.add_get("/gzip.xml", self._gzip)
        r.add_get("/articles/{slug}", self._article)
        r.add_get("/redirect/{n}", self._redirect)
        r.add_get("/loop/{side}", self._loop)
        r.add_get("/slow", self._slow)
        r.add_get("/drip", self._drip)
        r.add_get("/flaky", self._flaky)
        r.add_get("/huge.xml", self._huge)
        r.add_get("/huge-declared.xml", self._huge_declared)
        r.add_get("/gzip-bomb.xml", self._gzip_bomb)
        r.add_get("/html-as-rss.xml", self._html_as_rss)
        r.add_get("/corpus/{name}", self._corpus)
        r.add_get("/feeds/{n}.xml", self._numbered)
        r.add_get("/status/{code}", self._status)
        self._runner, self.base_url = await start_local(app)
        return self

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    # -- changing content --------------------------------------------------------------------------

    def add_article(
        self,
        slug: str,
        title: str,
        paragraphs: list[str],
        *,
        published: datetime | None = None,
        guid: str | None = None,
    ) -> Article:
        """Publish a new article: it appears first in every feed, whose ETag changes."""
        self.changed_at = max(self.changed_at + timedelta(seconds=1), published or self.changed_at)
        article = Article(slug, title, paragraphs, published or self.changed_at, guid)
        self.articles.insert(0, article)
        return article

    def bump_feed(self, n: int) -> str:
        """Add an item to numbered feed `n`; returns the new article's slug."""
        items = self.numbered_feeds.setdefault(n, [])
        slug = f"f{n}-{len(items)}"
        items.insert(0, (slug, BASE_TIME + timedelta(minutes=len(items))))
        return slug

    # -- helpers -------------------------------------------------------------------------------------

    @web.middleware
    async def _record(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.requests.append(RequestRecord(request.method, request.path, dict(request.headers)))
        response: web.StreamResponse = await handler(request)
        return response

    def _conditional(
        self, request: web.Request, body: bytes, content_type: str, modified: datetime | None = None
    ) -> web.Response:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        last_modified = _rfc822(modified or self.changed_at)
        headers = {"ETag": etag, "Last-Modified": last_modified, "Content-Type": content_type}
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            if etag in [tag.strip() for tag in if_none_match.split(",")]:
                return web.Response(status=304, headers={"ETag": etag, "Last-Modified": last_modified})
        elif (since := request.headers.get("If-Modified-Since")) is not None:
            with contextlib.suppress(TypeError, ValueError):
                if parsedate_to_datetime(since) >= (modified or self.changed_at).replace(microsecond=0):
                    return web.Response(status=304, headers={"Last-Modified": last_modified})
        return web.Response(body=body, headers=headers)

    def _article_url(self, article: Article) -> str:
        return self.url(f"/articles/{article.slug}?utm_source=rss&utm_medium=feed&fbclid=abc123#comments")

    def _listed(self) -> list[Article]:
        return self.articles[: self.feed_items]

    # -- feeds ---------------------------------------------------------------------------------------

    def rss2_body(self) -> bytes:
        items = []
        for a in self._listed():
            guid = f'<guid isPermaLink="false">{html.escape(a.guid)}</guid>' if a.guid else ""
            # Publication times in +03:00 (Kyiv summer / Moscow) to check the UTC normalisation.
            pub = format_datetime(a.published.astimezone(timezone(timedelta(hours=3))))
            items.append(
                f"<item><title>{html.escape(a.title)}</title><link>{html.escape(self._article_url(a))}</link>"
                f"{guid}<pubDate>{pub}</pubDate>"
                f"<description>{html.escape('<p>' + a.paragraphs[0][:120] + '…</p>')}</description></item>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Example News: World</title>'
            f"<link>{self.url('/')}</link><description>World news</description><language>en-gb</language>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()

    def atom_body(self) -> bytes:
        entries = []
        for a in self._listed():
            entries.append(
                f"<entry><title>{html.escape(a.title)}</title>"
                f'<link rel="alternate" href="{html.escape(self._article_url(a))}"/>'
                f"<id>{html.escape(a.guid or self.url('/articles/' + a.slug))}</id>"
                f"<updated>{a.published.isoformat()}</updated><published>{a.published.isoformat()}</published>"
                f"<author><name>Example Staff</name></author>"
                f'<summary type="html">{html.escape("<p>" + a.paragraphs[0] + "</p>")}</summary></entry>'
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Example News (Atom)</title><id>{self.url('/atom.xml')}</id>"
            f"<updated>{self.changed_at.isoformat()}</updated>" + "".join(entries) + "</feed>"
        ).encode()

    def rss1_body(self) -> bytes:
        lis = "".join(f'<rdf:li rdf:resource="{html.escape(self._article_url(a))}"/>' for a in self._listed())
        items = "".join(
            f'<item rdf:about="{html.escape(self._article_url(a))}"><title>{html.escape(a.title)}</title>'
            f"<link>{html.escape(self._article_url(a))}</link><dc:date>{a.published.isoformat()}</dc:date>"
            f"<description>{html.escape(a.paragraphs[0])}</description></item>"
            for a in self._listed()
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<channel rdf:about="{self.url("/rss1.rdf")}"><title>Example News (RSS 1.0)</title>'
            f"<link>{self.url('/')}</link><description>d</description><items><rdf:Seq>{lis}</rdf:Seq></items>"
            f"</channel>{items}</rdf:RDF>"
        ).encode()

    def cp1251_body(self) -> bytes:
        items = "".join(
            f"<item><title>{title}</title><link>{self.url('/articles/' + slug)}</link><guid>ru-{slug}</guid>"
            f"<pubDate>Fri, 07 Feb 2025 12:0{i}:00 +0300</pubDate><description>{text}</description></item>"
            for i, (slug, title, text) in enumerate(CYRILLIC_ITEMS)
        )
        return (
            '<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0"><channel>'
            "<title>Новости: специальная военная операция</title>"
            f"<link>{self.url('/')}</link><description>Лента</description><language>ru</language>{items}"
            "</channel></rss>"
        ).encode("cp1251")

    async def _rss2(self, request: web.Request) -> web.Response:
        return self._conditional(request, self.rss2_body(), "application/rss+xml; charset=utf-8")

    async def _atom(self, request: web.Request) -> web.Response:
        return self._conditional(request, self.atom_body(), "application/atom+xml")

    async def _rss1(self, request: web.Request) -> web.Response:
        return self._conditional(request, self.rss1_body(), "application/rdf+xml")

    async def _cp1251(self, request: web.Request) -> web.Response:
        return self._conditional(request, self.cp1251_body(), "application/rss+xml; charset=windows-1251")

    async def _gzip(self, request: web.Request) -> web.Response:
        body = gzip.compress(self.rss2_body())
        return web.Response(body=body, headers={"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"})

    async def _numbered(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        items = self.numbered_feeds.setdefault(n, [])
        body = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed {n}</title><link>{self.url('/')}</link><description>d</description>"
            + "".join(
                f"<item><title>Item {slug}</title><link>{self.url('/articles/' + slug)}</link><guid>{slug}</guid>"
                f"<pubDate>{_rfc822(at)}</pubDate><description>Toretsk update {slug}</description></item>"
                for slug, at in items[:20]
            )
            + "</channel></rss>"
        ).encode()
        return self._conditional(request, body, "application/rss+xml", modified=items[0][1] if items else BASE_TIME)

    async def _article(self, request: web.Request) -> web.Response:
        slug = request.match_info["slug"]
        if slug in self.missing_pages:
            raise web.HTTPNotFound()
        article = next((a for a in self.articles if a.slug == slug), None)
        if article is None:
            for s, title, text in CYRILLIC_ITEMS:
                if s == slug:
                    article = Article(s, title, [text, text], BASE_TIME)
        if article is None and slug.startswith("f"):
            article = Article(
                slug,
                f"Item {slug}",
                [
                    f"Ukrainian forces said on Friday they still hold positions in Toretsk ({slug}), while Russian "
                    "officials claimed further advances in the area around the town."
                ],
                BASE_TIME,
            )
        if article is None:
            raise web.HTTPNotFound()
        paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
        page = BOILERPLATE_TEMPLATE.format(
            title=html.escape(article.title),
            canonical=self.url(f"/articles/{article.slug}"),
            published=article.published.isoformat(),
            paragraphs=paragraphs,
        )
        return web.Response(text=page, content_type="text/html")

    # -- misbehaviour ------------------------------------------------------------------------------

    async def _redirect(self, request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        target = self.url(f"/redirect/{n - 1}") if n > 1 else "/rss.xml"  # the last hop is relative
        raise web.HTTPFound(target)

    async def _loop(self, request: web.Request) -> web.Response:
        other = "b" if request.match_info["side"] == "a" else "a"
        raise web.HTTPMovedPermanently(f"/loop/{other}")

    async def _slow(self, request: web.Request) -> web.Response:
        await asyncio.sleep(self.slow_delay_s)
        return web.Response(body=self.rss2_body(), content_type="application/rss+xml")

    async def _drip(self, request: web.Request) -> web.StreamResponse:
        """Headers at once, then one byte every second: only an overall deadline stops it."""
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        with contextlib.suppress(ConnectionError):
            for byte in self.rss2_body():
                await response.write(bytes([byte]))
                await asyncio.sleep(1.0)
        return response

    async def _flaky(self, request: web.Request) -> web.Response:
        if self.hits["/flaky"] <= self.flaky_failures:
            raise web.HTTPInternalServerError(text="try again")
        return self._conditional(request, self.rss2_body(), "application/rss+xml")

    async def _status(self, request: web.Request) -> web.Response:
        return web.Response(status=int(request.match_info["code"]), text="status")

    async def _stream_huge(self, request: web.Request, declare: bool) -> web.StreamResponse:
        headers = {"Content-Type": "application/rss+xml"}
        if declare:
            headers["Content-Length"] = str(self.huge_bytes)
        response = web.StreamResponse(headers=headers)
        await response.prepare(request)
        head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title>'
        item = (
            b"<item><title>x</title><link>http://example.com/x</link><description>"
            + b"y" * 900
            + b"</description></item>"
        )
        try:
            await response.write(head)
            self.huge_bytes_sent = len(head)
            while self.huge_bytes_sent + len(item) <= self.huge_bytes:
                await response.write(item)
                self.huge_bytes_sent += len(item)
            await response.write(b" " * (self.huge_bytes - self.huge_bytes_sent))
            self.huge_bytes_sent = self.huge_bytes
            await response.write_eof()
        except (ConnectionError, RuntimeError):
            pass  # the client hung up, as it should
        return response

    async def _huge(self, request: web.Request) -> web.StreamResponse:
        return await self._stream_huge(request, declare=False)

    async def _huge_declared(self, request: web.Request) -> web.StreamResponse:
        return await self._stream_huge(request, declare=True)

    async def _gzip_bomb(self, request: web.Request) -> web.Response:
        compressor = gzip.compress(
            b'<?xml version="1.0"?><rss version="2.0"><channel>' + b" " * self.huge_bytes, compresslevel=9
        )
        return web.Response(
            body=compressor, headers={"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        )

    async def _html_as_rss(self, request: web.Request) -> web.Response:
        return web.Response(body=HTML_AS_RSS, headers={"Content-Type": "application/rss+xml"})

    async def _corpus(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        path = (CORPUS_DIR / name).resolve()
        if path.parent != CORPUS_DIR or not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(body=path.read_bytes(), headers={"Content-Type": "application/rss+xml"})


@contextlib.asynccontextmanager
async def serve_news_site(**options: object) -> AsyncIterator[str]:
    """Start a NewsSite and yield its base URL (for tests that need only URLs)."""
    async with NewsSite(**options) as site:  # type: ignore[arg-type]
        yield site.base_url


def dead_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connection refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"
