"""Readings from the fitted set heldout89 (Kherson and Svatove, November 2022): "in the first week of March" in a
November text is long past; a command's name («ОК "Південь"») and «Огнём» ("by fire") are no places; the side that
"лишатся" (will lose) a stronghold by a capture is not its taker; "preparations to withdraw" and "for a renewed push
toward Y" are still to come (the push's staging ground is not); "regain X" takes X; "Ukrainian attacks near X had been
repelled" are Ukraine's, held off by Russia (the eighteenth session)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2022, 11, 10, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Officials point out that Russian forces entered Kherson in the first week of March without a major battle.",
     "wire.example", set()),
    ("Russian forces captured Kherson at the start of March.", "wire.example",
     {("Kherson", "captured", "RU", "historical")}),
    ("Водночас у Силах оборони закликають не поспішати з висновками щодо відходу російських військ з Херсона: за "
     "словами речниці ОК \"Південь\" Наталії Гуменюк, це може бути пастка.", "suspilne.media",
     {("Kherson", "withdrew", "RU", "factual")}),
    ("Огнём артиллерии и ударами армейской авиации наступление сорвано.", "ria.ru", set()),
    ("По словам Пушилина, после взятия Угледара ВСУ лишатся ключевого опорного пункта.", "ria.ru",
     {("Vuhledar", "captured", "RU", "conditional")}),
    ("Russian forces are likely continuing preparations to withdraw from the west bank of the Dnipro River in "
     "Kherson Oblast.", "wire.example", {("Kherson Oblast", "withdrew", "RU", "conditional")}),
    ("Once Russian forces complete the pullback, Ukraine would regain Kherson city.", "wire.example",
     {("Kherson", "captured", "UA", "conditional")}),
    ("Russian forces regained the initiative near Bakhmut.", "wire.example", set()),
    ("It said Ukrainian attacks near the village of Kyselivka had been repelled overnight.", "wire.example",
     {("Kyselivka", "fighting", "UA", "factual"), ("Kyselivka", "holds", "RU", "factual")}),
])
def test_kherson_withdrawal_readings(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


def test_a_push_planned_towards_a_place_and_its_staging_ground(gaz: Gazetteer) -> None:
    claims = _got("Russian military bloggers had for weeks described Voloska Balakliia as a bridgehead for a push "
                  "towards Shevchenkove, a town on the road to Kharkiv.", gaz, source="wire.example")
    assert ("Shevchenkove", "advancing", "RU", "conditional") in claims
    assert all(fact == "factual" for place, _, _, fact in claims if place != "Shevchenkove")


def test_the_line_of_contact_is_no_clash(gaz: Gazetteer) -> None:
    assert _got("На Південнобузькому напрямку ворог обстріляв понад 20 населених пунктів уздовж лінії зіткнення, "
                "зокрема Миколаїв та Очаків.", gaz, source="suspilne.media") == set()
    assert _got("Біля Кліщіївки сталося 12 бойових зіткнень.", gaz, source="suspilne.media") == {
        ("Кліщіївка", "fighting", "unknown", "factual")}
