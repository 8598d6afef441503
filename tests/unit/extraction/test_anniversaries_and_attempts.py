"""An anniversary ("a year after the fall of X", "half a year after X fell") dates its own clause, not today's
advance after the comma; a bare "fell" takes its place from before it; "pressing on X" is an advance; "tried to
retake X but were pushed back" is a failed assault, not ground gained (the seventeenth session's readings)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
_got = partial(got, source="wire.example", published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("A year after the fall of Avdiivka, Russian forces are advancing on Pokrovsk.",
     {("Avdiyivka", "captured", "RU", "historical"), ("Pokrovsk", "advancing", "RU", "factual")}),
    ("Half a year after Avdiivka fell, Russian forces are pressing on Pokrovsk.",
     {("Avdiyivka", "captured", "RU", "historical"), ("Pokrovsk", "advancing", "RU", "factual")}),
    ("Six months after Avdiivka fell to Russia, Russian forces are now advancing on Pokrovsk.",
     {("Avdiyivka", "captured", "RU", "historical"), ("Pokrovsk", "advancing", "RU", "factual")}),
])
def test_an_anniversary_dates_its_own_clause_not_todays_advance(gaz: Gazetteer, text: str,
                                                                 expected: Expected) -> None:
    assert _got(text, gaz) == expected


def test_a_past_advance_in_the_anniversary_clause_stays_background(gaz: Gazetteer) -> None:
    # (the same sentence in the past tense: no present "are" ties the advance to today)
    text = "A year after the fall of Avdiivka, Russian forces advanced on Pokrovsk."
    assert _got(text, gaz) == {("Avdiyivka", "captured", "RU", "historical")}


def test_half_a_year_is_no_share_of_a_town(gaz: Gazetteer) -> None:
    text = "Half a year after Vuhledar fell, the front has moved west."
    assert _got(text, gaz) == {("Vuhledar", "captured", "RU", "historical")}
    assert _got("Russian forces now control half of Vovchansk.", gaz) == {
        ("Vovchansk", "advancing", "RU", "factual")}


def test_a_place_after_a_bare_fell_is_not_what_fell(gaz: Gazetteer) -> None:
    text = "Toretsk fell last week, and Russian troops are now attacking Kostiantynivka."
    assert ("Kostyantynivka", "captured", "RU", "factual") not in _got(text, gaz)
    assert ("Toretsk", "captured", "RU", "factual") in _got("Toretsk fell to Russian forces on Friday.", gaz)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia is pressing on Chasiv Yar and towards Pokrovsk.",
     {("Chasiv Yar", "advancing", "RU", "factual"), ("Pokrovsk", "advancing", "RU", "factual")}),
    ("Moscow's troops have been pressing on Kostiantynivka from the east, the brigade said.",
     {("Kostyantynivka", "advancing", "RU", "factual")}),
    # ("pressing on" with the offensive, along the front: no place pressed)
    ("Moscow says its forces are pressing on along the whole front.", set()),
])
def test_pressing_on_a_named_town_is_an_advance(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian forces tried to retake Novoselivka on Tuesday but were pushed back, Russia's defence ministry said.",
     {("Novoselivka", "fighting", "UA", "factual")}),
    ("Russian troops tried to capture Novoselivka but were repelled.",
     {("Novoselivka", "fighting", "RU", "factual"), ("Novoselivka", "holds", "UA", "factual")}),
    # (an attempt with no outcome told is still a push on the place)
    ("Ukrainian units are trying to retake Novoselivka.", {("Novoselivka", "advancing", "UA", "factual")}),
])
def test_a_failed_attempt_to_take_a_place_is_an_assault(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz) == expected


def test_a_town_that_fell_with_no_taker_fell_to_the_invader(gaz: Gazetteer) -> None:
    assert _got("Vuhledar fell in October 2024.", gaz) == {("Vuhledar", "captured", "RU", "historical")}
    # (the defenders named after the comma did not take it)
    assert _got("Half a year after Vuhledar fell, Ukrainian troops are holding the line.", gaz) == {
        ("Vuhledar", "captured", "RU", "historical")}


def test_a_list_between_an_anniversary_and_fell_is_still_dated(gaz: Gazetteer) -> None:
    text = "Half a year after Pokrovsk and Myrnohrad fell, the front on the Dobropillia axis has barely moved."
    assert _got(text, gaz) == {("Pokrovsk", "captured", "RU", "historical"),
                               ("Myrnohrad", "captured", "RU", "historical")}


def test_the_claimant_who_claimed_to_have_captured_a_place_is_its_taker(gaz: Gazetteer) -> None:
    text = ("Ukrainian troops have retaken Sotnytskyi Kozachok, a Ukrainian brigade said on Thursday, three months "
            "after Moscow claimed to have captured it.")
    assert _got(text, gaz) == {("Sotnytskyi Kozachok", "captured", "UA", "factual"),
                               ("Sotnytskyi Kozachok", "captured", "RU", "historical")}


def test_a_village_located_by_an_apposition_is_the_village_and_later_is_still_the_past(gaz: Gazetteer) -> None:
    text = ("Halyna Bondar keeps the keys to her house in Syrotyne in a jar. Russian troops took the village, on the "
            "edge of Sievierodonetsk, in June 2022. Her son was detained. Her former neighbours from Novodruzhesk, a "
            "small mining town that fell a few weeks later, now live two floors down.")
    assert _got(text, gaz) == {("Syrotyne", "captured", "RU", "historical"),
                               ("Novodruzhesk", "captured", "RU", "historical")}
