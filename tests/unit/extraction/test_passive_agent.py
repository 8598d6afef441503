"""The agent of a passive encirclement names who closes the ring ("encircled by Russian forces", «оточені
російськими військами»); the side encircled is the one named before the verb or right after an active one."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got

WIRE = "wire.example"
MAY = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)

_named = partial(got, source=WIRE, published=MAY)


def test_the_agent_after_by_closes_the_ring(gaz: Gazetteer) -> None:
    got = _named("Ukrainian troops in Kurakhove are at risk of being encircled by Russian forces, analysts said.", gaz)
    assert {t[2] for t in got if t[0] == "Kurakhove"} == {"RU"}
    got = _named("Russian units near Vovchansk were encircled by Ukrainian forces, the brigade said.", gaz)
    assert {t[2] for t in got if t[0] == "Vovchansk"} == {"UA"}


def test_an_instrumental_agent_closes_the_ring(gaz: Gazetteer) -> None:
    got = _named("Украинские подразделения в Курахово окружены российскими войсками, сообщил военкор.", gaz)
    assert {t[2] for t in got if t[0] == "Kurakhove"} == {"RU"}
    got = _named("Українські підрозділи в Костянтинівці оточені російськими військами, заявив аналітик.", gaz)
    assert {t[2] for t in got if t[0] == "Kostyantynivka"} == {"RU"}


def test_the_side_encircled_is_still_not_the_actor(gaz: Gazetteer) -> None:
    # the active verb and the agentless passive as before
    assert {t[2] for t in _named("Russian forces have encircled Ukrainian units in Kurakhove.", gaz)} == {"RU"}
    assert {t[2] for t in _named("Ukrainian units in Kurakhove have been encircled, the ministry said.", gaz)} == {"RU"}
    assert {t[2] for t in _named("Російські війська оточили українські підрозділи в Костянтинівці.", gaz)} == {"RU"}
