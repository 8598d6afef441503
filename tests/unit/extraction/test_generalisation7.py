"""Failure classes found by the seventh held-out set (heldout7.jsonl), each as a general rule."""

from __future__ import annotations

from schemas.models import Claim
from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples


def _names(claims: list[Claim]) -> set[str]:
    return {c.place_name for c in claims}


def test_unknown_name_with_village_apposition_is_a_place(gaz: Gazetteer) -> None:
    claims = run("Russian troops captured Zabrodie, a small village south of the river, the ministry said.", gaz)
    assert ("Zabrodie", "captured", "RU", "factual") in tuples(claims)


def test_unknown_name_after_strong_withdrawal_slot_is_a_place(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops withdrew from Kamyshle to avoid encirclement, the brigade said.", gaz)
    assert ("Kamyshle", "withdrew", "UA", "factual") in tuples(claims)


def test_unknown_name_after_in_western_is_a_partial_gain(gaz: Gazetteer) -> None:
    claims = run("Geolocated footage indicates that Russian forces recently advanced in western Novohorbove "
                 "(south of Orikhiv).", gaz)
    assert ("Novohorbove", "advancing", "RU", "factual") in tuples(claims)
    assert "Orikhiv" not in _names(claims)


def test_possessive_country_after_in_eastern_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Russia's defence ministry said its forces had captured the town of Selydove in eastern "
                 "Ukraine's Donetsk region.", gaz)
    assert not any(c.place_name.startswith("Ukraine") for c in claims)


def test_place_after_road_to_is_only_a_locator(gaz: Gazetteer) -> None:
    claims = run("The ministry said its troops had captured Osykove, a village on the road to Kramatorsk.", gaz)
    assert ("Osykove", "captured", "RU", "factual") in tuples(claims)
    assert "Kramatorsk" not in _names(claims)


def test_last_named_month_next_to_the_cue_is_historical(gaz: Gazetteer) -> None:
    claims = run("Marinka fell to Russian forces last December after a long siege.", gaz)
    assert ("Marinka", "captured", "RU", "historical") in tuples(claims)


def test_last_named_month_far_from_the_cue_does_not_date_it(gaz: Gazetteer) -> None:
    claims = run("Russia's Defense Ministry said its troops had recaptured the village of Nikolskoye in Kursk "
                 "Oblast, which Ukrainian forces had held since their cross-border incursion last August.", gaz)
    assert any(c.predicate.value == "captured" and c.actor.value == "RU" and c.modality.value != "historical"
               for c in claims)


def test_fiction_is_a_denial_word(gaz: Gazetteer) -> None:
    claims = run("Russia's defence ministry said its forces had captured Vasiukivka.\n"
                 "Ukraine's military called the report fiction, saying the village was still held by its troops.", gaz)
    assert ("Vasiukivka", "captured", "RU", "denied") in tuples(claims)
