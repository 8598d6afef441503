"""The bad-input corpus: at least 200 cases, each routed through the stage that would meet it for real.

Routes:

- `documents`: raw record values on `feeds.documents` (→ normalizer, and the archivist, which also reads
  every topic); keyed by the case id.
- `claims`: raw values on `claims.extracted` (→ deduper); keyed by the case id.
- `canonical`: raw values on `claims.canonical` (→ reconciler); keyed by the case id.
- `feed`: an RSS/Atom body served at `/bad/feed/<case>` to the article-ingester.
- `page`: a valid feed at `/bad/feedpage/<case>` whose one item links to a bad page `/bad/page/<case>`.
- `x`: an X API v2 recent-search response served for the query `<case>` to the post-ingester.

The HTTP routes are served by tests/fakes/bad_site.py on 127.0.0.1 to the real ingesters, run as processes
with `ingester_envs`; their dead letters name the case in the reason (the feed URL, page URL or query).

Every case says what must happen: `dlq` (a DeadLetter with a reason, naming the case in its key or
reason, exactly once per stage that meets it) or `data` (valid input that merely looks hostile, such as a
document about a village no gazetteer has, or SQL in an article: the pipeline must treat it as data, store
or publish it verbatim and dead-letter nothing). On the HTTP routes, `data` also covers what the
ingesters' lenient parsers recover safely (a feed in a wrong charset, NULs, entities that are never
expanded); a bad article page is dead-lettered while its item still goes out with the feed's summary.
A dead letter that names no case fails the run too. Big bodies (10 MB, a gzip bomb, a one-sentence 1 MB
document) are generated here at run time, never committed.

    python -m scripts.bad_inputs            # the corpus summary: cases per route and category
"""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import asyncpg
from aiokafka import TopicPartition

from schemas.models import DeadLetter
from schemas.topics import DOCUMENTS
from services.common.kafka import make_consumer, make_producer, topic_partitions
from services.common.settings import ServiceSettings

if TYPE_CHECKING:
    from tests.fakes.bad_site import BadInputSite

Route = Literal["documents", "claims", "canonical", "feed", "page", "x"]
Expect = Literal["dlq", "data"]
FEED_FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "feeds"
MB = 1024 * 1024
PUBLISHED = "2025-02-07T16:00:00Z"


@dataclass(frozen=True)
class BadCase:
    """One hostile input: where it enters, what it is, and what the pipeline must do with it."""

    case_id: str
    route: Route
    category: str
    expect: Expect
    build: Callable[[], bytes] = field(repr=False, compare=False)
    content_type: str = "application/octet-stream"
    headers: tuple[tuple[str, str], ...] = ()
    # the stages that must dead-letter it, when not every stage on its route (see ROUTE_STAGES)
    stages: tuple[str, ...] | None = None

    def payload(self) -> bytes:
        return self.build()


def _const(value: bytes) -> Callable[[], bytes]:
    return lambda: value


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


# --- documents ----------------------------------------------------------------------------------------

def valid_document(doc_id: str, text: str = "Russia's Defence Ministry said its forces had captured Toretsk.",
                   **extra: Any) -> dict[str, Any]:
    return {"doc_id": doc_id, "kind": "article", "source": "bad.example", "url": f"https://bad.example/{doc_id}",
            "title": "Bad input", "text": text, "lang": "en", "published_at": PUBLISHED, **extra}


INJECTION = (
    "'; DROP TABLE documents; --",
    "\" OR 1=1 --",
    "Robert'); DELETE FROM status_changes WHERE ('1'='1",
    "<script>alert(document.cookie)</script>",
    "<img src=x onerror=alert(1)>",
    "{{7*7}} ${jndi:ldap://127.0.0.1/a}",
    "../../../../etc/passwd",
    "$(rm -rf /) `reboot`",
    "\\x00\\x1b[31mred",
    "%s%s%s%n%n",
)
CONTROL = ("\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b[2J", "\x7f", "\u202e", "\ufeff", "\u2028")
BAD_DATES = ("yesterday", "2025-13-45T99:99:99Z", "", "2025-02-07T25:61:00Z", "tomorrow morning", "2025-02-30",
             "99999-01-01T00:00:00Z",
             "Fri, 07 Feb 2025 16:00:00 GMT-ish", "NaN", "2025-02-07T16:00:00+25:00")
