"""The benchmark workload is deterministic and as mixed as the brief says: outlets, languages, syndicated
copies, relays and X posts, over real gazetteer places."""

from __future__ import annotations

import hashlib
from collections import Counter

from schemas.models import DocumentKind
from scripts.workload import FRONT_LINE, UNKNOWN_VILLAGES, Workload, documents, front_line_places

DOCS = documents(2000, seed=11)


def test_same_seed_same_documents_byte_for_byte() -> None:
    again = documents(2000, seed=11)
    assert [d.model_dump_json() for d in again] == [d.model_dump_json() for d in DOCS]
    assert [d.doc_id for d in documents(50, seed=12)] != [d.doc_id for d in DOCS[:50]]


def test_doc_ids_are_unique_and_follow_the_contract() -> None:
    assert len({d.doc_id for d in DOCS}) == len(DOCS)
    for doc in DOCS:
        if doc.kind is DocumentKind.post:
            assert doc.doc_id.startswith("x:") and doc.doc_id[2:].isdigit()
            assert doc.source.startswith("x:@")
        else:
            assert doc.url is not None
            assert doc.doc_id == "web:" + hashlib.sha256(doc.url.encode()).hexdigest()


def test_the_mix_has_every_kind_of_document() -> None:
    kinds = Counter((d.kind.value, d.lang) for d in DOCS)
    assert {("article", "en"), ("article", "ru"), ("article", "uk"), ("post", "en"), ("post", "uk")} <= kinds.keys()
    assert kinds[("article", "en")] > len(DOCS) // 3
    assert len({d.source for d in DOCS if d.kind is DocumentKind.article}) >= 15
    assert len({d.source for d in DOCS if d.kind is DocumentKind.post}) == 7


def test_copies_and_retweets_point_at_earlier_documents() -> None:
    by_url = {d.url: d for d in DOCS}
    by_tweet = {d.doc_id.removeprefix("x:"): d for d in DOCS if d.kind is DocumentKind.post}
    copies = [d for d in DOCS if d.refs.syndicated_from]
    retweets = [d for d in DOCS if d.refs.retweet_of]
    assert len(copies) > 300 and len(retweets) > 50
    for copy in copies:
        original = by_url[copy.refs.syndicated_from]
        assert copy.source != original.source
        assert copy.title == original.title and original.text in copy.text
        assert copy.published_at >= original.published_at
    for retweet in retweets:
        original = by_tweet[retweet.refs.retweet_of or ""]
        assert retweet.text == f"RT {original.source.removeprefix('x:')}: {original.text}"


def test_publication_times_never_go_back() -> None:
    times = [d.published_at for d in DOCS]
    assert times == sorted(times)


def test_places_are_front_line_gazetteer_places_plus_some_unknown_villages() -> None:
    places = front_line_places()
    assert len(places) > 500
    assert len({p.latin.lower() for p in places}) == len(places)
    names = [name for p in places for name in (p.latin, p.cyrillic)]
    # every document names at least one place the gazetteer knows
    mentioning = sum(1 for d in DOCS if any(name in d.text for name in names))
    assert mentioning == len(DOCS)
    assert any(village in d.text for d in DOCS for village in UNKNOWN_VILLAGES)
    assert all(p.oblast for p in places)
    assert len(FRONT_LINE) == 9


def test_the_stream_is_endless_and_continues_where_take_stopped() -> None:
    workload = Workload(seed=11)
    first, second = workload.take(1000), workload.take(1000)
    assert [d.doc_id for d in first + second] == [d.doc_id for d in DOCS]
