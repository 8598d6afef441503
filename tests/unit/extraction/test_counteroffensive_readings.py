"""Readings from the fitted set heldout121 (the Kharkiv counteroffensive and Kherson, 2022): the holder named in
"Russian-held territory" takes nothing; "back under Kyiv's control" is a recapture; a past "перебувало під контролем"
is a hold; "remain dug in" holds; an order to withdraw is still to come; a place given up in the passive («Изюм
оставлен», «Купянск сдан») and the noun «отвод войск из X» are the speaker's own withdrawal; "regrouped" in quotes is a
withdrawal, and where the troops go to bolster is not left; the side that "would lose" by a fall is not its taker;
"neither confirm nor deny" denies nothing (the eighteenth session)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2022, 11, 11, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian forces pressed deeper into Russian-held territory in the northeast on Friday, retaking the town of "
     "Balakliia.", {("Balakliya", "captured", "UA", "factual")}),
    ("Ukraine's special forces said the town of Kupiansk was back under Kyiv's control.",
     {("Kupyansk", "captured", "UA", "factual")}),
    ("Kupiansk is under Ukraine's control, the governor said.", {("Kupyansk", "holds", "UA", "factual")}),
    ("За його словами, місто Снігурівка перебувало під контролем російських військ.",
     {("Snihurivka", "holds", "RU", "factual")}),
    ("Across the river, Russian forces remain dug in along the east bank, in towns including Oleshky and Hola "
     "Prystan.", {("Oleshky", "holds", "RU", "factual"), ("Hola Prystan", "holds", "RU", "factual")}),
])
def test_holders_and_recaptures(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Russia on Wednesday ordered its troops to withdraw from the west bank of the Dnipro River near Kherson.",
     "wire.example", {("Kherson", "withdrew", "RU", "conditional")}),
    # (an order carried out is a withdrawal)
    ("Ukraine's top commander Oleksandr Syrskyi said on Saturday he had ordered troops to withdraw from the eastern "
     "town of Avdiivka.", "wire.example",
     {("Avdiyivka", "withdrew", "UA", "factual")}),
    ("Изюм оставлен, сообщили в Минобороны.", "ria.ru", {("Izyum", "withdrew", "RU", "factual")}),
    ("Минобороны сообщило, что отвод войск из Херсона ведется организованно.", "ria.ru",
     {("Kherson", "withdrew", "RU", "factual")}),
    ("Russia said Friday it had completed its withdrawal from Kherson.", "wire.example",
     {("Kherson", "withdrew", "RU", "factual")}),
    ('The defence ministry in Moscow said forces were being "regrouped" from Balakliia and Izium to bolster '
     "operations in neighbouring Donetsk.", "wire.example",
     {("Balakliya", "withdrew", "RU", "factual"), ("Izyum", "withdrew", "RU", "factual")}),
    # (not "left without power")
    ("Село было оставлено без света.", "ria.ru", set()),
])
def test_withdrawals_ordered_given_up_and_regrouped(gaz: Gazetteer, text: str, source: str,
                                                    expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


def test_the_side_that_would_lose_by_a_fall_is_not_its_taker(gaz: Gazetteer) -> None:
    assert _got("If Lyman falls, Russian forces on the northern flank of the Donbas would lose an important logistics "
                "hub, military analyst Oleh Zhdanov told the Kyiv Post.", gaz, source="kyivpost.com") == {
        ("Lyman", "captured", "UA", "conditional")}
    assert _got("If Lyman falls, Russian forces will push on toward Sloviansk.", gaz, source="wire.example") == {
        ("Lyman", "captured", "RU", "conditional"), ("Slovyansk", "advancing", "RU", "conditional")}


@pytest.mark.parametrize("text", [
    "«Ми не можемо ні підтвердити, ні спростувати інформацію про відхід ворожих військ з Херсона», — наголосив "
    "Залужний.",
    "Мы не можем ни подтвердить, ни опровергнуть информацию об отходе войск из Херсона, заявил Песков.",
])
def test_neither_confirm_nor_deny_denies_nothing(gaz: Gazetteer, text: str) -> None:
    assert all(fact != "denied" for _, _, _, fact in _got(text, gaz, source="wire.example"))


def test_the_occupied_city_an_anchor_names_takes_nothing(gaz: Gazetteer) -> None:
    claims = _got("Ukrainian troops have recaptured the village of Andriivka, south of the Russian-occupied city of "
                  "Bakhmut, Ukraine's military said on Friday.", gaz, source="wire.example")
    assert {(pred, actor, fact) for _, pred, actor, fact in claims} == {("captured", "UA", "factual")}
