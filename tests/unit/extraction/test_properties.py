"""Hypothesis properties: never crashes, deterministic, stable claim ids; plus bounded work on junk."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.normalizer.extraction import Gazetteer, extract_claims

from .conftest import doc, run

WORDS = st.sampled_from([
    "Russia", "captured", "Toretsk", "Ukrainian", "forces", "liberated", "Авдеевки", "освободили", "ворог",
    "захопив", "Вовчанську", "if", "confirmed", "denied", "the", "town", ".", ",", "«Юг»", "#Toretsk", "@x",
    "Druzhba", "village", "of", "said", "не", "once", "falls", "last", "year", "\n", "—", "DeepState",
])
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(st.text(max_size=400))
def test_never_crashes_on_arbitrary_text(gaz: Gazetteer, text: str) -> None:
    assert isinstance(run(text, gaz), list)


@_SETTINGS
@given(st.lists(WORDS, max_size=60).map(" ".join), st.lists(WORDS, max_size=8).map(" ".join))
def test_deterministic_with_stable_ids(gaz: Gazetteer, text: str, title: str) -> None:
    first = extract_claims(doc(text, title=title), gaz)
    second = extract_claims(doc(text, title=title), gaz)
    assert [c.model_dump() for c in first] == [c.model_dump() for c in second]
    assert len({c.claim_id for c in first}) == len(first)
    for c in first:
        assert c.negated == (c.modality.value == "denied")
        assert 0 <= c.span.start <= c.span.end <= len(text)


def test_binary_junk_and_huge_input(gaz: Gazetteer) -> None:
    junk = bytes(range(256)).decode("latin-1") * 50
    assert isinstance(run(junk, gaz), list)
    huge = "Russian forces captured Toretsk. " * 20000
    claims = run(huge, gaz)
    assert 0 < len(claims) <= 500


def test_empty(gaz: Gazetteer) -> None:
    assert run("", gaz) == []
    assert run("   \n\n ", gaz, title="") == []


def test_one_sentence_of_a_megabyte_is_bounded_work() -> None:
    import time
    from datetime import UTC, datetime

    from schemas.models import Document
    from services.normalizer.extraction import extract_claims
    from services.normalizer.extraction.sentences import MAX_SENTENCE_CHARS, split_sentences

    text = "Russian forces captured Toretsk and advanced near Pokrovsk while Ukraine said it holds Kupiansk " * 10_000
    spans = split_sentences(text)
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    started = time.process_time()
    claims = extract_claims(Document(doc_id="web:huge", text=text, published_at=datetime(2025, 1, 1, tzinfo=UTC)))
    assert claims  # still read, not refused
    assert time.process_time() - started < 30  # a generous bound: the quadratic version took many minutes
