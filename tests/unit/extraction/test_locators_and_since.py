"""A distance to "the nearest fighting", the area "east of X" a brigade defends and a place before "the fall of Y"
claim nothing about those places; a "since" clause is dated on its own whatever the main clause's "would"; "days after
the recapture of X" in a dated sentence is as long ago (the eighteenth session's readings from the fitted set
heldout117)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ("A guided aerial bomb hit a five-story apartment building in Kramatorsk, about 20 kilometers (12 miles) from the "
     "nearest fighting, regional Gov. Vadym Filashkin said.", set()),
    ("The 63rd mechanised brigade, which defends the area east of Lyman, posted drone footage.", set()),
    ("The town of Siversk itself has been under Russian pressure since the fall of Lysychansk in July 2022.",
     {("Lysychansk", "captured", "RU", "historical")}),
    ("Its capture would be Russia's biggest gain since it took Avdiivka in February 2024.",
     {("Avdiyivka", "captured", "RU", "historical")}),
    ("Torske was liberated by Ukrainian forces in October 2022, days after the recapture of Lyman.",
     {("Torske", "captured", "UA", "historical"), ("Lyman", "captured", "UA", "historical")}),
    # (a town taken after another's fall is still taken)
    ("Russian troops captured Siversk after the fall of Lysychansk.",
     {("Siversk", "captured", "RU", "factual"), ("Lysychansk", "captured", "RU", "historical")}),
])
def test_locators_and_dated_clauses(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected
