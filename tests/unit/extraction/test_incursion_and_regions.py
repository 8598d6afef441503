"""Feminine two-word villages in the accusative and the Ukrainian genitive («Малую Локню», «Малу Локню», «Козачої
Локні»); a push «на»/«к» a village; villages or ground counted in a region are an advance there, not the region taken;
a second reported clause after ", and that" keeps its own place; a sided speaker's town "could fall" to the invader of
its country; "по-прежнему под контролем" is still held; a thwarted push towards a village is an assault on it (the
eighteenth session's readings from the fitted set heldout113, the Kursk incursion)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2025, 3, 11, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Наши штурмовики полностью зачистили Малую Локню и продвигаются на Казачью Локню.", "t.me",
     {("Малая Локня", "captured", "RU", "factual"), ("Казачья Локня", "advancing", "RU", "factual")}),
    ("Раніше аналітики DeepState повідомили, що російські війська зайняли Малу Локню.", "suspilne.media",
     {("Мала Локня", "captured", "RU", "factual")}),
    ("Українські підрозділи просунулися в районі Козачої Локні, де тривають бої.", "suspilne.media",
     {("Козача Локня", "advancing", "UA", "factual"), ("Козача Локня", "fighting", "UA", "factual")}),
    ("Российские войска продвигаются к Ступочкам.", "ria.ru", {("Ступочки", "advancing", "RU", "factual")}),
    ("Ворог просувається до Кліщіївки та Андріївки.", "suspilne.media",
     {("Кліщіївка", "advancing", "RU", "factual"), ("Андріївка", "advancing", "RU", "factual")}),
])
def test_feminine_pairs_and_pushes_on_a_village(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's Defense Ministry said Tuesday its troops had retaken 12 villages and more than 100 square kilometers in "
     "the Kursk region over the past five days.", {("Kursk Oblast", "advancing", "RU", "factual")}),
    ("С начала наступательной операции на территории Курской области освобождено 24 населённых пункта общей площадью "
     "более 259 квадратных километров, отмечают в ведомстве.", {("Kursk Oblast", "advancing", "RU", "factual")}),
    # (the whole region taken is still a capture)
    ("Russia said it had taken full control of the Luhansk region.", {("Luhansk Oblast", "captured", "RU", "factual")}),
])
def test_ground_counted_in_a_region_is_an_advance_there(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


def test_a_second_reported_clause_keeps_its_own_place(gaz: Gazetteer) -> None:
    assert _got("Russia's defence ministry said its forces had repelled attacks by Ukrainian mobile groups near the "
                "villages of Kauchuk, Alexeyevka and Korenevo overnight, and that fighting continued in the border "
                "area.", gaz, source="wire.example") == {
        (p, pred, actor, "factual") for p in ("Kauchuk", "Alexeyevka", "Korenevo")
        for pred, actor in (("fighting", "UA"), ("holds", "RU"))}


@pytest.mark.parametrize(("text", "expected"), [
    # (the speaker's own "Russian" names no taker; a Russian town falls to the invader)
    ("Some pro-war Russian military bloggers warned that Korenevo, a district centre of about 5,000 people, could fall "
     "within days if reinforcements did not arrive.", {("Korenevo", "captured", "UA", "conditional")}),
    ("Ukrainian officials warned that Pokrovsk could fall within days.",
     {("Pokrovsk", "captured", "RU", "conditional")}),
    # (the warning's speaker is the commander, not the force he warns about)
    ("Ukrainian commanders warned that Russian forces could reach Pokrovsk within weeks.",
     {("Pokrovsk", "advancing", "RU", "conditional")}),
])
def test_what_a_sided_speaker_warns_could_fall(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Коренево по-прежнему под контролем ВСУ.", {("Korenevo", "holds", "UA", "factual")}),
    ("Свердликово по-прежнему под контролем ВСУ.", {("Свердликово", "holds", "UA", "factual")}),
    ("Покровськ, як і раніше, під контролем ЗСУ.", {("Pokrovsk", "holds", "UA", "factual")}),
])
def test_still_under_control_is_held(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Пресечены попытки ВСУ прорваться к Коренево.",
     {("Korenevo", "fighting", "UA", "factual"), ("Korenevo", "holds", "RU", "factual")}),
    ("Ночью ВСУ пытались прорваться к Тёткино со стороны Рыжевки, атака отбита, противник отошёл с потерями.",
     {("Tëtkino", "fighting", "UA", "factual"), ("Tëtkino", "holds", "RU", "factual")}),
    # (a push towards a city, nothing stopped, is no fight in it)
    ("Российские войска пытались прорваться к Покровску.", set()),
])
def test_a_thwarted_push_towards_a_village(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="ria.ru") == expected


def test_fights_and_footholds_after_a_verb_of_place(gaz: Gazetteer) -> None:
    assert _got("Бои идут у Снагости.", gaz, source="ria.ru") == {("Снагость", "fighting", "unknown", "factual")}


@pytest.mark.parametrize("text", [
    "Many of the evacuees come from communities around Yunakivka and Khotin, where glide bombs and artillery shells "
    "fall daily.",
    "The Danube ports have become a key route for Ukrainian grain exports since Moscow pulled out of the Black Sea "
    "grain deal in July.",
    "As Russian drones close in, villagers near Sumy leave homes they refused to abandon for three years.",
])
def test_shells_that_fall_a_deal_left_and_drones_closing_in_claim_nothing(gaz: Gazetteer, text: str) -> None:
    assert _got(text, gaz, source="wire.example") == set()


def test_a_masculine_name_in_ok_after_k(gaz: Gazetteer) -> None:
    # (after «к» a feminine -ка reads -ке: "к Малиногородку" is a masculine Малиногородок's dative)
    assert _got("Штурмовые группы продвинулись к Малиногородку и закрепились.", gaz, source="ria.ru") == {
        ("Малиногородок", "advancing", "RU", "factual")}
