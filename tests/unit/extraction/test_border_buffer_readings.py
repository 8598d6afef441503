"""Readings from the fitted set heldout119 (the Sumy border and Kursk's last villages, 2025): the State Border Guard
Service is no place; units named by their side's adjective are the ones in a half-ring; how far a city still is
(«до Сум остается 20 км») claims nothing about it; an attack nobody plans or no one has the forces for is none; the
places troops withdrew to («отошел на Андреевку и Яблоновку») are not the ones they left; a ring closing round X
(«взять X в полуокружение») is no capture; a village anaphor never names a city, nor a post's closing tag (the
eighteenth session)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2025, 6, 5, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Russian troops continue to send small assault groups across the border into Sumy Oblast, attacking near the "
     "villages of Novenke and Basivka, State Border Guard Service spokesman Andrii Demchenko said.", "wire.example",
     {("Novenke", "fighting", "RU", "factual"), ("Basivka", "fighting", "RU", "factual")}),
    ("Остатки украинских подразделений в Гуево фактически находятся в полуокружении, добавил он.", "ria.ru",
     {("Guyevo", "advancing", "RU", "factual")}),
    ("По его словам, сейчас идут бои на северной окраине Андреевки, откуда до Сум остается около 20 километров.",
     "ria.ru", {("Андреевка", "fighting", "RU", "factual"), ("Андреевка", "advancing", "RU", "factual")}),
    ("Алексеевка полностью наша — противник отошел из нее на Андреевку и Яблоновку.", "ria.ru",
     {("Алексеевка", "captured", "RU", "factual")}),
    ("Военный эксперт считает, что ВС РФ могут взять Юнаковку в полуокружение.", "ria.ru",
     {("Yunakivka", "advancing", "RU", "conditional")}),
])
def test_border_readings(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


@pytest.mark.parametrize("text", [
    "Most believe Russia lacks the forces to storm Sumy itself, a city of about 250,000 people before the war.",
    "«Штурмовать Сумы никто не собирается — задача в том, чтобы отодвинуть артиллерию ВСУ», — подчеркнул он.",
])
def test_an_attack_nobody_plans_is_none(gaz: Gazetteer, text: str) -> None:
    assert _got(text, gaz, source="wire.example") == set()


def test_an_attack_under_way_is_one(gaz: Gazetteer) -> None:
    assert _got("Russian forces are storming Sumy.", gaz, source="wire.example") == {
        ("Sumy", "fighting", "RU", "factual")}


def test_a_village_anaphor_never_names_a_city(gaz: Gazetteer) -> None:
    text = ("Бои идут за Юнаковку и Андреевку, в 20 км от Сум. «Наши подразделения удерживают село и продвигаются "
            "южнее», — рассказал военнослужащий.")
    assert not any(place == "Sumy" for place, _, _, _ in _got(text, gaz, "Армия продвигается к Сумам",
                                                               source="iz.ru"))


def test_a_closing_tag_is_no_antecedent(gaz: Gazetteer) -> None:
    text = ("Geolocated: troops planted a flag on the northern edge of #Yunakivka, Sumy Oblast. Flag ≠ control — "
            "local 🇺🇦 units say the village centre is firmly held and the infiltrators were cleared. #Sumy #OSINT")
    assert not any(place == "Sumy" for place, _, _, _ in _got(text, gaz, source="x.com"))


@pytest.mark.parametrize(("text", "source", "expected"), [
    # (a push towards a place that is stopped is an assault on it, which the other side holds)
    ("Все попытки ВСУ продвинуться к Алешкам и Новой Каховке пресечены.", "t.me",
     {("Oleshky", "fighting", "UA", "factual"), ("Oleshky", "holds", "RU", "factual"),
      ("Nova Kakhovka", "fighting", "UA", "factual"), ("Nova Kakhovka", "holds", "RU", "factual")}),
    ("Russian troops tried to advance toward Pokrovsk but were stopped.", "wire.example",
     {("Pokrovsk", "fighting", "RU", "factual"), ("Pokrovsk", "holds", "UA", "factual")}),
    # (nothing stopped: the push itself)
    ("ВСУ пытаются продвинуться к Алешкам.", "t.me", {("Oleshky", "advancing", "UA", "factual")}),
    ("За її словам, окупанти щодня намагаються повернути втрачені позиції біля Кринок, однак безуспішно.",
     "suspilne.media", {("Krynky", "fighting", "RU", "factual"), ("Krynky", "holds", "UA", "factual")}),
])
def test_pushes_stopped_and_positions_not_regained(gaz: Gazetteer, text: str, source: str,
                                                   expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected
