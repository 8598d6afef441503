"""Failure classes found by the forty-fifth held-out set (heldout45.jsonl: an analyst's feeds over 8–12 March 2025 —
the Kursk salient collapsing, the Sumy border, Pokrovsk, Toretsk, Chasiv Yar and Kupiansk; wires, RU MoD bulletins,
Ukrainian outlets, ISW, brigade X accounts and Telegram channels), each as a general rule, with other places and
wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, sides

WIRE = "wire.example"
MAR = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=MAR)
_sides = partial(sides, source=WIRE, published=MAR)


# 1. An assault fronted before the repelling side ("Штурми біля X наші підрозділи відбили", "Атаки у X наши бойцы
#    отразили", "Attacks near X our units repelled"): the side after the assault is the repeller, the other one attacked
def test_fronted_assault_repelled_by_the_side_after_it(gaz: Gazetteer) -> None:
    assert _sides("Штурми біля Берестового наші підрозділи відбили.", gaz) == {
        ("Берестове", "fighting", "RU", "UA")}
    assert _sides("Атаки противника біля Іванівки наші захисники успішно відбили.", gaz) == {
        ("Іванівка", "fighting", "RU", "UA")}


# 2. A clearing under way ("продолжают зачистку X", "продовжують зачистку X", "начали зачистку X") is a fight by the
#    clearing side, not yet a capture
def test_clearing_under_way_is_a_fight(gaz: Gazetteer) -> None:
    assert _got("Российские подразделения продолжают зачистку Красногоровки.", gaz) == {
        ("Krasnohorivka", "fighting", "RU", "factual")}
    assert _got("Російські війська продовжують зачистку Красногорівки.", gaz) == {
        ("Krasnohorivka", "fighting", "RU", "factual")}


# 3. "Після окупації X у січні ...", "После оккупации X в январе ...": the occupation that opens the sentence is a dated
#    capture of X by Russia (not the frame of the advance that follows), as "після захоплення X" already was
def test_after_the_occupation_of_x_is_a_dated_capture(gaz: Gazetteer) -> None:
    got = _got("Після окупації Курахового в січні російські війська намагаються просуватися на північ.", gaz)
    assert got == {("Kurakhove", "captured", "RU", "historical")}
    got = _got("После оккупации Курахово в январе российские войска пытаются продвигаться на север.", gaz)
    assert got == {("Kurakhove", "captured", "RU", "historical")}


# 4. "X лежит западнее Y, освобождённого в январе", "X lies west of Y, captured in January": a capture participle right
#    after ", " describes the place just before the comma, never the sentence's subject (two places joined by "и/і/and"
#    before it share it)
def test_participle_after_a_comma_describes_the_place_before_it(gaz: Gazetteer) -> None:
    got = _got("Новоалександровка расположена западнее Курахово, освобождённого российскими войсками в начале января.",
               gaz)
    assert "Новоалександровка" not in {t[0] for t in got}
    assert _got("Восстановят дома в Новоселовке и Уманском, освобождённых летом 2024 года.", gaz) == {
        ("Новоселовка", "captured", "RU", "historical"), ("Уманское", "captured", "RU", "historical")}


# 5. "ВСУ «отбили» X", "ЗСУ відбили X": a village's name right after the verb is what was taken back (a capture), not an
#    attack repelled; a side then saying it holds X denies that retaking
def test_taken_back_village_after_the_verb(gaz: Gazetteer) -> None:
    assert _got("Бійці ЗСУ відбили Торське.", gaz) == {("Torske", "captured", "UA", "factual")}
    got = _sides("Украинские каналы пишут, что ВСУ «отбили» Торское. Это враньё: Торское удерживают наши.", gaz)
    assert ("Torske", "captured", "UA", "RU") in got and ("Torske", "holds", "RU", "RU") in got
    assert _got("Наши бойцы отбили атаку у Торского.", gaz) == {("Torske", "fighting", "UA", "factual"),
                                                                 ("Torske", "holds", "RU", "factual")}


# 6. "X has been a regular target as Russian troops press toward the region's remaining cities", "пока войска
#    продвигаются к оставшимся городам области": an advance with its own plural goal claims nothing about X
def test_advance_toward_plural_goal_is_not_about_the_subject(gaz: Gazetteer) -> None:
    assert _got("Kramatorsk lies about 20 kilometres south of Sloviansk and has been a regular target as Russian "
                "troops push toward the region's remaining cities.", gaz) == set()
    assert _got("Russian troops press toward Kostiantynivka.", gaz) == {
        ("Kostyantynivka", "advancing", "RU", "factual")}


# 7. "Russian drones attacked the city of X, damaging port infrastructure", "Російські дрони атакували X": an attack by
#    drones or missiles, or one that damages, is a strike, not ground fighting
def test_weapon_attacks_are_strikes(gaz: Gazetteer) -> None:
    assert _got("Russian drones attacked the southern city of Izmail, damaging port infrastructure.", gaz) == set()
    assert _got("Російські дрони атакували Запоріжжя вночі.", gaz) == set()
    assert _got("Russian troops attacked Toretsk.", gaz) == {("Toretsk", "fighting", "RU", "factual")}


# 8. "X, the largest town under Ukrainian control in the region", «X — крупнейший город под контролем ВСУ»: a place noun
#    described by the control phrase states who holds it, no change of hands
def test_place_noun_under_control_is_a_hold(gaz: Gazetteer) -> None:
    assert _got("Kostiantynivka, the largest city under Ukrainian control in the area, is being shelled.", gaz) == {
        ("Kostyantynivka", "holds", "UA", "factual")}
    assert _got("Константиновка — крупнейший город под контролем ВСУ в регионе.", gaz) == {
        ("Kostyantynivka", "holds", "UA", "factual")}


# 9. "have since pushed them back from more than half of the area they once held": a share of an area is no named
#    place, not the antecedent of an earlier sentence
def test_share_of_an_area_is_not_the_antecedent(gaz: Gazetteer) -> None:
    got = _got("Ukraine seized Kurakhove in 2023. Russian forces have since pushed them back from more than half "
               "of the area they once held.", gaz)
    assert {t for t in got if t[1] == "withdrew"} == set()
    assert _got("Russian forces pushed Ukrainian troops back from Kurakhove.", gaz) == {
        ("Kurakhove", "withdrew", "UA", "factual")}


# 10. "Начальник Ізюмської міської військової адміністрації", «глава Купянской городской военной администрации»: a
#     city's administration names a speaker, no place of a claim
def test_city_administration_is_no_place(gaz: Gazetteer) -> None:
    assert _got("Начальник Ізюмської міської військової адміністрації заявив, що Ізюм перебуває під контролем Сил "
                "оборони.", gaz) == {("Izyum", "holds", "UA", "factual")}
