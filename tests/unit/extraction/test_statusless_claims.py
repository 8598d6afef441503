"""Claims that carry no status an analyst would file, dropped at the end of drafting: a capture, hold, advance or
withdrawal without the side it is about (stated as fact, condition, denial or past alike); the capital as anything
but the target of a Russian advance (it stands for the government); a whole region held, or taken or lost in the
past. In the labelled sets (about 1,800 documents) almost every one was a false positive: together a tenth of all
false positives."""

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
    # a fight keeps its unknown attacker; a condition stays a conditional claim once it names its side (with no side
    # it is dropped like a factual one: "if X falls" alone was almost never labelled)
    assert tuples("Heavy fighting continues in Novoselivka.", gaz) == {
        ("Novoselivka", "fighting", "unknown", "factual")}
    assert tuples("If Novoselivka falls to Russian forces, the road to Kramatorsk will be open.", gaz) == {
        ("Novoselivka", "captured", "RU", "conditional")}
    assert tuples("If Novoselivka falls, the road to Kramatorsk will be open.", gaz) == set()


def test_the_capital_is_the_government(gaz: Gazetteer) -> None:
    assert not any(t[0] == "Kyiv" for t in tuples("Эксперт опроверг заявления Киева о взятии Кондрашовки.", gaz))
    assert tuples("Russian forces advanced toward Kyiv.", gaz) == {("Kyiv", "advancing", "RU", "factual")}


def test_a_region_held_or_taken_in_the_past_is_no_claim(gaz: Gazetteer) -> None:
    assert tuples("Ukrainian forces still control part of the Donetsk region.", gaz) == set()
    assert tuples("Russian troops seized a strip of territory in Kharkiv region in the spring of 2024.", gaz) == set()
    # near miss: a region taken now is a claim
    assert tuples("Russia said its forces had taken full control of the Luhansk region.", gaz) == {
        ("Luhansk Oblast", "captured", "RU", "factual")}


def test_a_past_fight_or_advance_is_no_claim_a_past_capture_or_withdrawal_is(gaz: Gazetteer) -> None:
    # thirteenth session: on the sets nobody fixed against, none of ten such claims matched a label
    assert tuples("Russian forces advanced toward Kupiansk in 2022 before being pushed back.", gaz) == set()
    assert tuples("Kupiansk was attacked in 2022.", gaz) == set()
    assert tuples("В 2023 году российские войска вели бои за Кременную.", gaz) == set()
    assert tuples("Russian forces captured Kupiansk in February 2022.", gaz) == {
        ("Kupyansk", "captured", "RU", "historical")}
    assert tuples("Ukrainian troops withdrew from Avdiivka in February 2024.", gaz) == {
        ("Avdiyivka", "withdrew", "UA", "historical")}
