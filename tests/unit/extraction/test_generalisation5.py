"""Failure classes found by the fifth held-out set (heldout5.jsonl), each as a general rule."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.models import Claim
from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples


def _names(claims: list[Claim]) -> set[str]:
    return {c.place_name for c in claims}


def test_side_inside_control_phrase_names_the_holder(gaz: Gazetteer) -> None:
    claims = run("Russia said it had taken Kalynove. Ukraine's army denied it, saying the village remained under "
                 "Ukrainian control.", gaz)
    got = tuples(claims)
    assert ("Kalynove", "holds", "UA", "factual") in got
    assert ("Kalynove", "holds", "RU", "factual") not in got


def test_is_under_control_holds_no_capture(gaz: Gazetteer) -> None:
    claims = run("Reports of its fall are fake. Kalynove is under the control of Ukrainian forces.", gaz)
    preds = {c.predicate.value for c in claims if c.place_name == "Kalynove" and c.modality.value != "denied"}
    assert preds == {"holds"}


def test_encircled_side_is_not_the_actor(gaz: Gazetteer) -> None:
    en = run("Russian milbloggers claimed that Ukrainian units had been encircled near Kalynove.", gaz)
    assert {c.actor.value for c in en if c.predicate.value == "advancing"} == {"RU"}
    ru = run("Российские войска окружили подразделения ВСУ в районе Калинового.", gaz, lang="ru")
    assert {c.actor.value for c in ru if c.predicate.value == "advancing"} == {"RU"}


def test_area_anchor_beats_reference_anchor(gaz: Gazetteer) -> None:
    claims = run("Russian troops are advancing near Kalynove, south of Kramatorsk, the ministry said.", gaz)
    assert "Kramatorsk" not in _names(claims)
    assert "Kalynove" in _names(claims)


def test_anaphor_takes_the_place_earlier_in_its_sentence(gaz: Gazetteer) -> None:
    claims = run("Russian forces have captured most of Kalynove, but Ukrainian troops are still holding the northern "
                 "part of the village.", gaz, title="Battle rages near Kramatorsk")
    got = tuples(claims)
    assert ("Kalynove", "holds", "UA", "factual") in got
    assert "Kramatorsk" not in _names([c for c in claims if c.predicate.value == "holds"])
    its = run("Russian forces hold most of Kalynove, but Ukrainian troops are holding its southern edge.", gaz,
              title="Battle rages near Kramatorsk")
    assert ("Kalynove", "holds", "UA", "factual") in tuples(its)


def test_military_rank_before_a_name_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Col Ivan Zaporozhets, a brigade spokesman, said Russian troops had entered Kalynove.", gaz)
    assert _names(claims) == {"Kalynove"}


def test_latin_name_before_generic_place_noun_is_one_village(gaz: Gazetteer) -> None:
    claims = run("Russian forces captured Hrabove Yar, the defence ministry said.", gaz)
    assert "Hrabove Yar" in _names(claims)


def test_russian_latin_adjective_starts_two_word_name(gaz: Gazetteer) -> None:
    claims = run("Ukrainian forces were driven out of Staroye Gorodishche in the Kursk region, Moscow said.", gaz)
    assert "Staroye Gorodishche" in _names(claims)


def test_failed_infiltration_is_fighting(gaz: Gazetteer) -> None:
    claims = run("Russian assault groups infiltrated Kalynove overnight but were destroyed, the brigade said.", gaz)
    got = tuples(claims)
    assert ("Kalynove", "fighting", "RU", "factual") in got
    assert not [c for c in claims if c.predicate.value == "advancing"]


def test_cleared_of_the_occupiers_is_a_capture_by_the_other_side(gaz: Gazetteer) -> None:
    claims = run("Paratroopers cleared Kalynove of the occupiers.", gaz)
    assert ("Kalynove", "captured", "UA", "factual") in tuples(claims)


def test_unknown_village_slots_after_attack_verbs(gaz: Gazetteer) -> None:
    for text in ("Russian troops have been attacking Zhovtneve Pershe daily.",
                 "Heavy fighting in Chornobaivka Druha today.",
                 "Russian infiltration groups slipped into Pyshchanivka overnight."):
        assert run(text, gaz), text


def test_generic_entity_side_stops_at_speech_verb(gaz: Gazetteer) -> None:
    claims = run("A spokesman for Ukraine's 47th Brigade said Russian troops had entered Kalynove.", gaz)
    assert {c.claimant_side.value for c in claims} == {"UA"}


def test_passive_repelled_side_before_is_the_attacker(gaz: Gazetteer) -> None:
    claims = run("Атака ВСУ у Калинового отбита.", gaz, lang="ru")
    got = tuples(claims)
    assert ("Kalynove", "holds", "RU", "factual") in got
    assert ("Kalynove", "holds", "UA", "factual") not in got


def test_repelled_attacks_of_assault_groups_give_holds(gaz: Gazetteer) -> None:
    claims = run("Подразделения отразили две атаки штурмовых групп ВСУ в районе Калинового.", gaz, lang="ru")
    got = tuples(claims)
    assert ("Kalynove", "holds", "RU", "factual") in got
    assert ("Kalynove", "fighting", "UA", "factual") in got


def test_bracketed_place_after_a_place_only_locates_it(gaz: Gazetteer) -> None:
    claims = run("Russian forces have advanced in Kalynove (Kramatorsk).", gaz)
    assert _names(claims) == {"Kalynove"}


def test_sentence_opening_date_dates_every_clause(gaz: Gazetteer) -> None:
    claims = run("In May 2022 Russian troops took Kalynove, which Ukraine retook in September that year.", gaz,
                 published=datetime(2025, 8, 1, tzinfo=UTC))
    got = tuples(claims)
    assert ("Kalynove", "captured", "RU", "historical") in got
    assert ("Kalynove", "captured", "UA", "historical") in got
    assert not [c for c in claims if c.modality.value not in ("historical",)]
