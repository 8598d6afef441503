"""Failure classes found by the fifty-second held-out set (heldout52.jsonl: an analyst's feeds over 1–5 September
2025 — Siversk, Kupiansk, Borova and Lyman; wires, TASS, MoD and General Staff bulletins, brigade posts, Suspilne,
ISW, X and Telegram), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places, sides

WIRE = "wire.example"
SEPT = datetime(2025, 9, 5, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=SEPT)
_sides = partial(sides, source=WIRE, published=SEPT)
_places = partial(places, source=WIRE, published=SEPT)


# 1. «после взятия X» with a past («вышли», «вийшли») or imperfective present («перебрасывает») main verb tells a
#    taking already done, not a condition; the places after that verb are not what "после взятия" took
def test_after_taking_with_a_past_main_verb(gaz: Gazetteer) -> None:
    assert _got("По словам военкора, после освобождения Торского российские штурмовики вышли на подступы к "
                "Ямполовке.", gaz) == {("Torske", "captured", "RU", "factual"),
                                       ("Ямполовка", "advancing", "RU", "factual")}
    assert _got("Після звільнення Торського російські підрозділи вийшли на підступи до Ямполівки.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Ямполівка", "advancing", "RU", "factual")}
    # the reserves' destination is no second place taken
    assert "Ямполовка" not in _places("После взятия Торского противник перебрасывает резервы к Ямполовке.", gaz)
    # a future main verb keeps the condition
    assert ("Torske", "captured", "unknown", "conditional") in _got(
        "После взятия Торского войска двинутся на Ямполовку.", gaz)


# 2. "отступают/отступили из X", «відступили з X» open a withdrawal's slot for a village missing from the gazetteer;
#    a Cyrillic wire dateline («ДОНЕЦК, 4 сентября. /ТАСС/.») names where the story was filed, not "the village"
def test_retreat_slot_and_cyrillic_datelines(gaz: Gazetteer) -> None:
    assert _got("Подразделения ВСУ начали отступать из Пищанки под натиском штурмовых групп.", gaz) == {
        ("Пищанка", "withdrew", "UA", "factual")}
    assert _got("Українські підрозділи відступили з Гусарівки на нові рубежі.", gaz) == {
        ("Гусарівка", "withdrew", "UA", "factual")}
    assert _got("ДОНЕЦК, 4 сентября. /ТАСС/. Российские бойцы продвигаются по западной окраине села, сообщил "
                "Пушилин.", gaz) == set()
    assert _got("ХАРКІВ, 4 вересня. Російські військові просуваються на околиці села.", gaz) == set()
