"""A headline compresses its body: where the body makes claims, the headline adds none of its own (about the places
the body reads with more context, or about a place the body only names around the villages it claims); a headline
over a body that claims nothing still stands."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2026, 9, 9, 12, 0, tzinfo=UTC)
_got = partial(got, source="wire.example", published=PUBLISHED)


def test_a_battle_headline_over_a_capture_in_the_body(gaz: Gazetteer) -> None:
    body = "Russian forces captured Kurakhove, the Russian Defence Ministry said on Wednesday."
    assert _got(body, gaz, title="Battle for Kurakhove rages on") == {("Kurakhove", "captured", "RU", "factual")}


def test_the_body_names_the_side_the_headline_guessed(gaz: Gazetteer) -> None:
    body = ("Russian troops attacked Ukrainian positions near Siversk on Tuesday, the General Staff said. "
            "All assaults were repelled.")
    assert _got(body, gaz) == {("Siversk", "fighting", "RU", "factual")}
    assert _got(body, gaz, title="Ukraine advances near Siversk") == {("Siversk", "fighting", "RU", "factual")}


def test_a_russian_headline_defers_to_its_body(gaz: Gazetteer) -> None:
    body = "Министерство обороны России заявило, что подразделения группировки «Центр» освободили Курахово."
    title = "Бои за Курахово продолжаются"
    assert _got(body, gaz, title=title) == {("Kurakhove", "captured", "RU", "factual")}


def test_a_headline_place_the_body_only_locates_is_no_claim(gaz: Gazetteer) -> None:
    body = ("Russian forces captured the village of Sontsivka, north-east of the town, the Russian Defence "
            "Ministry said on Wednesday.")
    assert _got(body, gaz, title="Russia presses toward Kurakhove") == {("Sontsivka", "captured", "RU", "factual")}


def test_a_headline_over_a_body_that_claims_nothing_stands(gaz: Gazetteer) -> None:
    body = "The ministry gave no details. Officials in Kyiv did not comment."
    assert _got(body, gaz, title="Russia says it captured Kurakhove") == {("Kurakhove", "captured", "RU", "factual")}