BAD_UTF8 = (b"\xff\xfe", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xf0\x28\x8c\xbc", b"\xed\xa0\x80",
            b"\xc0\xaf", b"\xf8\x88\x80\x80\x80", b"\x80", b"\xfe")


def document_cases() -> list[BadCase]:
    cases: list[BadCase] = []

    def add(category: str, expect: Expect, value: bytes | Callable[[], bytes]) -> None:
        n = len(cases)
        build = value if callable(value) else _const(value)
        cases.append(BadCase(f"doc-{n:03d}-{category}", "documents", category, expect, build))

    good = _json(valid_document("web:bad-truncated"))
    for cut in range(5, len(good) - 1, max(len(good) // 20, 1)):
        add("truncated-json", "dlq", good[:cut])
    for raw in (b"", b"null", b"[]", b"42", b'"a document"', b"true", b"{}", b"{not json", b"{'doc_id': 'x'}",
                b"<rss><channel/></rss>", b"<html><body>not json</body></html>", b'{"doc_id": "x",}',
                b'{"doc_id": NaN}', b"\x1f\x8b\x08\x00garbage", b"[" * 50000 + b"]" * 50000):
        add("malformed-json", "dlq", raw)
    for field_name in ("doc_id", "published_at"):
        doc = valid_document("web:bad-missing")
        del doc[field_name]
        add("missing-field", "dlq", _json(doc))
    for field_name, wrong in (("doc_id", 12), ("doc_id", ""), ("doc_id", None), ("kind", "video"),
                              ("text", ["a", "b"]), ("title", {"x": 1}), ("refs", "none"), ("source", 5),
                              ("published_at", 1.5e300), ("doc_id", "x" * 600)):
        add("wrong-type", "dlq", _json({**valid_document("web:bad-type"), field_name: wrong}))
    for date in BAD_DATES:
        add("bad-date", "dlq", _json(valid_document("web:bad-date", published_at=date)))
    for i, seq in enumerate(BAD_UTF8):
        good_doc = _json(valid_document(f"web:bad-utf8-{i}", text="Toretsk ")).replace(b"Toretsk ", b"Toretsk " + seq)
        add("invalid-utf8", "dlq", good_doc)
    add("utf16-json", "dlq", json.dumps(valid_document("web:bad-utf16")).encode("utf-16"))
    add("utf32-json", "dlq", json.dumps(valid_document("web:bad-utf32")).encode("utf-32"))
    add("binary", "dlq", bytes(range(256)) * 8)
    add("gzip-json", "dlq", gzip.compress(_json(valid_document("web:bad-gzip"))))
    add("html-as-document", "dlq", (FEED_FIXTURES / "html_as_rss.xml").read_bytes())
    add("xml-bomb-as-document", "dlq", (FEED_FIXTURES / "billion_laughs.xml").read_bytes())
    # Hostile-looking but valid documents: data, not errors.
    for i, ch in enumerate(CONTROL):
        add("control-chars", "data", _json(valid_document(
            f"web:bad-control-{i}", f"Russian forces{ch} captured{ch} Toretsk.{ch} {ch * 20}")))
    for i, text in enumerate(INJECTION):
        add("injection-text", "data", _json(valid_document(
            f"web:bad-inject-{i}", f"{text} Russia said its forces had captured Toretsk. {text}",
            title=text, source=text[:100], author=text)))
    for i, text in enumerate(INJECTION[:5]):
        add("injection-id", "data", _json(valid_document(f"web:{text}-{i}")))
    for i, village in enumerate(("Zzyzxivka", "Novoneizvestne", "Qwertivka", "Xyzopil", "Bezimenne-99")):
        add("unknown-place", "data", _json(valid_document(
            f"web:bad-unknown-{i}", f"Russian forces captured the village of {village}, north-east of Toretsk.")))
    add("one-sentence-900k", "data", lambda: _json(valid_document(
        "web:bad-one-sentence", "Russian forces captured Toretsk and " + "then advanced further " * 40000 + ".")))
    add("no-sentence-900k", "data", lambda: _json(valid_document("web:bad-no-sentence", "a" * 900_000)))
    add("many-places-sentence", "data", _json(valid_document(
        "web:bad-many-places", "Russia claimed " + ", ".join(["Toretsk", "Pokrovsk", "Bakhmut"] * 300) + ".")))
    add("empty-text", "data", _json(valid_document("web:bad-empty", "")))
    add("only-whitespace", "data", _json(valid_document("web:bad-ws", " \n\t " * 1000)))
    add("emoji-and-rtl", "data", _json(valid_document("web:bad-emoji", "🇷🇺➡️ Торецьк ‏ليس‏ captured 🔥" * 50)))
    return cases


# --- claims and canonical claims --------------------------------------------------------------------

def valid_claim(claim_id: str) -> dict[str, Any]:
    return {
        "claim_id": claim_id, "doc_id": "web:bad-claim", "sentence": "Russian forces captured Toretsk.",
        "span": {"start": 24, "end": 31}, "place_id": "geonames:704147", "place_name": "Toretsk",
        "matched_alias": "Toretsk", "predicate": "captured", "actor": "RU", "claimant": "ru_mod",
        "claimant_side": "RU", "reporter": "bad.example", "modality": "asserted", "published_at": PUBLISHED,
        "document": {"doc_id": "web:bad-claim", "source": "bad.example", "published_at": PUBLISHED,
                     "fingerprint": {"text_hash": "0" * 64, "minhash": [1] * 128, "shingles": 3}},
    }


def valid_canonical(claim_id: str) -> dict[str, Any]:
    carrier = {"doc_id": "web:bad-claim", "claim_id": claim_id, "reporter": "bad.example", "claimant": "ru_mod",
               "published_at": PUBLISHED}
    return {**valid_claim(claim_id), "cluster_id": f"cluster-{claim_id}", "carriers": [carrier],
            "original": carrier, "independent_claimants": ["ru_mod"]}


def _claim_like_cases(route: Route, prefix: str, base: Callable[[str], dict[str, Any]]) -> list[BadCase]:
    cases: list[BadCase] = []

    def add(category: str, value: bytes) -> None:
        cases.append(BadCase(f"{prefix}-{len(cases):03d}-{category}", route, category, "dlq", _const(value)))

    good = _json(base("bad"))
    for cut in range(10, len(good) - 1, max(len(good) // 12, 1)):
        add("truncated-json", good[:cut])
    for raw in (b"", b"null", b"[]", b"{}", b"{nope", b"\xff\xfe\xfd", b"<claim/>", b"0"):
        add("malformed-json", raw)
    for field_name in ("claim_id", "place_id", "predicate", "actor", "claimant_side", "modality", "span"):
        value = base("bad-missing")
        del value[field_name]
        add("missing-field", _json(value))
    for field_name, wrong in (("predicate", "exploded"), ("actor", "NATO"), ("modality", "rumoured"),
                              ("claimant_side", "both"), ("extraction_confidence", 7), ("span", {"start": -5}),
                              ("published_at", "last Tuesday"), ("sentence", 42)):
        add("wrong-value", _json({**base("bad-value"), field_name: wrong}))
    for i, seq in enumerate(BAD_UTF8[:5]):
        add("invalid-utf8", _json(base(f"bad-utf8-{i}")).replace(b"Toretsk.", b"Toretsk." + seq))
    return cases


def claim_cases() -> list[BadCase]:
    cases = _claim_like_cases("claims", "claim", valid_claim)
    # what only the deduper reads, the carrier's text fingerprint: the archivist stores these claims (a signature
    # value past 32 bits once failed the deduper's whole batch instead of making one dead letter)
    for category, fingerprint in (
        ("signature-out-of-range", {"text_hash": "0" * 64, "minhash": [1] * 127 + [1 << 40], "shingles": 3}),
        ("signature-negative", {"text_hash": "0" * 64, "minhash": [-1] * 128, "shingles": 3}),
        ("no-fingerprint", None),
    ):
        value = valid_claim(f"bad-{category}")
        value["document"] = {**value["document"], "fingerprint": fingerprint}
        cases.append(BadCase(f"claim-{len(cases):03d}-{category}", "claims", category, "dlq", _const(_json(value)),
                             stages=("deduper",)))
    return cases


def canonical_cases() -> list[BadCase]:
    cases = _claim_like_cases("canonical", "canon", valid_canonical)
    for category, change in (("no-carriers", {"carriers": "none"}), ("no-original", {"original": None}),
                             ("cluster-id-null", {"cluster_id": None})):
        cases.append(BadCase(f"canon-{len(cases):03d}-{category}", "canonical", category, "dlq",
                             _const(_json({**valid_canonical("bad-cluster"), **change}))))
    return cases


# --- what the ingesters fetch ------------------------------------------------------------------------

def _ten_mb() -> bytes:
    item = b"<item><title>Toretsk</title><link>https://bad.example/a</link></item>"
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>huge</title>'
    return body + item * (11 * MB // len(item)) + b"</channel></rss>"


@lru_cache(maxsize=1)
def _gzip_bomb() -> bytes:
    """256 MB of zeros in one gzip member of about 250 kB (served with Content-Encoding: gzip)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as gz:
        chunk = b"\0" * MB
        for _ in range(256):
            gz.write(chunk)
    return buffer.getvalue()


def rss(items: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bad</title>'
            f"<link>https://bad.example/</link><description>d</description>{items}</channel></rss>").encode()


def rss_item(title: str, slug: str, description: str = "Russia said its forces had captured Toretsk.") -> str:
    return (f"<item><title>{title}</title><link>https://bad.example/{slug}</link><guid>urn:bad:{slug}</guid>"
            f"<pubDate>Fri, 07 Feb 2025 16:00:00 GMT</pubDate><description>{description}</description></item>")


# What the article-ingester must do with each feed of tests/data/feeds (the valid feeds with quirks
# that its own tests cover are left out). Its parser is lenient on purpose: what it can read safely is
# data (entities are never expanded, NULs are removed, a wrong or missing charset is recovered), what it
# cannot read is dead-lettered, with the feed, or per item when only some items are unreadable.
FEED_FIXTURE_EXPECT: dict[str, Expect] = {
    "billion_laughs.xml": "data",  # the entities are not expanded: one small, harmless item
    "binary_junk.bin": "dlq",
    "deep_nesting.xml": "data",
    "empty.xml": "dlq",
    "external_entity.xml": "data",  # the external entity is not resolved
    "html_as_rss.xml": "dlq",
    "invalid_utf8_declared.xml": "data",  # not UTF-8 after all: decoded as Windows-1252
    "items_without_keys.xml": "dlq",  # the item without GUID or link (the other one is data)
    "json.xml": "dlq",
    "nul_bytes.xml": "data",  # NULs removed
    "truncated.xml": "dlq",  # the half item (the complete one before it is data)
    "truncated_before_items.xml": "dlq",
    "utf16_bom.xml": "data",
    "whitespace.xml": "dlq",
    "wrong_declared_encoding.xml": "data",  # Windows-1251 declared as UTF-8: recovered
}


def feed_cases() -> list[BadCase]:
    """Bad feeds, served at `/bad/feed/<case>` (links to the outside are pointed at the local server)."""
    cases: list[BadCase] = []

    def add(category: str, value: Callable[[], bytes], content_type: str = "application/rss+xml",
            headers: tuple[tuple[str, str], ...] = (), expect: Expect = "dlq") -> None:
        cases.append(BadCase(f"feed-{len(cases):03d}-{category}", "feed", category, expect, value, content_type,
                             headers))

    for name, expect in FEED_FIXTURE_EXPECT.items():
        add(Path(name).stem.replace("_", "-"), _const((FEED_FIXTURES / name).read_bytes()), expect=expect)
    good = rss(rss_item("Toretsk", "truncated"))
    for cut in (30, 80, 120):
        add("truncated-xml", _const(good[:cut]))
    # cut inside the closing tags: the one item is complete, the lenient parser keeps it (a warning)
    add("truncated-after-item", _const(good[:-20]), expect="data")
    add("huge-11mb", _ten_mb)
    add("gzip-bomb", _gzip_bomb, headers=(("Content-Encoding", "gzip"),))
    add("corrupt-gzip", _const(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage, not deflate" * 20),
        headers=(("Content-Encoding", "gzip"),))
    # one 9 MB item: under the fetch limit, but no broker takes a 9 MB record
    add("huge-item-9mb", lambda: rss(rss_item("Huge", "huge-item", "Toretsk. " * (9 * MB // 9))))
    add("html-page-as-feed", _const(b"<!doctype html><html><head><title>News</title></head><body>"
                                    b"<h1>Latest</h1><p>Toretsk</p></body></html>"), content_type="text/html")
    add("json-as-feed", _const(_json({"items": [{"title": "Toretsk"}]})), content_type="application/json")
    add("control-chars-xml", _const(rss(rss_item("To\x01re\x02tsk\x1b", "control", "Tor\x07etsk\x0b fell."))),
        expect="data")  # not XML 1.0; the lenient parser reads it and the characters are removed
    add("invalid-utf8-xml", _const(rss(rss_item("Toretsk", "invalid-utf8")).replace(b"Toretsk", b"Tor\xff\xfetsk")),
        expect="data")  # decoded as Windows-1252
    for i, text in enumerate(INJECTION[:5]):
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        add("injection-text", _const(rss(rss_item(escaped, f"inject-{i}", f"{escaped} Toretsk was captured."))),
            expect="data")
    add("unknown-place", _const(rss(rss_item("Zzyzxivka", "unknown-place",
                                             "Russian forces captured the village of Zzyzxivka."))), expect="data")
    return cases


def page_cases() -> list[BadCase]:
    """Bad article pages: the feed is fine, the page it links to is not. The page is dead-lettered; the
    item itself is still delivered, with the feed's summary standing in for the page's text."""
    cases: list[BadCase] = []

    def add(category: str, value: Callable[[], bytes], content_type: str = "text/html",
            headers: tuple[tuple[str, str], ...] = (), expect: Expect = "dlq") -> None:
        cases.append(BadCase(f"page-{len(cases):03d}-{category}", "page", category, expect, value, content_type,
                             headers))

    add("huge-11mb", lambda: b"<html><body><p>" + b"Toretsk " * (11 * MB // 8) + b"</p></body></html>")
    add("gzip-bomb", _gzip_bomb, headers=(("Content-Encoding", "gzip"),))
    add("corrupt-gzip", _const(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03not deflate at all" * 20),
        headers=(("Content-Encoding", "gzip"),))
    add("binary", _const(bytes(range(256)) * 64), content_type="application/octet-stream")
    add("empty", _const(b""))
    add("no-article-text", _const(b"<html><head><title>Subscribe</title><script>window.app = {}</script></head>"
                                  b"<body><div id=app></div></body></html>"))  # a script-rendered page
    add("pdf", _const(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"), content_type="application/pdf")
    # 1.5 MB of article text: readable, but it would make a record the broker refuses
    add("text-1.5mb", lambda: b"<html><body><article>" + b"".join(
        b"<p>Paragraph %d: Russian forces said they had captured Toretsk; Ukraine denied it.</p>" % i
        for i in range(18000)) + b"</article></body></html>")
    # readable pages that merely look hostile: data
    add("nav-only", _const(b"<html><body><nav>Home</nav><footer>(c)</footer></body></html>"),
        expect="data")  # shorter than the feed's summary, which stands in: no problem to report
    add("invalid-utf8", _const(b"<html><body><p>Tor\xff\xfe\xfdetsk " * 50 + b"</p></body></html>"), expect="data")
    add("script-and-sql", _const(
        b"<html><body><script>alert(document.cookie)</script><article><p>'; DROP TABLE documents; -- "
        b"Russia's Defence Ministry said its forces had captured Toretsk, a claim Ukraine denied on Friday "
        b"afternoon.</p><p>&lt;script&gt;alert(1)&lt;/script&gt; Fighting continued around the town, "
        b"officials said.</p></article></body></html>"), expect="data")
    return cases


def x_cases() -> list[BadCase]:
    """Bad X API v2 recent-search responses (served for the query named after the case)."""
    cases: list[BadCase] = []

    def add(category: str, value: bytes | Callable[[str, int], bytes], expect: Expect = "dlq",
            content_type: str = "application/json") -> None:
        case_id = f"x-{len(cases):03d}-{category}"
        body = value(case_id, 1887000000000000100 + len(cases)) if callable(value) else value
        cases.append(BadCase(case_id, "x", category, expect, _const(body), content_type))

    def page(change: dict[str, Any]) -> Callable[[str, int], bytes]:
        def build(case_id: str, tweet_id: int) -> bytes:
            tweet = {"id": str(tweet_id), "text": f"Russia says it took Toretsk ({case_id})", "created_at": PUBLISHED,
                     "author_id": "1", **change}
            for key, value in change.items():
                if isinstance(value, str) and "{case}" in value:
                    tweet[key] = value.replace("{case}", case_id)
            return _json({"data": [tweet], "meta": {"result_count": 1, "newest_id": str(tweet_id)}})
        return build

    for raw in (b"{not json", b"", b"null", b"[]", b'{"data": "nope", "meta": {"result_count": 1}}',
                b"<html><body>rate limited</body></html>", b"\xff\xfe\xfd", b'{"data": [{"id": 5}]}'):
        add("malformed", raw)
    for change in ({"id": None}, {"text": None}, {"id": "not-a-number"}, {"id": "-5"}, {"text": ["a", "b"]},
                   {"text": "x" * (2 * MB)}):
        add("bad-tweet", page(change))
    # valid posts that merely look hostile: data
    add("no-created-at", page({"created_at": "soon"}), "data")  # the snowflake id carries the time
    add("control-chars", page({"text": "\x00\x1b[2J Russia\u202e says\x07 it took Toretsk ({case})"}), "data")
    add("injection-text", page({"text": "'; DROP TABLE documents; -- <script>alert(1)</script> ({case})"}), "data")
    add("unknown-place", page({"text": "Russian forces captured Zzyzxivka, officials said ({case})"}), "data")
    return cases


def kafka_cases() -> list[BadCase]:
    """The cases produced straight onto a topic."""
    return document_cases() + claim_cases() + canonical_cases()


def http_cases() -> list[BadCase]:
    """The cases the ingesters fetch from the local hostile site (tests/fakes/bad_site.py)."""
    return feed_cases() + page_cases() + x_cases()


def corpus() -> list[BadCase]:
    """Every case of the corpus, in a stable order."""
    return kafka_cases() + http_cases()


# --- running the corpus through the services and accounting for every case ----------------------------

# Which stages meet a case on each Kafka route: the stage the route feeds, and the archivist, which reads
# every topic and refuses what it cannot store.
ROUTE_STAGES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "documents": ("feeds.documents", "feeds.documents.dlq", ("normalizer", "archivist")),
    "claims": ("claims.extracted", "claims.extracted.dlq", ("deduper", "archivist")),
    "canonical": ("claims.canonical", "claims.canonical.dlq", ("reconciler", "archivist")),
}
INGESTER_STAGES: dict[str, str] = {"feed": "article-ingester", "page": "article-ingester", "x": "post-ingester"}
HTTP_DLQ = DOCUMENTS.dlq or "feeds.documents.dlq"


def ingester_envs(site: BadInputSite, cases: list[BadCase], *, interval_s: float = 5.0) -> dict[str, dict[str, str]]:
    """Extra environment of each ingester that meets some of `cases` (service → variables): its feeds or
    queries on the local hostile site, private addresses allowed (the site is on 127.0.0.1), no per-host
    pause (every feed is on that one host), short poll intervals."""
    feeds = [site.feed_url(c) for c in cases if c.route in ("feed", "page")]
    queries = [c.case_id for c in cases if c.route == "x"]
    envs: dict[str, dict[str, str]] = {}
    if feeds:
        envs["article-ingester"] = {
            "CLAIMWATCH_FEEDS": ",".join(f"{url} {interval_s}s" for url in feeds),
            "CLAIMWATCH_ALLOW_PRIVATE_NETWORKS": "1",
            "CLAIMWATCH_HTTP_PER_HOST_INTERVAL_S": "0",
            "CLAIMWATCH_HTTP_PER_HOST_CONCURRENCY": "16",
        }
    if queries:
        envs["post-ingester"] = {
            "X_API_BASE_URL": site.base_url,
            "X_BEARER_TOKEN": site.token,
            "CLAIMWATCH_X_QUERIES": json.dumps(queries),
            "CLAIMWATCH_X_POLL_INTERVAL_S": str(interval_s),
        }
    return envs


@dataclass
class Outcome:
    """What became of one case."""

    case: BadCase
    letters: Counter[str] = field(default_factory=Counter)  # stage → dead letters naming this case
    reasons: list[str] = field(default_factory=list)
    stored: bool = False  # data cases: the archivist stored the document / an ingester published it

    def expected_stages(self) -> tuple[str, ...]:
        if self.case.stages is not None:
            return self.case.stages
        if self.case.route in ROUTE_STAGES:
            return ROUTE_STAGES[self.case.route][2]
        return (INGESTER_STAGES[self.case.route],)

    @property
    def ok(self) -> bool:
        if self.case.expect == "data":
            return not self.letters and (self.stored or self.case.route in ("claims", "canonical"))
        return (all(self.letters[s] == 1 for s in self.expected_stages())
                and set(self.letters) <= set(self.expected_stages()) and all(r.strip() for r in self.reasons))

    def describe(self) -> str:
        seen = ", ".join(f"{s}×{n}" for s, n in sorted(self.letters.items())) or "no dead letter"
        stored = " stored" if self.stored else (" not stored" if self.case.expect == "data" else "")
        return f"{self.case.case_id}: expected {self.case.expect}, got {seen}{stored}"


def case_of(letter_key: str | None, reason: str, cases: dict[str, BadCase]) -> str | None:
    """The case a dead letter belongs to: its original key, else a case id named in its reason."""
    if letter_key in cases:
        return letter_key
    for case_id in cases:
        if case_id in reason:
            return case_id
    return None


@dataclass
class Tally:
    """Every case's outcome, and the dead letters that name no case (each one is a failure too: something
    other than the corpus was refused, such as a document an ingester made from a case)."""

    outcomes: dict[str, Outcome]
    unattributed: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[str]:
        return [o.describe() for o in self.outcomes.values() if not o.ok] + [
            f"dead letter naming no case: {u}" for u in self.unattributed]

    def by_route(self) -> dict[str, str]:
        """route → `ok/cases` (and `data` cases among them)."""
        out: dict[str, str] = {}
        for route in dict.fromkeys(o.case.route for o in self.outcomes.values()):
            mine = [o for o in self.outcomes.values() if o.case.route == route]
            data = sum(o.case.expect == "data" for o in mine)
            out[route] = f"{sum(o.ok for o in mine)}/{len(mine)}" + (f"(data={data})" if data else "")
        return out


def account(cases: list[BadCase], letters: list[tuple[str | None, str, str]], stored_doc_ids: set[str],
            published_case_ids: set[str] | None = None) -> Tally:
    """Every case's outcome from the dead letters seen (key, stage, reason), the stored documents and the
    cases some ingester published a document for."""
    by_id = {c.case_id: c for c in cases}
    tally = Tally({c.case_id: Outcome(c) for c in cases})
    for key, stage, reason in letters:
        case_id = case_of(key, reason, by_id)
        if case_id is None:
            tally.unattributed.append(f"{stage}: key={key} {reason[:200]}")
        else:
            tally.outcomes[case_id].letters[stage] += 1
            tally.outcomes[case_id].reasons.append(reason)
    for outcome in tally.outcomes.values():
        if outcome.case.expect == "data" and outcome.case.route == "documents":
            doc_id = json.loads(outcome.case.payload())["doc_id"]
            outcome.stored = doc_id in stored_doc_ids
        elif outcome.case.expect == "data" and outcome.case.route in INGESTER_STAGES:
            outcome.stored = outcome.case.case_id in (published_case_ids or set())
    return tally


async def produce_cases(settings: ServiceSettings, cases: list[BadCase]) -> None:
    """Put the Kafka-route cases on their topics, keyed by case id (the archivist and stages keep the key)."""
    producer = make_producer(settings)
    await producer.start()
    try:
        pending = []
        for case in cases:
            topic = ROUTE_STAGES[case.route][0]
            pending.append(await producer.send(settings.topic(topic), case.payload(), key=case.case_id.encode()))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def _read_to_end(settings: ServiceSettings, topics: list[str], on_record: Callable[[Any], None],
                       *, all_partitions: bool = False) -> None:
    """Every committed record of the topics (partition 0, or all), from the start to the current end."""
    consumer = make_consumer(settings, None)
    await consumer.start()
    try:
        tps = [TopicPartition(settings.topic(t), p) for t in topics
               for p in (await topic_partitions(consumer, settings.topic(t)) if all_partitions else [0])]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            chunk = await consumer.getmany(timeout_ms=500, max_records=2000)
            if not chunk:
                break  # only transaction markers left before the end
            for records in chunk.values():
                for record in records:
                    on_record(record)
    finally:
        await consumer.stop()


async def dead_letters(settings: ServiceSettings, topics: list[str]) -> list[tuple[str | None, str, str]]:
    """(original key, stage, reason) of every committed dead letter on the given DLQ topics so far."""
    out: list[tuple[str | None, str, str]] = []

    def note(record: Any) -> None:
        letter = DeadLetter.model_validate_json(record.value or b"")
        out.append((letter.key, letter.stage, letter.reason))

    await _read_to_end(settings, topics, note)
    return out


async def published_documents(settings: ServiceSettings, cases: list[BadCase]) -> set[str]:
    """The HTTP-route cases named by some document on feeds.documents (in its feed URL, link or text)."""
    wanted = [c.case_id for c in cases if c.route in INGESTER_STAGES]
    kafka_keys = {c.case_id.encode() for c in cases if c.route in ROUTE_STAGES}
    found: set[str] = set()

    def note(record: Any) -> None:
        if record.key in kafka_keys:
            return  # a documents-route case itself, not something an ingester made
        value = record.value or b""
        found.update(case_id for case_id in wanted if case_id.encode() in value)

    await _read_to_end(settings, [DOCUMENTS.name], note, all_partitions=True)
    return found


async def stored_documents(database_url: str, doc_ids: list[str]) -> set[str]:
    conn = await asyncpg.connect(database_url)
    try:
        rows = await conn.fetch("SELECT doc_id FROM documents WHERE doc_id = ANY($1::text[])", doc_ids)
    finally:
        await conn.close()
    return {row["doc_id"] for row in rows}


async def await_outcomes(settings: ServiceSettings, cases: list[BadCase], *, timeout_s: float = 120.0,
                         settle_s: float = 3.0) -> Tally:
    """Poll the DLQs, the store and feeds.documents until every case is accounted for (or the timeout),
    then settle.

    Settling keeps reading a little longer so that a second dead letter for one case would be seen.
    """
    topics = sorted({ROUTE_STAGES[c.route][1] if c.route in ROUTE_STAGES else HTTP_DLQ for c in cases})
    data_ids = [json.loads(c.payload())["doc_id"] for c in cases if c.expect == "data" and c.route == "documents"]
    http_data = any(c.expect == "data" and c.route in INGESTER_STAGES for c in cases)
    deadline = time.monotonic() + timeout_s
    settle_until: float | None = None
    while True:
        letters = await dead_letters(settings, topics)
        stored = await stored_documents(settings.database_url.get_secret_value(), data_ids) if data_ids else set()
        published = await published_documents(settings, cases) if http_data else set()
        tally = account(cases, letters, stored, published)
        now = time.monotonic()
        if settle_until is None and all(o.ok for o in tally.outcomes.values()):
            settle_until = now + settle_s
        if (settle_until is not None and now >= settle_until) or now >= deadline:
            return tally
        await asyncio.sleep(0.5)  # polling the DLQs with a deadline


def summary(cases: list[BadCase]) -> dict[str, Any]:
    return {
        "cases": len(cases),
        "by_route": dict(Counter(c.route for c in cases)),
        "by_expectation": dict(Counter(c.expect for c in cases)),
        "categories": dict(Counter(f"{c.route}/{c.category}" for c in cases)),
        "generated_at": datetime.now(UTC).isoformat(),
    }


def main() -> int:
    json.dump(summary(corpus()), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
