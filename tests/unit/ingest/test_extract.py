"""extract_main_text drops boilerplate; detect_language is deterministic."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from services.article_ingester.extract import detect_language, extract_main_text
from tests.fakes.news_site import BOILERPLATE_TEMPLATE, CYRILLIC_ITEMS, DEFAULT_ARTICLES

BOILERPLATE_PHRASES = [
    "Europe",  # navigation
    "cookie",  # cookie banner
    "Related stories",
    "Celebrity chef",  # related-story list
    "newsletter",
    "Subscribe",
    "All rights reserved",  # footer
    "Privacy policy",
    "tracking script",
]


def _page(title: str, paragraphs: list[str]) -> str:
    return BOILERPLATE_TEMPLATE.format(
        title=title,
        canonical="https://news.example/articles/x",
        published="2025-02-07T09:00:00+00:00",
        paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs),
    )


def test_main_text_without_boilerplate() -> None:
    article = DEFAULT_ARTICLES[0]
    extracted = extract_main_text(
        _page(article.title, article.paragraphs).encode(), "https://news.example/a?utm_source=x"
    )
    assert extracted is not None
    for paragraph in article.paragraphs:
        assert paragraph.replace("'", "'") in extracted.text or paragraph in extracted.text
    for phrase in BOILERPLATE_PHRASES:
        assert phrase.lower() not in extracted.text.lower(), phrase
    assert not extracted.text.startswith(article.title)
    assert extracted.title == article.title
    assert extracted.canonical_url == "https://news.example/articles/x"
    assert (
        extracted.published_at is not None and extracted.published_at.date() == datetime(2025, 2, 7, tzinfo=UTC).date()
    )


def test_cyrillic_page() -> None:
    _, title, text = CYRILLIC_ITEMS[0]
    extracted = extract_main_text(_page(title, [text, text + " Ещё один абзац о ситуации."]), None)
    assert extracted is not None and "Дзержинск" in extracted.text
    assert detect_language(extracted.text) == "ru"


def test_no_text_gives_none() -> None:
    assert extract_main_text(b"", None) is None
    assert extract_main_text(bytes(range(256)) * 10, None) is None


def test_detect_language() -> None:
    assert detect_language(DEFAULT_ARTICLES[0].paragraphs[0]) == "en"
    assert detect_language("Українські військові продовжують утримувати позиції в західній частині міста.") == "uk"
    assert detect_language("ok") is None
    assert detect_language("12345 67890 !!! ??? ...") is None


def test_detect_language_is_deterministic() -> None:
    text = "Toretsk Dzerzhinsk Donetsk front line update 28th brigade"
    assert len({detect_language(text) for _ in range(20)}) == 1


@settings(max_examples=50, deadline=None)
@given(html=st.one_of(st.binary(max_size=2000), st.text(max_size=2000)))
def test_extract_never_crashes(html: bytes | str) -> None:
    result = extract_main_text(html, "https://news.example/x")
    assert result is None or result.text
