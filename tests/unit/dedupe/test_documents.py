"""Document dedupe: fingerprints, the syndication transformations, retweets and quote posts."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import Document, DocumentKind, DocumentRefs, TextFingerprint
from services.common.text_fingerprint import fingerprint, normalise_tokens
from services.deduper.documents import (
    DuplicateDecision,
    IndexedDocument,
    _from_counts,
    _slot_counts,
    decide,
    lsh_bands,
    similarity,
)
from services.offline.pipeline import dedupe_documents
from tests.unit.dedupe.corpus import STORIES, build_corpus
from tests.unit.reconcile.builders import T0, hours

STORY = "\n\n".join(STORIES[0].paragraphs)


def indexed(doc_id: str, text: str, at: float = 0, **refs: str) -> IndexedDocument:
    doc = Document(doc_id=doc_id, text=text, published_at=T0 + hours(at), refs=DocumentRefs(**refs),
                   kind=DocumentKind.post if doc_id.startswith("x:") else DocumentKind.article)
    return IndexedDocument.from_document(doc)


ORIGINAL = indexed("web:orig", STORY)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("exact", STORY),
        ("dateline", "KYIV, Ukraine (AP) — " + STORY),
        ("colon dateline", "MOSCOW: " + STORY),
        ("dash dateline", "KYIV – " + STORY),
        ("trimmed", "\n\n".join(STORIES[0].paragraphs[:3])),
        ("headings", STORY.replace("\n\nA Ukrainian", "\n\nWhat we know\n\nA Ukrainian")),
        ("read more", STORY + "\n\nRead more:\nRussia steps up drone attacks on Kyiv\nWhy Toretsk matters"),
        ("rewrapped", "\n".join(textwrap.fill(p, 66) for p in STORIES[0].paragraphs)),
        ("uk spelling", STORY.replace("Defense", "Defence").replace("armor", "armour")),
        ("reworded lead", STORIES[0].alt_lead + STORY[STORY.index(". ") + 1 :]),
        ("byline and caption", "By Staff Reporter\n\n" + STORY.replace("\n\nThe town", "\n\nPhoto: AFP\n\nThe town")),
    ],
)
def test_syndicated_copies_are_duplicates(name: str, text: str) -> None:
    decision = decide(indexed("web:copy", text, at=1), [ORIGINAL])
    assert decision.duplicate_of == "web:orig", name


def test_other_stories_are_not_duplicates() -> None:
    for story in STORIES[1:]:
        assert decide(indexed("web:x", "\n\n".join(story.paragraphs), 1), [ORIGINAL]).duplicate_of is None


def test_a_story_quoting_the_wire_is_its_own_report() -> None:
    own = ("Our correspondent spent the week in Kostiantynivka, where residents spoke of constant shelling. "
           "Volunteers deliver water twice a week. Prices have doubled since the autumn. ") * 2
    quoting = own + "\n\n" + "\n\n".join(STORIES[0].paragraphs[1:3]) + "\n\n" + own[::-1]
    assert decide(indexed("web:blog", quoting, 1), [ORIGINAL]).duplicate_of is None


def test_retweet_is_a_duplicate_of_the_original_tweet() -> None:
    decision = decide(indexed("x:2", "RT @DeepStateUA: Toretsk map update", 1, retweet_of="1"), [])
    assert decision.duplicate_of == "x:1" and decision.similarity == 1.0


def test_quote_post_is_never_a_duplicate() -> None:
    tweet = indexed("x:1", STORY)
    assert decide(indexed("x:3", STORY, 1, quote_of="1"), [tweet]).duplicate_of is None


def test_earliest_match_is_the_original_and_copies_point_to_it() -> None:
    results = list(dedupe_documents([
        Document(doc_id="web:c2", text="MOSCOW: " + STORY, published_at=T0 + hours(2)),
        Document(doc_id="web:c1", text=STORY + "\n\nRelated: more news", published_at=T0 + hours(1)),
        Document(doc_id="web:o", text=STORY, published_at=T0),
    ]))
    assert [(r.doc_id, r.duplicate_of) for r in results] == [("web:o", None), ("web:c1", "web:o"), ("web:c2", "web:o")]


def test_an_exact_copy_takes_the_decision_of_its_earliest_text() -> None:
    # the MOSCOW copy matches the original; a later story with the copy's exact text goes with the copy's root
    # even when the original itself is not among its candidates, and before any near match of its own
    near = indexed("web:near", STORIES[0].alt_lead + STORY[STORY.index(". ") + 1 :], at=0.5)
    assert decide(indexed("web:probe", STORY, at=2), [near]).duplicate_of == "web:near"  # a near match
    copy = replace(indexed("web:copy", "MOSCOW: " + STORY, at=1), duplicate_of="web:orig")
    again = indexed("web:again", "MOSCOW: " + STORY, at=2)
    assert decide(again, [near, copy]) == DuplicateDecision("web:orig", 1.0)
    # an original exact text: its copies point at it, not at an earlier near match of theirs
    first = indexed("web:first", "KYIV: " + STORY, at=1)
    assert decide(indexed("web:second", "KYIV: " + STORY, at=2), [near, first]) == DuplicateDecision("web:first", 1.0)
    # texts without shingles are never copies of each other, however equal
    empty = indexed("web:e1", "", at=1)
    assert decide(indexed("web:e2", "", at=2), [empty]).duplicate_of is None


def test_lsh_bands_are_bigints_and_shared_by_near_copies() -> None:
    a = lsh_bands(ORIGINAL.fingerprint.minhash)
    b = lsh_bands(fingerprint("", "MOSCOW: " + STORY).minhash)
    assert len(a) == 64 and all(-(2**63) <= k < 2**63 for k in a)
    assert set(a) & set(b)


def test_containment_of_a_trimmed_copy() -> None:
    trimmed = fingerprint("", "\n\n".join(STORIES[0].paragraphs[:3]))
    jaccard, containment = similarity(trimmed, ORIGINAL.fingerprint)
    assert containment > 0.8 and jaccard < containment


def test_fingerprint_is_stable_across_processes() -> None:
    code = "from services.common.text_fingerprint import fingerprint; print(fingerprint('', 'Toretsk fell. ' * 9))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            for _ in range(2)}
    assert len(runs) == 1 and str(fingerprint("", "Toretsk fell. " * 9)) + "\n" in runs


def test_normalisation_strips_what_syndication_adds() -> None:
    tokens = normalise_tokens("", "KYIV, Ukraine (AP) — The armoured centre held.\n\nRead more:\nOther story")
    assert tokens == normalise_tokens("", "The armored center held.")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=400))
def test_fingerprint_never_fails_and_is_deterministic(text: str) -> None:
    assert fingerprint("t", text) == fingerprint("t", text)


def test_precision_and_recall_on_generated_syndication() -> None:
    from scripts.eval_dedupe import evaluate

    precision, recall, _ = evaluate(build_corpus(seed=11, copies=6, negatives=6))
    assert precision >= 0.95 and recall >= 0.9


def _bands_one_by_one(minhash: list[int]) -> list[int]:
    """The band keys one band at a time, in Python integers: splitmix64's finaliser over the band's number,
    then over each row mixed in."""
    mask = 2**64 - 1

    def mixed(z: int) -> int:
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        return z ^ (z >> 31)

    keys = []
    for band in range(len(minhash) // 2):
        key = mixed(band + 1)
        for value in minhash[band * 2 : band * 2 + 2]:
            key = mixed(key ^ value)
        keys.append(key - 2**64 if key >= 2**63 else key)
    return keys


def test_band_keys_equal_their_definition() -> None:
    for text in (STORY, "MOSCOW: " + STORY, "short text here"):
        minhash = fingerprint("", text).minhash
        assert lsh_bands(minhash) == _bands_one_by_one(minhash)
    assert lsh_bands([]) == [] and lsh_bands([7]) == []
    assert lsh_bands([1, 2, 3, 4, 5]) == _bands_one_by_one([1, 2, 3, 4, 5])
    long = list(range(300))  # wider than the usual 128: every band still gets a key of its own
    assert lsh_bands(long) == _bands_one_by_one(long) and len(set(lsh_bands(long))) == 150
    # equal rows in different bands give different keys
    assert len(set(lsh_bands([9, 9] * 64))) == 64


def _fp(minhash: list[int], shingles: int, text_hash: str) -> TextFingerprint:
    return TextFingerprint(text_hash=text_hash, minhash=minhash, shingles=shingles)


@settings(max_examples=200, deadline=None)
@given(
    base=st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=12),
    others=st.lists(
        st.tuples(st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=12), st.integers(0, 400)), max_size=6
    ),
    shingles=st.integers(0, 400),
)
def test_batched_slot_counts_give_the_pairwise_similarities(
    base: list[int], others: list[tuple[list[int], int]], shingles: int
) -> None:
    """`decide` compares a document with all its candidates at once: each estimate must be the pairwise one."""
    doc = IndexedDocument("web:new", "s", T0, _fp(base, shingles, "new"))
    # half the candidates share a prefix of the signature, so equal slots occur
    cands = [IndexedDocument(f"web:{i}", "s", T0, _fp(m if i % 2 else base[: len(m)] + m[len(base):], s, f"h{i}"))
             for i, (m, s) in enumerate(others)]
    counts = _slot_counts(doc, cands)
    for cand, count in zip(cands, counts, strict=True):
        expected = similarity(doc.fingerprint, cand.fingerprint)
        got = (0.0, 0.0) if count is None else _from_counts(count, len(base), doc.fingerprint, cand.fingerprint)
        assert got == expected
