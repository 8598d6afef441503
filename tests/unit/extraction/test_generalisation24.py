"""Failure classes found by the twenty-fourth held-out set (heldout24.jsonl: X and Telegram posts — OSINT
geolocation, map updates, voenkor slang such as "серая зона" and "заходят", brigade posts, numbered threads), each as a
general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

RU_OUTLET = "ria-region.example"
UA_OUTLET = "ukrinform.example"
WIRE = "wire.example"
NOV = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


# 1. "X — серая зона", "X переведена в сіру зону", "X is now a grey zone": the place is fought over and held by
#    nobody — fighting with no side named, whatever side the channel or a nearby attack names
def test_grey_zone_is_fighting_with_no_actor(gaz: Gazetteer) -> None:
    got = tuples(run("Под Угледаром без изменений, Макаровка — серая зона.", gaz, source=RU_OUTLET, published=NOV))
    assert ("Makarivka", "fighting", "unknown", "factual") in got
    assert not any(t[0] == "Vuhledar" and t[1] == "fighting" for t in got)  # the other clause's town is not grey
    got = tuples(run("Оновлення мапи: Яблунівка переведена в сіру зону.", gaz, source=UA_OUTLET, published=NOV))
    assert any(t[1:] == ("fighting", "unknown", "factual") for t in got)
    got = tuples(run("The village of Nevelske is now a grey zone.", gaz, source=WIRE, published=NOV))
    assert ("Nevelske", "fighting", "unknown", "factual") in got


# 2. near miss: "enter the grey zone near X", "зайти в сіру зону біля X": the entry is the claim, not a contested X
def test_entering_the_grey_zone_is_no_grey_place(gaz: Gazetteer) -> None:
    got = tuples(run("Troops managed to enter the grey zone near Stupochky.", gaz, source=WIRE, published=NOV))
    assert ("Stupochky", "fighting", "unknown", "factual") not in got
    got = tuples(run("Окупанти намагалися зайти в сіру зону біля Торського.", gaz, source=UA_OUTLET, published=NOV))
    assert not any(t[0] == "Torske" and t[2] == "unknown" for t in got)


# 3. "штурмовые группы заходят в X", "ВСУ заходят в X": voenkor slang for entering a place — an advance
def test_zakhodyat_is_an_advance(gaz: Gazetteer) -> None:
    got = tuples(run("Наши штурмовики заходят в Курахово с востока.", gaz, source=RU_OUTLET, published=NOV))
    assert ("Kurakhove", "advancing", "RU", "factual") in got
    assert not any(t[0] == "Kurakhove" and t[1] == "captured" for t in got)  # entering is not taking
