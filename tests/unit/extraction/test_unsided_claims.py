"""A capture, hold, advance or withdrawal stated as fact without the side it is about is no claim: the reconciler
cannot use it, and no labelled set (about 1,600 documents) ever had one. Fights, conditions, denials and the past keep
their unknown side."""

from __future__ import annotations

from services.normalizer.extraction import Gazetteer

from .conftest import FACT, run


def tuples(text: str, gaz: Gazetteer) -> set[tuple[str, str, str, str]]:
    return {(c.place_name, c.predicate.value, c.actor.value, FACT.get(c.modality.value, c.modality.value))
            for c in run(text, gaz)}


def test_unsided_control_claims_are_dropped(gaz: Gazetteer) -> None:
    for text in ("The village of Novoselivka has fallen, a local official said.",
                 "Troops withdrew from Novoselivka.",
                 "Поселок Новоселовка оставлен, сообщил источник.",
                 "Село Новоселівка впало, повідомив місцевий чиновник."):
        assert run(text, gaz) == [], text


def test_a_side_keeps_the_claim(gaz: Gazetteer) -> None:
    assert tuples("Ukrainian troops withdrew from Novoselivka.", gaz) == {
        ("Novoselivka", "withdrew", "UA", "factual")}


def test_unsided_fights_and_conditions_stay(gaz: Gazetteer) -> None:
    assert tuples("Heavy fighting continues in Novoselivka.", gaz) == {
        ("Novoselivka", "fighting", "unknown", "factual")}
    assert tuples("If Novoselivka falls, the road to Kramatorsk will be open.", gaz) == {
        ("Novoselivka", "captured", "unknown", "conditional")}
