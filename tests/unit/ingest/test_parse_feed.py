"""parse_feed: RSS 0.9x/1.0/2.0 and Atom, charsets, UTC times, and a corpus of malformed feeds."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.article_ingester.feeds import FeedError, ParsedFeed, decode_feed_bytes, html_to_text, parse_feed
from tests.fakes.news_site import NewsSite

CORPUS = Path(__file__).resolve().parents[2] / "data" / "feeds"
FEED_URL = "http://news.example/feed"


def _site() -> NewsSite:
    site = NewsSite()
    site.base_url = "http://news.example"
    return site


def _check_common(feed: ParsedFeed) -> None:
    assert [item.title for item in feed.items] == [
        "Russia claims capture of Toretsk",
        "Fighting intensifies on the approaches to Pokrovsk",
        "Kursk incursion enters its sixth month",
    ]
    first = feed.items[0]
    assert first.link is not None and "utm_source" in first.link
    assert first.canonical_link == "http://news.example/articles/toretsk-claim"
    assert first.published_at == datetime(2025, 2, 7, 9, 0, tzinfo=UTC)
    assert first.published_at is not None and first.published_at.tzinfo is UTC
    assert "captured the coal mining town of Toretsk" in (first.summary or first.content)


def test_rss2() -> None:
    feed = parse_feed(_site().rss2_body(), "application/rss+xml; charset=utf-8", FEED_URL)
    assert feed.version == "rss20"
    assert feed.language == "en-gb"
    _check_common(feed)
    assert feed.items[0].key == "urn:example:toretsk-claim"  # the GUID
    assert feed.items[2].key == "http://news.example/articles/kursk-update"  # no GUID: canonical link
    assert "<p>" not in feed.items[0].summary


def test_atom() -> None:
    feed = parse_feed(_site().atom_body(), "application/atom+xml", FEED_URL)
    assert feed.version == "atom10"
    _check_common(feed)
    assert feed.items[0].author == "Example Staff"


def test_rss1() -> None:
    feed = parse_feed(_site().rss1_body(), "application/rdf+xml", FEED_URL)
    assert feed.version == "rss10"
    _check_common(feed)


def test_cp1251_declared_in_header_and_xml() -> None:
    body = _site().cp1251_body()
    feed = parse_feed(body, "application/rss+xml; charset=windows-1251", FEED_URL)
    assert feed.title == "Новости: специальная военная операция"
    assert feed.items[0].title == "Минобороны России заявило об освобождении Дзержинска"
    assert "Дзержинск" in feed.items[0].summary
    assert feed.items[0].published_at == datetime(2025, 2, 7, 9, 0, tzinfo=UTC)  # 12:00 +03:00
    # The XML declaration alone is enough, too.
    assert parse_feed(body, None, FEED_URL).items[0].title == feed.items[0].title


def test_wrong_declared_encoding_still_reads_cyrillic() -> None:
    feed = parse_feed((CORPUS / "wrong_declared_encoding.xml").read_bytes(), "text/xml; charset=utf-8", FEED_URL)
    assert feed.items[0].title == "Бои за Торецк продолжаются"
    assert feed.encoding == "cp1251"


def test_decode_prefers_valid_utf8_over_a_wrong_declaration() -> None:
    body = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Київ</title></channel></rss>'.encode()
    text, encoding = decode_feed_bytes(body, None)
    assert encoding == "utf-8" and "Київ" in text


def test_published_offsets_normalised_to_utc() -> None:
    feed = parse_feed((CORPUS / "bad_dates.xml").read_bytes(), None, FEED_URL)
    by_key = {item.key: item for item in feed.items}
    assert by_key["d-1"].published_at is None
    assert by_key["d-2"].published_at is None
    assert by_key["d-3"].published_at == datetime(2025, 2, 8, 4, 30, tzinfo=UTC)


def test_relative_links_resolved_and_guids_kept_verbatim() -> None:
    feed = parse_feed((CORPUS / "atom_relative_links.xml").read_bytes(), None, FEED_URL)
    assert feed.items[0].link == "https://example.org/news/story/42?utm_source=atom"
    assert feed.items[0].canonical_link == "https://example.org/news/story/42"
    assert feed.items[0].key == "urn:rel:42"


def test_duplicate_guids_yield_one_item() -> None:
    body = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><title>a</title><guid>same</guid></item><item><title>b</title><guid>same</guid></item>"
        b"</channel></rss>"
    )
    assert [i.title for i in parse_feed(body, None, FEED_URL).items] == ["a"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.xml", "empty body"),
        ("whitespace.xml", "empty body"),
        ("html_as_rss.xml", "not an RSS or Atom feed"),
        ("binary_junk.bin", "not an RSS or Atom feed"),
        ("json.xml", "not an RSS or Atom feed"),
        ("truncated_before_items.xml", "malformed XML"),
    ],
)
def test_corpus_garbage_raises_feed_error(name: str, reason: str) -> None:
    with pytest.raises(FeedError) as caught:
        parse_feed((CORPUS / name).read_bytes(), "application/rss+xml", FEED_URL)
    assert caught.value.reason.startswith(reason)


def test_truncated_feed_keeps_complete_items_and_rejects_the_broken_one() -> None:
    feed = parse_feed((CORPUS / "truncated.xml").read_bytes(), None, FEED_URL)
    assert [item.key for item in feed.items] == ["g-1"]
    assert [r.reason for r in feed.rejected] == ["item has neither a GUID nor a usable link"]
    assert feed.warnings and "SAXParseException" in feed.warnings[0]


def test_entities_are_not_expanded() -> None:
    for name in ("billion_laughs.xml", "external_entity.xml"):
        feed = parse_feed((CORPUS / name).read_bytes(), None, FEED_URL)
        assert all("root:" not in item.title and len(item.title) < 100 for item in feed.items)


def test_nul_bytes_removed() -> None:
    feed = parse_feed((CORPUS / "nul_bytes.xml").read_bytes(), None, FEED_URL)
    assert feed.items[0].title == "ab" and "\x00" not in feed.title


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_every_corpus_file_parses_or_raises_feed_error(path: Path) -> None:
    try:
        feed = parse_feed(path.read_bytes(), "application/rss+xml", FEED_URL)
    except FeedError as exc:
        assert exc.reason
    else:
        for item in feed.items:
            assert item.key
            assert item.published_at is None or item.published_at.tzinfo is UTC


def test_oversized_body_refused_before_parsing() -> None:
    body = b"<rss>" + b" " * (50 * 1024 * 1024)
    with pytest.raises(FeedError, match="larger than"):
        parse_feed(body, None, FEED_URL)


def test_html_to_text() -> None:
    text = html_to_text("<p>One &amp; two</p><script>evil()</script><p>Three<br>four</p>")
    assert text == "One & two\n\nThree\n\nfour"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=3000), content_type=st.one_of(st.none(), st.text(max_size=40)))
def test_parse_feed_never_crashes_on_arbitrary_bytes(body: bytes, content_type: str | None) -> None:
    with contextlib.suppress(FeedError):
        parse_feed(body, content_type, FEED_URL)


_xmlish = st.lists(
    st.sampled_from(
        [
            '<rss version="2.0">',
            "<channel>",
            "<item>",
            "</item>",
            "<title>",
            "</title>",
            "<guid>",
            "</guid>",
            "<link>",
            "</link>",
            "http://a.example/x?utm_source=1",
            "Торецк",
            "&amp;",
            "&bogus;",
            "<![CDATA[",
            "]]>",
            "<pubDate>",
            "Fri, 07 Feb 2025 12:00:00 +0300",
            "</pubDate>",
            '<feed xmlns="http://www.w3.org/2005/Atom">',
            "<entry>",
            "</entry>",
            "<id>",
            "</id>",
            "\x00",
            "\ufffd",
            "<",
        ]
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(parts=_xmlish, encoding=st.sampled_from(["utf-8", "cp1251", "utf-16"]))
def test_parse_feed_never_crashes_on_feedlike_text(parts: list[str], encoding: str) -> None:
    body = "".join(parts).encode(encoding, errors="replace")
    try:
        feed = parse_feed(body, None, FEED_URL)
    except FeedError:
        return
    for item in feed.items:
        assert item.key
