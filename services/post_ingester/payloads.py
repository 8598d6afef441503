"""Pure: X API v2 response payloads (search, timelines, stream lines) become Documents. No I/O.

`doc_id = x:<tweet id>`, `source = x:@<username>` (from `includes.users`; `x:uid:<author id>` when the
payload does not say), `refs.retweet_of / quote_of / reply_to = x:<referenced id>`. A retweet's text is
the full text of the retweeted post (from `includes.tweets`), since X truncates `RT @user: ...`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from schemas.models import Document, DocumentKind, DocumentRefs

# Twitter snowflake ids carry their creation time: milliseconds since this epoch, shifted 22 bits.
_SNOWFLAKE_EPOCH_MS = 1288834974657
_UNDETERMINED_LANGS = frozenset({"und", "qme", "qht", "qam", "qct", "qst", "zxx", "art"})
_REF_FIELDS = {"retweeted": "retweet_of", "quoted": "quote_of", "replied_to": "reply_to"}
# The broker refuses records above `message.max.bytes` (1 MiB by default): a larger post would make every
# publish fail and the target's poll retry for ever, so it is rejected (dead-lettered) instead.
MAX_DOCUMENT_BYTES = 1_000_000


class XPayloadError(Exception):
    """An X API payload (or one post in it) that cannot be read; `reason` goes to the DLQ."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class RejectedPost:
    reason: str
    raw: bytes


@dataclass(frozen=True)
class PostBatch:
    """The readable posts of one payload and the ones that were not."""

    documents: tuple[Document, ...]
    rejected: tuple[RejectedPost, ...]
    newest_id: str | None
    next_token: str | None


def _is_id(value: str) -> bool:
    return value.isascii() and value.isdigit() and 0 < len(value) <= 20


