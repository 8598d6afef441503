"""Pure: a feed item (plus the article page's text, when fetched) becomes a Document."""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import urlsplit

from schemas.models import Document, DocumentKind, DocumentRefs

from .extract import ArticleText, detect_language
from .feeds import FeedItem, canonical_url, doc_id_for_url

# The broker refuses records above `message.max.bytes` (1 MiB by default): a larger Document would make
# every publish fail and the feed's poll retry for ever, so such an item is dead-lettered instead.
MAX_DOCUMENT_BYTES = 1_000_000


def document_bytes(document: Document) -> int:
    """The size of the Document's record on feeds.documents."""
    return len(document.model_dump_json().encode())


def source_for(url: str) -> str:
    """Publisher name from a URL: its host, lowercased, without `www.` (e.g. `apnews.com`)."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or "unknown"


def item_doc_id(item: FeedItem, feed_url: str) -> str:
    """`web:<sha256 of the canonical link>`; an item without a link is keyed by feed and GUID instead."""
    if item.link:
        return doc_id_for_url(item.link)
    seed = f"{canonical_url(feed_url)}\n{item.guid or item.key}"
    return "web:" + hashlib.sha256(seed.encode("utf-8", "surrogatepass")).hexdigest()


def _language_tag(value: str | None) -> str | None:
    if not value:
        return None
    tag = value.strip().lower().replace("_", "-").split("-", 1)[0]
    return tag if tag.isalpha() and 2 <= len(tag) <= 3 else None


def item_to_document(
    item: FeedItem,
    *,
    feed_url: str,
    fetched_at: datetime,
    article: ArticleText | None = None,
    source: str | None = None,
    feed_language: str | None = None,
) -> Document:
    """Build the Document of one feed item; the article page's text wins unless the feed carries more.

    `published_at` falls back from the feed's date to the page's date to `fetched_at`; `lang` is
    detected from the text, else taken from the feed's declared language.
    """
    feed_text = item.content if len(item.content) >= len(item.summary) else item.summary
    text = feed_text
    if article is not None and len(article.text) * 2 >= len(feed_text):
        text = article.text
    title = item.title or (article.title if article and article.title else "")
    page_canonical: str | None = None
    if article is not None and article.canonical_url:
        try:
            page_canonical = canonical_url(article.canonical_url)
        except ValueError:
            page_canonical = None
    published = item.published_at or (article.published_at if article else None) or fetched_at
    return Document(
        doc_id=item_doc_id(item, feed_url),
        kind=DocumentKind.article,
        source=(source or source_for(item.link or feed_url))[:512],
        url=item.canonical_link or item.link,
        title=title,
        text=text,
        lang=detect_language(f"{title}\n{text}") or _language_tag(feed_language),
        published_at=published,
        fetched_at=fetched_at,
        author=item.author or (article.author if article else None),
        refs=DocumentRefs(canonical_url=page_canonical or item.canonical_link),
        raw_ref=feed_url,
    )
