"""A fight followed by "but all the attacks were repelled" («але всі атаки відбито», «атаки ... отбиваются»)
leaves the defender holding the place, as "without success" already did."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
_got = partial(got, source="wire.example", published=PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Окупанти вже тиждень штурмують Шевченкове на Куп'янському напрямку, але всі атаки відбито, повідомив речник.",
     {("Шевченкове", "fighting", "RU", "factual"), ("Шевченкове", "holds", "UA", "factual")}),
    ("Russian troops attacked near Robotyne, but all the assaults were repelled, the General Staff said.",
     {("Robotyne", "fighting", "RU", "factual"), ("Robotyne", "holds", "UA", "factual")}),
    # an alleged repulse, and the other side's counterattacks, make no holder
    ("Росіяни атакували поблизу Кліщіївки, але атаку нібито відбито.", {("Кліщіївка", "fighting", "RU", "factual")}),
])
def test_attacks_said_to_be_repelled_after_the_fight_leave_the_defender_holding(
        text: str, expected: set[tuple[str, str, str, str]], gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected
