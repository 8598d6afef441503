"""Failure classes found by the fiftieth held-out set (heldout50.jsonl: an analyst's feeds over 27–31 July 2026 — short
wire items, long bulletins, brigade and corps posts, DeepState, ISW, analyses, OSINT X posts), each as a general rule,
with other places and wording than that set."""

from __future__ import annotations

from services.normalizer.extraction import Gazetteer

from .test_generalisation33 import _got


# 1. The Russian MoD's «улучшили положение по переднему краю в районах X и Y» (Ukrainian «покращили положення по
#    передньому краю») is ground gained there: an advance, not only a fight like «улучшить тактическое положение»
def test_improved_position_along_the_front_line_is_an_advance(gaz: Gazetteer) -> None:
    assert _got("Подразделения группировки войск «Север» улучшили положение по переднему краю в районах "
                "населенных пунктов Хотень и Кондратовка Сумской области, сообщило Минобороны России.", gaz) == {
        ("Khotin", "advancing", "RU", "factual"), ("Kindrativka", "advancing", "RU", "factual")}
    assert _got("У Міноборони РФ заявили, що російські підрозділи покращили положення по передньому краю в районі "
                "Кіндратівки.", gaz) == {("Kindrativka", "advancing", "RU", "factual")}
    # the General Staff's "tried to improve its tactical position" stays an assault
    assert _got("Ворог намагався покращити тактичне положення в районі Кіндратівки.", gaz) == {
        ("Kindrativka", "fighting", "RU", "factual")}
    # places after a second verb ("... и нанесли поражение формированиям ВСУ в районах X") are that verb's, no advance
    assert ("Kindrativka", "advancing", "RU", "factual") not in _got(
        "Подразделения группировки улучшили положение по переднему краю и нанесли поражение формированиям ВСУ в "
        "районах населенных пунктов Кондратовка и Хотень.", gaz)


# 2. A village missing from the gazetteer after "(finished) clearing" or before «зачищено/зачищена» ("Котлярівку
#    зачищено 🇺🇦") is in a capture slot, like "cleared X", «зачистили X»
def test_cleared_village_missing_from_the_gazetteer(gaz: Gazetteer) -> None:
    assert _got("Котлярівку зачищено 🇺🇦", gaz) == {("Котлярівка", "captured", "UA", "factual")}
    assert ("Kotliarivka", "captured", "UA", "factual") in _got(
        "Ukrainian units reportedly finished clearing Kotliarivka and are pushing toward Kindrativka.", gaz)
