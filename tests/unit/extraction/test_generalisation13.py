"""Failure classes found by the thirteenth held-out set (heldout13.jsonl), each as a general rule, with other places
and wording than that set."""

from __future__ import annotations

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

GS = "facebook.com/GeneralStaff.ua"


# 1. the attacker named after the attack noun ("штурмових дій окупантів"): the subject of the repelling verb held
def test_stopped_assault_actions_of_the_occupiers(gaz: Gazetteer) -> None:
    got = tuples(run("Наші воїни зупинили 9 штурмових дій окупантів поблизу Торецька та Щербинівки.", gaz, source=GS))
    for place in ("Toretsk", "Shcherbynivka"):
        assert (place, "holds", "UA", "factual") in got
        assert (place, "fighting", "RU", "factual") in got
        assert (place, "holds", "RU", "factual") not in got
        assert (place, "fighting", "UA", "factual") not in got


def test_stopped_assault_actions_of_the_enemy(gaz: Gazetteer) -> None:
    got = tuples(run("Наші захисники зупинили сім штурмових дій противника біля Часового Яру.", gaz, source=GS))
    assert ("Chasiv Yar", "holds", "UA", "factual") in got
    assert ("Chasiv Yar", "fighting", "RU", "factual") in got
    assert ("Chasiv Yar", "holds", "RU", "factual") not in got


def test_stopped_attacks_of_the_enemy(gaz: Gazetteer) -> None:
    got = tuples(run("Наші підрозділи зупинили атаки ворога поблизу Торецька.", gaz, source=GS))
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert ("Toretsk", "holds", "RU", "factual") not in got


def test_russian_side_stopped_attacks_of_the_enemy(gaz: Gazetteer) -> None:
    got = tuples(run("Наши подразделения остановили атаки противника у Тёткино.", gaz, source="mil.ru"))
    assert ("Tëtkino", "holds", "RU", "factual") in got
    assert ("Tëtkino", "holds", "UA", "factual") not in got


def test_stopped_assault_actions_without_a_named_attacker_unchanged(gaz: Gazetteer) -> None:
    got = tuples(run("Наші воїни зупинили 5 штурмових дій поблизу Торецька.", gaz, source=GS))
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert ("Toretsk", "fighting", "RU", "factual") in got


def test_enemy_attacking_after_the_noun_is_still_the_actor_of_fighting(gaz: Gazetteer) -> None:
    got = tuples(run("Тривають штурмові дії окупантів поблизу Торецька.", gaz, source=GS))
    assert ("Toretsk", "holds", "RU", "factual") not in got


# 2. a call sign or an organisation named after a place is no place
def test_call_sign_is_no_place(gaz: Gazetteer) -> None:
    claims = run('A company commander with the call sign "Kupiansk" said his men had cleared the last houses.', gaz)
    assert all(c.place_name != "Kupiansk" for c in claims)


def test_callsign_without_quotes_is_no_place(gaz: Gazetteer) -> None:
    claims = run("A drone operator, call sign Kramatorsk, said the village was ours again.", gaz)
    assert all(c.place_name != "Kramatorsk" for c in claims)


def test_russian_call_sign_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Командир с позывным «Херсон» сообщил, что его бойцы заняли последние дома.", gaz, source="t.me/x")
    assert all(c.place_name != "Kherson" for c in claims)


def test_organisation_named_after_a_place_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Analysts at the Kharkiv Center, which was taken over by the state in 2023, disagree.", gaz)
    assert all(c.place_name != "Kharkiv" for c in claims)


def test_university_named_after_a_place_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Researchers at Donetsk University said Russian troops had captured Torske.", gaz)
    assert all(c.place_name != "Donetsk" for c in claims)
    assert ("Torske", "captured", "RU", "factual") in tuples(claims)


def test_place_before_a_plain_noun_still_counts(gaz: Gazetteer) -> None:
    got = tuples(run("Russian troops captured Torske centre, the ministry said.", gaz, source="mil.ru"))
    assert ("Torske", "captured", "RU", "factual") in got


def test_place_after_a_sign_word_that_is_no_call_sign_still_counts(gaz: Gazetteer) -> None:
    got = tuples(run("Russian forces captured Torske, a sign of the pressure on Lyman.", gaz))
    assert ("Torske", "captured", "RU", "factual") in got


def test_place_in_a_normal_capture_claim_still_counts(gaz: Gazetteer) -> None:
    got = tuples(run("Russian troops captured Kupiansk, a brigade spokesman with the call sign Hrim said.", gaz))
    assert ("Kupiansk", "captured", "RU", "factual") in got


def test_centre_of_a_place_is_still_the_place(gaz: Gazetteer) -> None:
    got = tuples(run("Russian troops reached the centre of Toretsk.", gaz))
    assert ("Toretsk", "advancing", "RU", "factual") in got
