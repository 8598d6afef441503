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


@pytest.mark.parametrize(("text", "published", "source", "expected"), [
    # (last year's season, said in a spring text)
    ("Russian units consolidated in Rodynske, which they took in the autumn after weeks of infiltration.",
     datetime(2026, 3, 3, 12, tzinfo=UTC), "wire.example", {("Rodynske", "captured", "RU", "historical")}),
    ("За його словами, Кіндратівку наші військові звільнили ще восени.", datetime(2026, 5, 14, 12, tzinfo=UTC),
     "suspilne.media", {("Kindrativka", "captured", "UA", "historical")}),
    # (a season still to come stays a plan)
    ("Russia may launch a new offensive on Kostiantynivka in the summer.", datetime(2026, 3, 3, 12, tzinfo=UTC),
     "wire.example", {("Kostyantynivka", "advancing", "RU", "conditional")}),
    ("Нагадаємо, російські війська захопили Херсон на початку березня.", datetime(2022, 11, 11, 12, tzinfo=UTC),
     "suspilne.media", {("Kherson", "captured", "RU", "historical")}),
    ("Херсон був окупований з 2 березня — понад вісім місяців.", datetime(2022, 11, 11, 12, tzinfo=UTC),
     "suspilne.media", {("Kherson", "captured", "RU", "historical")}),
    ("If confirmed, the fall of Soledar would be Moscow's first meaningful gain since its forces took Lysychansk last "
     "summer.", datetime(2023, 1, 15, 12, tzinfo=UTC), "wire.example",
     {("Soledar", "captured", "RU", "conditional"), ("Lysychansk", "captured", "RU", "historical")}),
    # (the date of a relative clause's own verb; and of the main verb past a closed relative clause)
    ("Ukrainian troops retreated from Stavky about two kilometres west to a line of tree belts that neighbouring units "
     "had dug in the autumn.", datetime(2026, 3, 22, 12, tzinfo=UTC), "wire.example",
     {("Stavky", "withdrew", "UA", "factual")}),
    ("Russia claimed Milove, which sits right on the border, in June.", datetime(2025, 9, 1, 12, tzinfo=UTC),
     "wire.example", {("Milove", "captured", "RU", "historical")}),
])
def test_seasons_and_months_date_their_clause(gaz: Gazetteer, text: str, published: datetime, source: str,
                                              expected: Expected) -> None:
    assert got(text, gaz, source=source, published=published) == expected
