"""Failure classes found by the sixteenth held-out set (heldout16.jsonl), each as a general rule, with other places
and wording than that set."""

from __future__ import annotations

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

GS = "facebook.com/GeneralStaff.ua"


# 1. "the enemy attacked our positions": "our positions" names the defender, however far the subject is
def test_enemy_attacking_our_positions_is_the_attacker(gaz: Gazetteer) -> None:
    got = tuples(run("На Лиманському напрямку ворог п'ять разів атакував позиції наших підрозділів у районах "
                     "Торського та Ямполя.", gaz, source=GS))
    assert ("Torske", "fighting", "RU", "factual") in got
    assert not any(t[1] == "fighting" and t[2] == "UA" for t in got)


def test_attempted_storm_of_our_positions_is_the_enemy(gaz: Gazetteer) -> None:
    got = tuples(run("На Куп'янському напрямку противник здійснив спробу штурму наших позицій біля Торського.",
                     gaz, source=GS))
    assert ("Torske", "fighting", "RU", "factual") in got
    assert not any(t[2] == "UA" and t[1] == "fighting" for t in got)


def test_russian_our_positions_is_the_defender(gaz: Gazetteer) -> None:
    got = tuples(run("Противник трижды атаковал позиции наших подразделений у Торского.", gaz,
                     source="mil.ru"))
    assert ("Torske", "fighting", "UA", "factual") in got
    assert not any(t[1] == "fighting" and t[2] == "RU" for t in got)


# 2. an old city name that its oblast keeps is the oblast, not the renamed city
def test_bare_old_oblast_name_is_not_the_renamed_city(gaz: Gazetteer) -> None:
    claims = run("Russian troops pushed deeper into Kirovohrad, the governor said.", gaz)
    assert all(c.place_name != "Kropyvnytskyi" for c in claims)
    claims = run("Russian forces advanced in Dnepropetrovsk on Tuesday.", gaz)
    assert all(c.place_name != "Dnipro" for c in claims)


def test_city_that_keeps_its_name_is_still_the_city(gaz: Gazetteer) -> None:
    got = tuples(run("Russian troops advanced towards Kharkov, the ministry said.", gaz))
    assert all(t[0] != "Kharkiv Oblast" for t in got)


# 3. polite withdrawals: "moved to more advantageous lines", "the exit of troops from X"
def test_moved_to_better_lines_is_a_withdrawal(gaz: Gazetteer) -> None:
    got = tuples(run("Підрозділи Сил оборони здійснили маневр і перемістилися на вигідніші рубежі західніше "
                     "Торського.", gaz, source="t.me/ua_brigade"))
    assert ("Torske", "withdrew", "UA", "factual") in got
    assert not any(t[1] == "advancing" for t in got)


def test_exit_of_troops_noun_is_a_withdrawal_of_the_named_side(gaz: Gazetteer) -> None:
    got = tuples(run("Вчора завершився вихід українських військ з Торського.", gaz, source="t.me/ua_brigade"))
    assert ("Torske", "withdrew", "UA", "factual") in got
    assert not any(t[1] in ("captured", "advancing") for t in got)


def test_exit_onto_a_line_is_no_withdrawal(gaz: Gazetteer) -> None:
    got = tuples(run("Вихід ворога на околиці Торського зупинено.", gaz, source="t.me/ua_brigade"))
    assert not any(t[1] == "withdrew" for t in got)
