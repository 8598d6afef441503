"""Pure article-page work: main text without boilerplate (trafilatura) and language detection (langdetect)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

import trafilatura
from langdetect import DetectorFactory, detect
from langdetect.lang_detect_exception import LangDetectException

log = logging.getLogger(__name__)

# langdetect is randomised; a fixed seed makes the same text always get the same language.
DetectorFactory.seed = 0

MIN_LANGUAGE_CHARS = 20
MAX_HTML_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ArticleText:
    """What an article page says, navigation, banners, related lists, newsletter boxes and footers removed."""

    text: str
    title: str | None
    author: str | None
    published_at: datetime | None
    canonical_url: str | None


def _page_date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def extract_main_text(html: bytes | str, url: str | None) -> ArticleText | None:
    """The main text of an article page, or None when the page has none (or cannot be parsed)."""
    if not html or len(html) > MAX_HTML_BYTES:
        return None
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            deduplicate=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception as exc:  # trafilatura/lxml raise many types on hostile markup; a page is never fatal
        log.warning("article extraction failed", extra={"url": url, "error": type(exc).__name__})
        return None
    if extracted is None:
        return None
    text = str(getattr(extracted, "text", None) or "").strip()
    if not text:
        return None
    title = getattr(extracted, "title", None)
    title = title.strip() if isinstance(title, str) and title.strip() else None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :].lstrip()  # trafilatura repeats the headline as the first line
    author = getattr(extracted, "author", None)
    page_url = getattr(extracted, "url", None)
    return ArticleText(
        text=text,
        title=title,
        author=author.strip() if isinstance(author, str) and author.strip() else None,
        published_at=_page_date(getattr(extracted, "date", None)),
        canonical_url=page_url if isinstance(page_url, str) and page_url.startswith(("http://", "https://")) else None,
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (deterministic), or None for too little text."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_LANGUAGE_CHARS:
        return None
    try:
        return str(detect(sample))
    except LangDetectException:
        return None
