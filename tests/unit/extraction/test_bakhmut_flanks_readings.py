"""Readings from the fitted set heldout101 (Bakhmut's flanks, May 2023): a sector named after a town («на Сіверському
відтинку») is no place; an assault thrown back («намагалися штурмувати позиції біля X, проте були відкинуті») is held
by the other side; «Отражена атака ДРГ противника в районе X» in a Russian outlet is the enemy's attack, held by Russia
(the eighteenth session)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2023, 5, 19, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("За його словами, на Сіверському відтинку окупанти намагалися штурмувати позиції ЗСУ біля Спірного, проте були "
     "відкинуті.", "suspilne.media", {("Спірне", "fighting", "RU", "factual"), ("Спірне", "holds", "UA", "factual")}),
    ("Russian troops attacked Spirne but were thrown back.", "wire.example",
     {("Spirne", "fighting", "RU", "factual"), ("Spirne", "holds", "UA", "factual")}),
    ("Отражена атака ДРГ противника в районе Кременной.", "ria.ru",
     {("Kreminna", "fighting", "UA", "factual"), ("Kreminna", "holds", "RU", "factual")}),
    ("Наши подразделения отразили атаку противника у Кременной.", "ria.ru",
     {("Kreminna", "fighting", "UA", "factual"), ("Kreminna", "holds", "RU", "factual")}),
])
def test_sectors_and_assaults_thrown_back(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


@pytest.mark.parametrize(("text", "source", "expected"), [
    # (a unit noun after a side adjective is that side's, not the speaker's own)
    ("Ранее Минобороны РФ сообщило, что украинские танковые подразделения сумели вклиниться в оборону российских "
     "войск в направлении Золотой Балки.", "ria.ru", {("Золотая Балка", "advancing", "UA", "factual")}),
    ("За його словами, у Куп'янську-Вузловому українські підрозділи також просунулися й відтіснили противника від "
     "залізничного вузла.", "suspilne.media", {("Kupiansk-Vuzlovyi", "advancing", "UA", "factual")}),
    # (a noun before "наши" qualifies nothing)
    ("Сумское направление: после мощной контратаки ВСУ наши подразделения были вынуждены отойти с позиций у "
     "Андреевки.", "ria.ru", {("Андреевка", "withdrew", "RU", "factual")}),
    # (a push "toward #X" leaves some other place)
    ("Russians pulled back toward #Kreminna.", "x.com", set()),
])
def test_qualified_units_and_tagged_destinations(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected
