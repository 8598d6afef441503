"""A fight followed by "but all the attacks were repelled" («але всі атаки відбито», «атаки ... отбиваются»)
leaves the defender holding the place, as "without success" already did; a brigade named between the attacks and
their side still names the attacker; Moscow's "regrouping from X" of September 2022 is a withdrawal; "took back
control" is a recapture; a flag flying over a place («майорить прапор», «реет флаг») claims it; "beaten back attacks"
are repelled attacks; a neutral denier of a withdrawal names no side; «вдоль Днепра» is the river; the enemy's
repelled attacks leave the speaker's side holding; a force, a sea and an oblast administration named after a place are
no places (the fifteenth session's readings from the fitted sets heldout88-90)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer, extract_claims

from .conftest import doc, got

PUBLISHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
_got = partial(got, source="wire.example", published=PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Окупанти вже тиждень штурмують Шевченкове на Куп'янському напрямку, але всі атаки відбито, повідомив речник.",
     {("Шевченкове", "fighting", "RU", "factual"), ("Шевченкове", "holds", "UA", "factual")}),
    ("Russian troops attacked near Robotyne, but all the assaults were repelled, the General Staff said.",
     {("Robotyne", "fighting", "RU", "factual"), ("Robotyne", "holds", "UA", "factual")}),
    # an alleged repulse, and the other side's counterattacks, make no holder
    ("Росіяни атакували поблизу Кліщіївки, але атаку нібито відбито.", {("Кліщіївка", "fighting", "RU", "factual")}),
])
def test_attacks_said_to_be_repelled_after_the_fight_leave_the_defender_holding(
        text: str, expected: set[tuple[str, str, str, str]], gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


def test_a_brigade_between_the_repelled_attacks_and_their_side_still_names_the_attacker(gaz: Gazetteer) -> None:
    text = ("В районах населённых пунктов Работино и Вербовое отражены атаки штурмовых групп 65-й механизированной "
            "бригады ВСУ.")
    assert _got(text, gaz) == {("Работино", "holds", "RU", "factual"), ("Работино", "fighting", "UA", "factual"),
                               ("Verbove", "holds", "RU", "factual"), ("Verbove", "fighting", "UA", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's defence ministry said its forces were regrouping from Balakliia and Izium to strengthen the front.",
     {("Balakliya", "withdrew", "RU", "factual"), ("Izyum", "withdrew", "RU", "factual")}),
    ("У Міноборони РФ назвали відступ з-під Ізюма «перегрупуванням».", {("Izyum", "withdrew", "RU", "factual")}),
    # regrouping near a place, with nothing left behind, is no withdrawal
    ("Ukrainian units were regrouping near Bakhmut before the next assault.",
     {("Bakhmut", "fighting", "UA", "factual")}),
])
def test_regrouping_from_a_place_is_a_withdrawal(text: str, expected: set[tuple[str, str, str, str]],
                                                 gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize("text", ["Ukrainian forces took back control of Kupiansk on Saturday.",
                                  "Ukraine's armed forces have taken back control of Kupiansk, Zelensky said."])
def test_taking_back_control_is_a_recapture(text: str, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == {("Kupyansk", "captured", "UA", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Над Куп'янськом знову майорить український прапор.", {("Kupyansk", "captured", "UA", "factual")}),
    ("Над Марьинкой реет российский флаг.", {("Mar'yinka", "captured", "RU", "factual")}),
])
def test_a_flag_flying_over_a_place_claims_it(text: str, expected: set[tuple[str, str, str, str]],
                                              gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


def test_a_neutral_denier_of_a_withdrawal_names_no_side(gaz: Gazetteer) -> None:
    # regression: the outlet's neutral side became the actor of the denied withdrawal, the claim failed validation and
    # the whole document yielded nothing
    text = ("Ukraine's top military commander, Valerii Zaluzhnyi, has said Kyiv cannot yet confirm or deny that "
            "Russian troops are leaving Kherson.\n\n\"The enemy continues to use its troops in the Kherson direction. "
            "We cannot confirm or deny information about the so-called 'withdrawal',\" Zaluzhnyi said.")
    claims = extract_claims(doc(text, source="theguardian.com", title="Kyiv cannot yet confirm Russian retreat from "
                                "Kherson", published=PUBLISHED), gaz)
    assert claims and all(c.actor.value in ("RU", "UA", "unknown") for c in claims)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's Ministry of Defence said its troops had beaten back attacks near Robotyne.",
     {("Robotyne", "holds", "RU", "factual"), ("Robotyne", "fighting", "UA", "factual")}),
    ("Ukrainian forces beat back Russian attacks near Avdiivka, the General Staff said.",
     {("Avdiyivka", "holds", "UA", "factual"), ("Avdiyivka", "fighting", "RU", "factual")}),
])
def test_beaten_back_attacks_are_repelled_attacks(text: str, expected: set[tuple[str, str, str, str]],
                                                 gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize("text", ["Противник прорвал оборону на участке вдоль Днепра, сообщил военкор.",
                                  "Російські війська відходять уздовж Дніпра, повідомили у ЗСУ."])
def test_along_the_dnipro_is_the_river(text: str, gaz: Gazetteer) -> None:
    assert {c.place_name for c in extract_claims(doc(text, published=PUBLISHED), gaz)} == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the subject far from the verb, "противника" right after the attacks: the enemy attacked, the speaker's side held
    ("На Южно-Донецком направлении подразделения группировки войск «Восток» при поддержке авиации и огня артиллерии "
     "отразили семь атак штурмовых групп противника в районе Урожайного, сообщили в Минобороны России.",
     {("Урожайне", "holds", "RU", "factual"), ("Урожайне", "fighting", "UA", "factual")}),
    ("Сили оборони відбили атаки противника біля Кліщіївки, повідомили у Генштабі ЗСУ.",
     {("Кліщіївка", "holds", "UA", "factual"), ("Кліщіївка", "fighting", "RU", "factual")}),
])
def test_the_enemys_repelled_attacks_leave_the_speakers_side_holding(
        text: str, expected: set[tuple[str, str, str, str]], gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Valeriy Shershen, a spokesman for the Tavria military grouping, said Ukrainian troops were holding the liberated "
     "settlements.", set()),  # a force named after a region
    ("Ukrainian troops are trying to push towards the Sea of Azov coast near Velyka Novosilka.", {"Velyka Novosilka"}),
    ("Про це повідомили у Міністерстві оборони, звільнення Снігурівки підтвердив очільник Миколаївської ОВА Віталій "
     "Кім.", {"Snihurivka"}),  # an oblast's military administration
])
def test_forces_seas_and_administrations_named_after_places_are_no_places(text: str, names: set[str],
                                                                          gaz: Gazetteer) -> None:
    assert {c.place_name for c in extract_claims(doc(text, published=PUBLISHED), gaz)} == names


@pytest.mark.parametrize(("text", "expected"), [
    ("По словам Пушилина, противник сохраняет позиции в Плещеевке и пытается контратаковать, однако безуспешно.",
     {("Плещеевка", "holds", "UA", "factual")}),
    ("За її словами, противник зберігає присутність у Херсоні, повідомили в ЗСУ.",
     {("Kherson", "holds", "RU", "factual")}),
])
def test_keeping_positions_or_presence_is_holding(text: str, expected: set[tuple[str, str, str, str]],
                                                  gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected
