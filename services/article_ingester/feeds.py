"""Pure feed parsing: RSS 0.9x/1.0/2.0 and Atom bytes in, keyed items with UTC times out. No I/O.

Charset: the body is decoded here before feedparser sees it (BOM, then the HTTP charset, then the XML
declaration, then UTF-8, then Windows-1251 when that yields Cyrillic text, then Windows-1252), because
feedparser's own fallback turns a Cyrillic feed with a wrong declaration into Latin-1 mojibake.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import feedparser

MAX_FEED_BYTES = 10 * 1024 * 1024
MAX_KEY_CHARS = 1024

# Query parameters that only say where a click came from; dropped from canonical URLs.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "igsh",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wickedid",
        "ref_src",
        "ref_url",
        "cmpid",
        "ocid",
        "ncid",
        "s_cid",
        "sr_share",
        "at_medium",
        "at_campaign",
        "at_custom1",
        "at_custom2",
        "at_custom3",
        "at_custom4",
        "__twitter_impression",
        "smid",
        "smtyp",
        "spm",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "ito",
        "cid",
        "soc_src",
        "soc_trk",
        "share",
        "rss",
        "feature",
        "taid",
    }
)
TRACKING_PREFIXES = ("utm_", "utm-", "pk_", "mtm_", "hsa_", "fb_", "ga_", "itm_")


class FeedError(Exception):
    """The body is not a usable RSS/Atom feed; `reason` is short and goes to the DLQ."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FeedItem:
    """One feed entry. `key` (GUID, else canonical link) identifies it across polls."""

    key: str
    guid: str | None
    link: str | None
    canonical_link: str | None
    title: str
    summary: str
    content: str
    published_at: datetime | None
    author: str | None


@dataclass(frozen=True)
class RejectedItem:
    """An entry that could not be keyed or read, with why."""

    reason: str
    title: str


@dataclass(frozen=True)
class ParsedFeed:
    feed_url: str
    version: str
    title: str
    link: str | None
    language: str | None
    encoding: str
    items: tuple[FeedItem, ...]
    rejected: tuple[RejectedItem, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)


def _is_tracking(key: str) -> bool:
    name = unquote(key).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lowercase scheme and host, drop userinfo, default port, fragment and tracking parameters.

    The order and spelling of the remaining query parameters is kept. Raises ValueError for a URL
    without a scheme and host.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = parts.hostname
    if not scheme or not host:
        raise ValueError("not an absolute URL")
    port = parts.port
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if port is not None and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    path = parts.path or "/"
    kept = [pair for pair in parts.query.split("&") if pair and not _is_tracking(pair.split("=", 1)[0])]
    return urlunsplit((scheme, netloc, path, "&".join(kept), ""))


def doc_id_for_url(url: str) -> str:
    """`web:<sha256 hex of the canonical URL>`."""
    return "web:" + hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()


class _TextCollector(HTMLParser):
    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "blockquote",
            "section",
            "article",
            "figure",
            "figcaption",
            "table",
            "pre",
            "hr",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries and content), paragraphs kept as blank lines."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    collector = _TextCollector()
    try:
        collector.feed(fragment)
        collector.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        return _tidy(re.sub(r"<[^>]*>", " ", fragment))
    return _tidy("".join(collector.parts))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _tidy(text: str) -> str:
    text = _CONTROL.sub("", text)  # NUL and friends: PostgreSQL text refuses NUL, nobody reads the rest
    lines = (" ".join(line.split()) for line in text.replace("\r", "\n").split("\n"))
    paragraphs: list[str] = []
    for line in lines:
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


