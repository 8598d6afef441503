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