def _tweet_id(value: object, what: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return str(value)
    if isinstance(value, str) and _is_id(value):
        return value
    raise XPayloadError(f"{what} is not a post id: {str(value)[:40]!r}")


def _created_at(tweet: Mapping[str, Any], tweet_id: str) -> datetime:
    value = tweet.get("created_at")
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    try:
        return datetime.fromtimestamp(((int(tweet_id) >> 22) + _SNOWFLAKE_EPOCH_MS) / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise XPayloadError("post has no usable created_at") from exc


def _index(items: object, key: str) -> dict[str, Mapping[str, Any]]:
    if not isinstance(items, list):
        return {}
    index: dict[str, Mapping[str, Any]] = {}
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get(key), str | int):
            index[str(item[key])] = item
    return index


def _text(tweet: Mapping[str, Any]) -> str:
    note = tweet.get("note_tweet")
    if isinstance(note, Mapping) and isinstance(note.get("text"), str):
        return str(note["text"])  # long posts: `text` is truncated, the full one is here
    text = tweet.get("text")
    if not isinstance(text, str):
        raise XPayloadError("post has no text")
    return text


def tweet_to_document(
    tweet: Mapping[str, Any],
    users: Mapping[str, Mapping[str, Any]],
    tweets: Mapping[str, Mapping[str, Any]],
    *,
    fetched_at: datetime | None = None,
) -> Document:
    """One post (with the `includes` indexes by id) as a Document; raises XPayloadError."""
    if not isinstance(tweet, Mapping):
        raise XPayloadError("post is not an object")
    tweet_id = _tweet_id(tweet.get("id"), "id")
    text = _text(tweet)
    author_id = tweet.get("author_id")
    author = users.get(str(author_id)) if isinstance(author_id, str | int) else None
    username = author.get("username") if author is not None else None
    if isinstance(username, str) and username:
        source = f"x:@{username}"
    elif isinstance(author_id, str | int):
        source = f"x:uid:{author_id}"
    else:
        source = "x:unknown"
    refs: dict[str, str] = {}
    referenced = tweet.get("referenced_tweets") or []
    if not isinstance(referenced, list):
        raise XPayloadError("referenced_tweets is not a list")
    for ref in referenced:
        if not isinstance(ref, Mapping):
            raise XPayloadError("referenced_tweets entry is not an object")
        field = _REF_FIELDS.get(str(ref.get("type")))
        if field is None:
            continue
        ref_id = _tweet_id(ref.get("id"), "referenced post id")
        refs[field] = f"x:{ref_id}"
        if field == "retweet_of" and ref_id in tweets:
            original = tweets[ref_id]
            original_author = users.get(str(original.get("author_id")), {}).get("username")
            try:
                full = _text(original)
            except XPayloadError:
                continue
            text = f"RT @{original_author}: {full}" if isinstance(original_author, str) else full
    lang = tweet.get("lang")
    handle = username if isinstance(username, str) and username else "i/web"
    try:
        document = Document(
            doc_id=f"x:{tweet_id}",
            kind=DocumentKind.post,
            source=source[:512],
            url=f"https://x.com/{handle}/status/{tweet_id}",
            title="",
            text=text,
            lang=lang if isinstance(lang, str) and lang and lang not in _UNDETERMINED_LANGS else None,
            published_at=_created_at(tweet, tweet_id),
            fetched_at=fetched_at,
            author=username if isinstance(username, str) and username else None,
            refs=DocumentRefs(**refs),
            raw_ref=f"x:{tweet_id}",
        )
    except ValidationError as exc:
        raise XPayloadError(f"post {tweet_id} does not fit a Document: {exc.error_count()} errors") from exc
    size = len(document.model_dump_json().encode())
    if size > MAX_DOCUMENT_BYTES:
        raise XPayloadError(f"post {tweet_id} makes a {size}-byte document, more than {MAX_DOCUMENT_BYTES}")
    return document


def parse_post_batch(payload: object, *, fetched_at: datetime | None = None) -> PostBatch:
    """Readable posts of a search/timeline page or a stream line; unreadable posts are returned apart.

    Raises XPayloadError only when the envelope itself is unusable (not an object, `data` of the wrong type).
    """
    if not isinstance(payload, Mapping):
        raise XPayloadError("payload is not a JSON object")
    data = payload.get("data")
    if data is None:
        posts: list[object] = []
    elif isinstance(data, Mapping):
        posts = [data]  # a stream line carries one post
    elif isinstance(data, list):
        posts = list(data)
    else:
        raise XPayloadError("`data` is neither an object nor a list")
    includes = payload.get("includes")
    includes = includes if isinstance(includes, Mapping) else {}
    users = _index(includes.get("users"), "id")
    tweets = _index(includes.get("tweets"), "id")
    documents: list[Document] = []
    rejected: list[RejectedPost] = []
    for post in posts:
        try:
            if not isinstance(post, Mapping):
                raise XPayloadError("post is not an object")
            documents.append(tweet_to_document(post, users, tweets, fetched_at=fetched_at))
        except XPayloadError as exc:
            raw = json.dumps(post, ensure_ascii=False, default=str).encode("utf-8", "replace")
            rejected.append(RejectedPost(exc.reason, raw))
    meta = payload.get("meta")
    meta = meta if isinstance(meta, Mapping) else {}
    newest = meta.get("newest_id")
    newest_id = str(newest) if isinstance(newest, str | int) and _is_id(str(newest)) else None
    ids = [int(d.doc_id[2:]) for d in documents]
    if ids and (newest_id is None or max(ids) > int(newest_id)):
        newest_id = str(max(ids))
    next_token = meta.get("next_token")
    return PostBatch(
        documents=tuple(documents),
        rejected=tuple(rejected),
        newest_id=newest_id,
        next_token=next_token if isinstance(next_token, str) and next_token else None,
    )


def tweets_to_documents(payload: object, *, fetched_at: datetime | None = None) -> list[Document]:
    """All posts of a payload as Documents; raises XPayloadError if the payload or any post is malformed."""
    batch = parse_post_batch(payload, fetched_at=fetched_at)
    if batch.rejected:
        raise XPayloadError(batch.rejected[0].reason)
    return list(batch.documents)
