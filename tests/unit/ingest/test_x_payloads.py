"""tweets_to_documents / parse_post_batch: ids, sources, refs, times; malformed payloads are typed errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import DocumentKind
from services.post_ingester.payloads import XPayloadError, parse_post_batch, tweets_to_documents
from tests.fakes.x_api import BASE_ID, DEFAULT_TWEETS, USERS


def _payload(tweets: list[dict[str, Any]], *, with_includes: bool = True) -> dict[str, Any]:
    by_id = {t["id"]: t for t in DEFAULT_TWEETS}
    referenced = [by_id[r["id"]] for t in tweets for r in t.get("referenced_tweets", []) if r["id"] in by_id]
    body: dict[str, Any] = {"data": tweets, "meta": {"result_count": len(tweets)}}
    if with_includes:
        body["includes"] = {"users": list(USERS.values()), "tweets": referenced}
    return body


def test_documents_from_a_search_page() -> None:
    docs = {d.doc_id: d for d in tweets_to_documents(_payload(DEFAULT_TWEETS))}
    assert set(docs) == {f"x:{BASE_ID + i}" for i in range(1, 6)}
    first = docs[f"x:{BASE_ID + 1}"]
    assert first.source == "x:@DeepStateUA" and first.author == "DeepStateUA"
    assert first.kind is DocumentKind.post and first.lang == "en"
    assert first.published_at == datetime(2025, 2, 7, 12, 1, tzinfo=UTC)
    assert first.url == f"https://x.com/DeepStateUA/status/{BASE_ID + 1}"
    quote = docs[f"x:{BASE_ID + 3}"]
    assert quote.refs.quote_of == f"x:{BASE_ID + 2}" and quote.refs.retweet_of is None
    retweet = docs[f"x:{BASE_ID + 4}"]
    assert retweet.refs.retweet_of == f"x:{BASE_ID + 1}"
    assert retweet.text.startswith("RT @DeepStateUA: ") and retweet.text.endswith("positions inside the town.")
    reply = docs[f"x:{BASE_ID + 5}"]
    assert reply.refs.reply_to == f"x:{BASE_ID + 3}"


def test_missing_includes_still_gives_documents() -> None:
    docs = tweets_to_documents(_payload(DEFAULT_TWEETS[:1], with_includes=False))
    assert docs[0].source == "x:uid:1001" and docs[0].author is None
    assert docs[0].url == f"https://x.com/i/web/status/{BASE_ID + 1}"


def test_stream_line_with_one_post() -> None:
    line = {"data": DEFAULT_TWEETS[1], "includes": {"users": [USERS["1003"]]}, "matching_rules": [{"id": "1"}]}
    (doc,) = tweets_to_documents(line)
    assert doc.source == "x:@mod_russia_en" and "Dzerzhinsk" in doc.text


def test_created_at_falls_back_to_the_snowflake_time() -> None:
    tweet = {"id": "1887000000000000001", "text": "no date", "author_id": "1001"}
    (doc,) = tweets_to_documents({"data": [tweet]})
    assert doc.published_at.year == 2025 and doc.published_at.tzinfo is not None


def test_long_posts_use_note_tweet_text() -> None:
    tweet = {"id": "5", "text": "short…", "note_tweet": {"text": "the whole long post"}, "lang": "und"}
    (doc,) = tweets_to_documents({"data": [tweet]})
    assert doc.text == "the whole long post" and doc.lang is None


def test_empty_page() -> None:
    assert tweets_to_documents({"meta": {"result_count": 0}}) == []


@pytest.mark.parametrize(
    "payload",
    [
        None,
        [],
        "data",
        {"data": "nope"},
        {"data": [{"text": "no id"}]},
        {"data": [{"id": "12a", "text": "bad id"}]},
        {"data": [{"id": "1"}]},
        {"data": [{"id": "1", "text": "x", "referenced_tweets": "nope"}]},
        {"data": [{"id": "1", "text": "x", "referenced_tweets": [{"type": "quoted", "id": "zz"}]}]},
        {"data": [17]},
    ],
)
def test_malformed_payloads_raise_typed_errors(payload: object) -> None:
    with pytest.raises(XPayloadError):
        tweets_to_documents(payload)


def test_batch_keeps_good_posts_and_rejects_bad_ones() -> None:
    payload = {
        "data": [DEFAULT_TWEETS[0], {"id": "x"}, DEFAULT_TWEETS[1]],
        "meta": {"newest_id": "1", "next_token": "t"},
    }
    batch = parse_post_batch(payload)
    assert [d.doc_id for d in batch.documents] == [f"x:{BASE_ID + 1}", f"x:{BASE_ID + 2}"]
    assert len(batch.rejected) == 1 and json.loads(batch.rejected[0].raw) == {"id": "x"}
    assert batch.newest_id == str(BASE_ID + 2) and batch.next_token == "t"


def test_deterministic() -> None:
    payload = _payload(DEFAULT_TWEETS)
    assert tweets_to_documents(payload) == tweets_to_documents(json.loads(json.dumps(payload)))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
_tweetish = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.from_regex(r"[0-9]{1,20}", fullmatch=True), _json),
        "text": st.one_of(st.text(max_size=50), _json),
        "author_id": st.one_of(st.sampled_from(list(USERS)), _json),
        "created_at": st.one_of(st.sampled_from(["2025-02-07T12:00:00.000Z", "garbage", ""]), _json),
        "lang": _json,
        "referenced_tweets": st.one_of(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "type": st.sampled_from(["quoted", "retweeted", "replied_to", "x"]),
                        "id": st.one_of(st.from_regex(r"[0-9]{1,19}", fullmatch=True), _json),
                    }
                )
            ),
            _json,
        ),
        "note_tweet": _json,
    },
)


@settings(max_examples=300, deadline=None)
@given(
    payload=st.one_of(
        _json,
        st.fixed_dictionaries(
            {"data": st.one_of(st.lists(_tweetish, max_size=5), _tweetish, _json)},
            optional={
                "includes": st.one_of(_json, st.fixed_dictionaries({"users": _json, "tweets": _json})),
                "meta": _json,
            },
        ),
    )
)
def test_payload_parsing_never_crashes(payload: object) -> None:
    try:
        batch = parse_post_batch(payload)
    except XPayloadError:
        return
    for doc in batch.documents:
        assert doc.doc_id.startswith("x:") and doc.doc_id[2:].isdigit()
        assert doc.source.startswith("x:")


def test_a_post_too_large_for_the_broker_is_rejected_not_published() -> None:
    # a 2 MB post would make a record the broker refuses: publishing would fail at every poll for ever
    huge = {"id": str(BASE_ID + 90), "text": "x" * (2 * 1024 * 1024), "author_id": "1001"}
    small = {"id": str(BASE_ID + 91), "text": "Fighting continues in Toretsk.", "author_id": "1001"}
    batch = parse_post_batch({"data": [huge, small]})
    assert [d.doc_id for d in batch.documents] == [f"x:{BASE_ID + 91}"]
    (rejected,) = batch.rejected
    assert "byte document" in rejected.reason and str(BASE_ID + 90) in rejected.reason