_XML_DECL = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])([A-Za-z0-9._:-]*)(["'])""")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_cyrillic(text: str) -> bool:
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return False
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    return cyrillic / len(letters) > 0.8


def decode_feed_bytes(body: bytes, content_type: str | None) -> tuple[str, str]:
    """Decode a feed body to text; returns (text, encoding used). Never raises on bad bytes.

    Valid UTF-8 wins over any declaration: non-UTF-8 text almost never decodes as UTF-8, while
    feeds that declare one charset and send UTF-8 are common.
    """
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace"), encoding
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared: list[str] = []
    if content_type and (match := _CHARSET.search(content_type)):
        declared.append(match.group(1))
    if match_decl := _XML_DECL.match(body[:512]):
        declared.append(match_decl.group(3).decode("ascii"))
    for name in declared:
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            continue
        if encoding in ("utf-8", "utf-8-sig", "ascii"):
            continue  # already known not to fit
        try:
            return body.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    cyrillic = body.decode("cp1251", errors="replace")
    if _looks_cyrillic(cyrillic):
        return cyrillic, "cp1251"
    return body.decode("cp1252", errors="replace"), "cp1252"


def _struct_to_utc(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _text_field(value: Any) -> str:
    return html_to_text(value) if isinstance(value, str) else ""


def _clean_key(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _CONTROL.sub("", value).strip()
    if not value:
        return None
    if len(value) > MAX_KEY_CHARS:
        return "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    return value


def _http_link(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        canonical_url(value)
    except ValueError:
        return None
    return value.strip() if value.strip().lower().startswith(("http://", "https://")) else None


def _resolved_link(value: object, base: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return _http_link(urljoin(base, value.strip()))
    except ValueError:
        return None


def _item(entry: Any, feed_url: str) -> FeedItem | RejectedItem:
    title = _text_field(entry.get("title"))
    guid = _clean_key(entry.get("id"))
    # Relative links are resolved against the feed URL here; GUIDs are kept verbatim (stable keys).
    link = _resolved_link(entry.get("link"), feed_url) if not entry.get("guidislink") else None
    if link is None and guid is not None:
        link = _http_link(guid)
    canonical = canonical_url(link) if link else None
    key = guid or canonical
    if key is None:
        return RejectedItem(reason="item has neither a GUID nor a usable link", title=title[:200])
    contents = entry.get("content") or []
    content = max((_text_field(c.get("value")) for c in contents if isinstance(c, dict)), key=len, default="")
    published = (
        _struct_to_utc(entry.get("published_parsed"))
        # dict.get: FeedParserDict.get would map these to `published_parsed` with a DeprecationWarning.
        or _struct_to_utc(dict.get(entry, "updated_parsed"))
        or _struct_to_utc(dict.get(entry, "created_parsed"))
    )
    author = entry.get("author")
    return FeedItem(
        key=key,
        guid=guid,
        link=link,
        canonical_link=canonical,
        title=title,
        summary=_text_field(entry.get("summary")),
        content=content,
        published_at=published,
        author=author.strip() or None if isinstance(author, str) else None,
    )


def parse_feed(body: bytes, content_type: str | None, feed_url: str, *, max_bytes: int = MAX_FEED_BYTES) -> ParsedFeed:
    """Parse an RSS/Atom body; raise FeedError for empty, oversized, non-feed or unreadable bodies.

    A feed that is broken after some complete items (truncated XML) still yields those items, with
    the parser's complaint in `warnings`; entries without GUID or link land in `rejected`.
    """
    if not body or not body.strip():
        raise FeedError("empty body")
    if len(body) > max_bytes:
        raise FeedError(f"feed larger than {max_bytes} bytes")
    text, encoding = decode_feed_bytes(body, content_type)
    utf8 = text.encode("utf-8", errors="replace")
    if encoding != "utf-8":
        utf8 = _XML_DECL.sub(rb"\1\2utf-8\4", utf8, count=1)
    try:
        parsed = feedparser.parse(
            utf8,
            # No content-location: feedparser would resolve GUIDs against it, making keys URL-dependent.
            response_headers={"content-type": "application/xml; charset=utf-8"},
            sanitize_html=True,
            resolve_relative_uris=True,
        )
    except Exception as exc:  # feedparser is lenient, but a parser crash must not take the service down
        raise FeedError(f"feed parser failed: {type(exc).__name__}") from exc
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    bozo = parsed.get("bozo_exception")
    if not version and not entries:
        raise FeedError("not an RSS or Atom feed")
    xml_broken = bozo is not None and type(bozo).__name__ == "SAXParseException"
    if xml_broken and not entries:
        raise FeedError(f"malformed XML: {bozo}")
    items: list[FeedItem] = []
    rejected: list[RejectedItem] = []
    seen: set[str] = set()
    for entry in entries:
        item = _item(entry, feed_url)
        if isinstance(item, RejectedItem):
            rejected.append(item)
        elif item.key not in seen:  # a feed listing the same GUID twice yields it once
            seen.add(item.key)
            items.append(item)
    meta = parsed.get("feed") or {}
    language: object = meta.get("language")
    return ParsedFeed(
        feed_url=feed_url,
        version=version,
        title=_text_field(meta.get("title")),
        link=_resolved_link(meta.get("link"), feed_url),
        language=(language.strip() or None) if isinstance(language, str) else None,
        encoding=encoding,
        items=tuple(items),
        rejected=tuple(rejected),
        warnings=(f"{type(bozo).__name__}: {bozo}",) if bozo is not None else (),
    )
