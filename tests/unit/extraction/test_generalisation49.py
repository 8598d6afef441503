"""Failure classes found by the forty-ninth held-out set (heldout49.jsonl: an analyst's feeds over 3–7 June 2025 — the
Dnipropetrovsk border, the Sumy border offensive, Kostiantynivka/Toretsk, Chasiv Yar, Kupiansk, Kamianske), each as a
general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got

WIRE = "wire.example"
JUNE = datetime(2025, 6, 5, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=JUNE)


# 1. "All participants had been safely withdrawn from Russia", «выведены из России»: a withdrawal whose object is a
#    country moves people out of it; it is no withdrawal from the place the text named before
def test_withdrawal_from_a_country_is_no_antecedent_withdrawal(gaz: Gazetteer) -> None:
    assert _got("The video shows drones striking Tu-95 bombers at the Engels air base in Saratov Oblast and the "
                "Shaykovka air base in Kaluga Oblast, more than 600 kilometers from the Ukrainian border. The SBU "
                "chief said the operation had been prepared for a year and that all participants had been safely "
                "withdrawn from Russia before the strikes.", gaz) == set()
    # a withdrawal from the town talked about still takes it
    assert _got("Russian forces captured Siversk. Ukrainian troops withdrew from the town.", gaz) == {
        ("Siversk", "captured", "RU", "factual"), ("Siversk", "withdrew", "UA", "factual")}


# 2. "поблизу Вільного Поля", «у Вольного Поля»: after a neuter adjective's genitive (-ого/-его) a noun in -ля/-ря is
#    a neuter noun's genitive, so the unknown village's nominative ends in -е ("Широке Поле", not "Широке Поля")
def test_neuter_two_word_name_in_the_genitive(gaz: Gazetteer) -> None:
    assert _got("Ворог атакував поблизу Сіверська та Широкого Поля.", gaz) == {
        ("Siversk", "fighting", "RU", "factual"), ("Широке Поле", "fighting", "RU", "factual")}
    assert _got("Бои идут у Широкого Поля и Северска.", gaz) == {
        ("Siversk", "fighting", "unknown", "factual"), ("Широкое Поле", "fighting", "unknown", "factual")}
    # a й-stem masculine noun keeps its own nominative
    assert _got("Ворог атакував поблизу Зеленого Гаю.", gaz) == {("Зеленый Гай", "fighting", "RU", "factual")}


# 3. "Attacks were also reported in Lviv and Rivne in western Ukraine", «у Луцьку та Рівному на заході України»:
#    cities located in the far west are strike targets, no battle there
def test_attacks_on_cities_in_western_ukraine_are_no_fighting(gaz: Gazetteer) -> None:
    assert _got("Attacks were also reported in Lviv and Rivne in western Ukraine, and in the Sumy region.",
                gaz) == set()
    assert _got("Explosions and attacks were reported in Rivne in western Ukraine.", gaz) == set()
    assert _got("Атаки фіксували також у Луцьку та Рівному на заході України.", gaz) == set()
    # a front located in the east stays a fight
    assert _got("Russian forces attacked near Siversk and Lyman in eastern Ukraine.", gaz) == {
        ("Siversk", "fighting", "RU", "factual"), ("Lyman", "fighting", "RU", "factual")}


# 4. "He did not say how much of X was under Ukrainian control", «не уточнил, какая часть X под контролем ВСУ»: an
#    open question about a share of the place, no hold or advance
def test_how_much_of_a_place_is_an_open_question(gaz: Gazetteer) -> None:
    assert _got("He did not say how much of Siversk was under Ukrainian control.", gaz) == set()
    assert _got("It is unclear how much of Siversk remains under Ukrainian control.", gaz) == set()
    assert _got("Он не уточнил, какая часть Северска находится под контролем ВСУ.", gaz) == set()
    assert _got("Він не уточнив, яка частина Сіверська під контролем ЗСУ.", gaz) == set()
    # a stated share still holds
    assert _got("Ukrainian forces control much of Siversk.", gaz) == {("Siversk", "holds", "UA", "factual")}


# 5. «закрепились на окраинах X севернее Y и ведут бои», «північніше Y»: a Russian/Ukrainian compass adverb makes Y a
#    reference that only locates X, as "north of Y" does; the fight after it is not at Y
def test_russian_compass_reference_takes_no_fight(gaz: Gazetteer) -> None:
    assert _got("Российские подразделения закрепились на окраинах Кислівки севернее Купянска и ведут бои за "
                "населённый пункт.", gaz) == {("Кислівка", "advancing", "RU", "factual"),
                                              ("Кислівка", "fighting", "RU", "factual")}
    assert _got("Ворог закріпився на околицях Кислівки північніше Куп'янська і веде бої.", gaz) == {
        ("Кислівка", "advancing", "RU", "factual")}
