"""Readings from the fitted sets of the twentieth session (heldout149, 151, 153, 155: Toretsk, the push into
Dnipropetrovsk oblast, Kupiansk east of the Oskil, the end of the Kursk incursion). First the gazetteer: a village
whose Russian name GeoNames gives only in Latin (Kondrashovka for Кіндрашівка) gets that name in Cyrillic, so a
Russian text's «Кондрашовку» finds it."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from scripts.build_gazetteer import place_aliases
from services.normalizer.extraction import Gazetteer
from services.normalizer.extraction.settlements import settlement_lexicon
from services.normalizer.extraction.transliteration import russian_cyrillic

from .conftest import got, run

PUBLISHED = datetime(2025, 9, 24, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Kondrashovka", ("Кондрашовка",)),
    ("Samoylovo", ("Самойлово",)),
    ("Zakhar'yevka", ("Захарьевка",)),
    ("Yeremeyevka", ("Еремеевка",)),
    ("Zhovtnevoye", ("Жовтневое",)),
    ("Gvozdovka Vtoraya", ("Гвоздовка Вторая",)),
    ("Troitskiy", ("Троицкий", "Троитский")),  # "tsk" both ways: Троицкий, Солдатское
    # not a Russian romanisation: the Ukrainian h, the 2010 system's ia/ie, a German w, no Russian ending
    ("Kharkivka", ()), ("Vasilievka", ()), ("Losowaja", ()), ("Podol", ()), ("Hostre", ()),
])
def test_russian_cyrillic_reads_a_bgn_romanisation_back(latin: str, cyrillic: tuple[str, ...]) -> None:
    assert russian_cyrillic(latin) == cyrillic


def test_gazetteer_gains_the_russian_cyrillic_of_its_own_name_only() -> None:
    aliases = place_aliases("Kindrashivka", ["Kondrashevka", "Kondrashovka", "Кіндрашівка"])
    assert "Кондрашовка" in aliases and "Кондрашевка" in aliases
    # a former name is not a spelling of the place's own: Pokrovsk never becomes «Гришино»
    assert not any(a.startswith("Гриш") for a in place_aliases("Pokrovsk", ["Grishino", "Krasnoarmeysk"]))
    # nor a masculine adjective (the governor's «Брянский») or a stem as short as a common word's (Острое: остров)
    assert "Брянский" not in place_aliases("Bryanka", ["Bryanskiy", "Брянка"])
    assert "Острое" not in place_aliases("Hostre", ["Ostroye", "Гостре"])


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Подразделения группировки войск «Запад» освободили населённый пункт Кондрашовка Харьковской области.",
     "tass.ru", {("Kindrashivka", "captured", "RU", "factual")}),
    ("Украинские подразделения пытались контратаковать в районе Кондрашовки, все атаки отражены.", "tass.ru",
     {("Kindrashivka", "fighting", "UA", "factual"), ("Kindrashivka", "holds", "RU", "factual")}),
])
def test_russian_name_known_only_in_latin_resolves(gaz: Gazetteer, text: str, source: str,
                                                   expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


# the settlement lexicon knows the Russian forms of the commonest names, whose stems differ from the Ukrainian by more
# than the vowels its skeleton merges: Олександрівка is Александровка, Миколаївка Николаевка, Залізне Железное
@pytest.mark.parametrize(("word", "name"), [
    ("Александровку", "Олександрівка"), ("Николаевки", "Миколаївка"), ("Екатериновку", "Катеринівка"),
    ("Новоалександровка", "Новоолександрівка"), ("Железное", "Залізне"), ("Песчаное", "Піщане"),
    ("Каменское", "Кам'янське"), ("Алексеевку", "Олексіївка"),
])
def test_lexicon_reads_russian_forms_of_common_names(word: str, name: str) -> None:
    names = settlement_lexicon()._names(word)
    assert names is not None and name in names.split("|")


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a date inside "in the first days of the <month year> invasion" dates the verb before it
    ("Russian forces captured Kupiansk in the first days of the February 2022 invasion but were driven out in a "
     "lightning Ukrainian counteroffensive that September.", PUBLISHED,
     {("Kupyansk", "captured", "RU", "historical"), ("Kupyansk", "withdrew", "RU", "historical")}),
    # an apposition between the object and the date ("Sudzha, a town of about 5,000 people before the war,") is not
    # the clause's own, nor are its verbs ("the largest town Ukraine held"); "last August" is over
    ("Ukrainian forces seized Sudzha, a town of about 5,000 people before the war, in the first days of a surprise "
     "incursion last August.", datetime(2025, 3, 10, 9, 0, tzinfo=UTC),
     {("Sudzha", "captured", "UA", "historical")}),
    ("Russia recaptured Sudzha, the largest town Ukraine held, in mid-March.", datetime(2025, 4, 18, 9, 0, tzinfo=UTC),
     {("Sudzha", "captured", "RU", "historical"), ("Sudzha", "holds", "UA", "historical")}),
    # a past season: "over the summer" opening the sentence, «в начале лета» after the verb (a September text)
    ("Over the summer, Russian forces took Kindrashivka.", PUBLISHED,
     {("Kindrashivka", "captured", "RU", "historical")}),
    ("Кондрашовку российские войска освободили в начале лета.", PUBLISHED,
     {("Kindrashivka", "captured", "RU", "historical")}),
    # (a summer claim is still this year's claim: reported, not history)
    ("Over the summer, Russia's Ministry of Defense claimed to have captured Kindrashivka.", PUBLISHED,
     {("Kindrashivka", "captured", "RU", "factual")}),
    ("Российские военные ведут бои в Железном, противник отходит.", PUBLISHED,
     {("Железное", "fighting", "RU", "factual")}),
])
def test_dates_past_appositions_and_seasons(gaz: Gazetteer, text: str, published: datetime,
                                            expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=published) == expected


# «По данным министерства, ВСУ потеряли …»: the source is the noun before the comma, the force after it is what the
# source says (so the next sentence's «противника» is still the ministry's enemy); the units a verb attacks
# («пытались контратаковать подразделения группировки») are not the attacker
@pytest.mark.parametrize(("text", "expected"), [
    ("По данным министерства, за сутки ВСУ потеряли более 200 военнослужащих, танк и шесть автомобилей. Также "
     "российские подразделения отразили контратаку противника у Петропавловки.",
     {("Петропавловка", "fighting", "UA", "factual"), ("Петропавловка", "holds", "RU", "factual")}),
    ("В течение суток ВСУ пытались контратаковать подразделения группировки «Запад» у села Песчаное.",
     {("Песчаное", "fighting", "UA", "factual")}),
])
def test_according_to_source_and_attacked_units(gaz: Gazetteer, text: str, expected: Expected) -> None:
    claims = run(text, gaz, source="ria.ru", published=PUBLISHED)
    assert {(c.place_name, c.predicate.value, c.actor.value, "factual") for c in claims} == expected
    assert all(c.claimant != "ua_army" for c in claims)


# heldout151 (the push into Dnipropetrovsk oblast, 2025): a gain built on («развивая успех после освобождения X»)
# is done, the main verb's fight is now; those who had defended a place and left («оборонявшиеся …, отошли») hold
# nothing; the side cleared out of («зачистили околицю X від окупантів») or knocked out («вибили окупантів із
# лісосмуги на околиці X») lost the ground there
@pytest.mark.parametrize(("text", "expected"), [
    ("«Наши подразделения, развивая успех после освобождения Дачного, ведут бои на окраинах Малиевки.",
     {("Дачне", "captured", "RU", "factual"), ("Maliyivka", "fighting", "RU", "factual"),
      ("Maliyivka", "advancing", "RU", "factual")}),
    ("По его словам, украинские подразделения, оборонявшиеся в районе Дачного, отошли на запад, к Новогеоргиевке.",
     {("Дачне", "withdrew", "UA", "factual")}),
    ("🇺🇦 Воїни нашого штурмового батальйону зачистили північну околицю Березового від окупантів, взято 3 полонених.",
     {("Березове", "advancing", "UA", "factual")}),
    ("Того ж дня штурмові групи бригади вибили окупантів із лісосмуги на західній околиці Ольгівського.",
     {("Ольгівське", "advancing", "UA", "factual")}),
])
def test_gains_built_on_and_sides_cleared_out(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


# heldout157 (the fall of Vuhledar, 2024): "its Ukrainian defenders" names the holder; the defenders an attacking side
# "exhausted" are the other side's; "has not yet officially claimed X" is no claim and no denial; "authorized to leave
# X" is a withdrawal; «Золота Нива» opening a quote is one name; a prediction's coordinated or purpose verbs are
# predictions too
@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces are closing in on the embattled eastern town of Vuhledar, with its Ukrainian defenders at risk "
     "of encirclement.", {("Vuhledar", "advancing", "RU", "factual"), ("Vuhledar", "holds", "UA", "factual")}),
    ("It said Russian forces had thrown reserves into flanking attacks that had exhausted the town's defenders in "
     "Vuhledar.", {("Vuhledar", "fighting", "RU", "factual"), ("Vuhledar", "holds", "UA", "factual")}),
    ("Russia has not yet officially claimed Vuhledar.", set()),
    ("Ukraine's Khortytsia group confirmed on Wednesday evening that troops had been authorized to leave Vuhledar.",
     {("Vuhledar", "withdrew", "UA", "factual")}),
    ("«Золота Нива під нашим контролем, там працюють наші підрозділи».", {("Золота Нива", "holds", "UA", "factual")}),
    ("ISW assesses that Russian forces will likely attempt to exploit the seizure of Vuhledar and push north toward "
     "Bohoiavlenka.", {("Vuhledar", "advancing", "RU", "conditional"),
                       ("Bohoiavlenka", "advancing", "RU", "conditional")}),
    ("Аналітики прогнозують, що найближчим часом ворог спробує вийти до Катеринівки, щоб розвинути наступ на Курахове.",
     {("Katerynivka", "advancing", "RU", "conditional"), ("Kurakhove", "advancing", "RU", "conditional")}),
])
def test_vuhledar_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2024, 10, 2, 12, 0, tzinfo=UTC)) == expected


# heldout163 (the 2023 counteroffensive): "на південному фланзі Бахмута" locates the villages fought for; «Работино» is
# the Russian name of Роботине
def test_flank_locator_and_robotyne(gaz: Gazetteer) -> None:
    got_uk = _got("На південному фланзі Бахмута українські підрозділи ведуть наступальні дії поблизу Кліщіївки.", gaz,
                  source="wire.example")
    assert got_uk == {("Кліщіївка", "fighting", "UA", "factual")}
    names = settlement_lexicon()._names("Работино")
    assert names is not None and "Роботине" in names.split("|")


# heldout159 (Velyka Novosilka, January 2025): the subject of an attack verb before an impersonal «відбито одну атаку»
# attacked; «після освобождения X и Y в середине января гарнизон оказался …» is done, not a plan; an attempt to wedge
# in («намагалися вклинитися») is an assault; «наступними цілями» is "next", no offensive; a year before a chain of
# verbs joined by "і" dates them all
@pytest.mark.parametrize(("text", "expected"), [
    ("На Оріхівському напрямку ворог атакував у районі Степового, відбито одну атаку.",
     {("Степове", "holds", "UA", "factual"), ("Степове", "fighting", "RU", "factual")}),
    ("Как отмечают военные эксперты, после освобождения Времевки и Нескучного в середине января гарнизон поселка "
     "оказался в полуокружении.",
     {("Времевка", "captured", "RU", "factual"), ("Нескучное", "captured", "RU", "factual"),
      ("Нескучное", "advancing", "RU", "factual")}),
    ("На Новопавлівському напрямку окупанти 11 разів намагалися вклинитися в нашу оборону поблизу Костянтинополя.",
     {("Kostiantynopil", "fighting", "RU", "factual")}),
    ("Але наступними цілями ворога можуть стати Новосілка та Зелене Поле.", set()),
    ("Велика Новосілка мала й символічне значення: влітку 2023 року саме звідси Сили оборони наступали на південь і "
     "звільнили Старомайорське та Урожайне.",
     {("Staromaiorske", "captured", "UA", "historical"), ("Urozhaine", "captured", "UA", "historical")}),
])
def test_velyka_novosilka_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2025, 1, 26, 12, 0, tzinfo=UTC)) == expected


# heldout161 (Huliaipole, 2025): a Guards brigade is Russia's; "attempting to advance … and seize X" is an attempt on
# X; the side that "does not confirm" a capture is not its taker (but "заяви російського Міноборони … не
# підтверджуються" keep the claim Russia's); the side of a "where" clause trying to get in attacks, one trying to
# hold on defends
@pytest.mark.parametrize(("text", "expected"), [
    ("The Russian Ministry of Defense (MoD) claimed on November 11 that elements of the 5th Guards Tank Brigade seized "
     "Yablukove.", {("Yablukove", "captured", "RU", "factual")}),
    ("Russian forces are attempting to advance to the Haichur River and seize Huliaipole.",
     {("Hulyaypole", "advancing", "RU", "factual")}),
    ("Українська сторона захоплення Яблукового не підтверджувала.", {("Яблукове", "captured", "RU", "factual")}),
    ("Найзапекліші бої — в районі Успенівки та Яблукового, де окупанти під прикриттям туману намагаються просочуватися "
     "малими групами.", {("Успенівка", "fighting", "RU", "factual"), ("Яблукове", "fighting", "RU", "factual")}),
    ("Тривають бої за сусідню Успенівку, де ворог намагається утримати позиції.",
     {("Успенівка", "fighting", "UA", "factual")}),
])
def test_huliaipole_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2025, 11, 12, 12, 0, tzinfo=UTC)) == expected


# heldout155 (the end of the Kursk incursion): "Expect X to fall within 48h" is a forecast; a month before ", when"
# dates the clause it introduces
@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops are storming the town. Expect Sudzha to fall within 48h.",
     {("Sudzha", "fighting", "RU", "factual"), ("Sudzha", "captured", "RU", "conditional")}),
    ("Ukraine lost most of its foothold in Kursk Oblast in March, when Russian troops recaptured the town of Sudzha.",
     {("Sudzha", "captured", "RU", "historical")}),
])
def test_kursk_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2025, 4, 14, 12, 0, tzinfo=UTC)) == expected


# "the town" («из города», "the city") is the town the text is about, not a village the sentence before named
def test_town_anaphor_skips_villages(gaz: Gazetteer) -> None:
    text = ("Министерство обороны России объявило об освобождении Угледара. Наши штурмовые группы продвинулись на "
            "подступах к Богоявленке. Украинская сторона в среду признала отход своих войск из города.")
    assert got(text, gaz, source="ria.ru", published=datetime(2024, 10, 3, 12, 0, tzinfo=UTC)) == {
        ("Vuhledar", "captured", "RU", "factual"), ("Богоявленка", "advancing", "RU", "factual"),
        ("Vuhledar", "withdrew", "UA", "factual")}


# a force's presence in part of a place ("RU infantry in the eastern part of X", "troops at the northern edge of X")
# is a foothold; "pressing west toward X", «тиснуть у напрямку X» push on it
@pytest.mark.parametrize(("text", "expected"), [
    ("Geolocated footage shows RU infantry in the eastern part of Pivnichne, ~300 m from the school.",
     {("Pivnichne", "advancing", "RU", "factual")}),
    ("Geolocated footage confirms RU troops at the northern edge of Velikaya Novoselka.",
     {("Velyka Novosilka", "advancing", "RU", "factual")}),
    ("Russian forces have been pressing west toward Maliivka.", {("Maliyivka", "advancing", "RU", "factual")}),
    ("За його словами, на Гуляйпільському напрямку окупанти також тиснуть у напрямку Успенівки та Полтавки.",
     {("Успенівка", "advancing", "RU", "factual"), ("Полтавка", "advancing", "RU", "factual")}),
])
def test_presence_in_part_and_pressing_toward(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


# «На околицях X тривають бої»: the outskirts are where the fight goes on, no foothold with no one in it; «противник
# тисне в районі X» is an assault there
@pytest.mark.parametrize(("text", "expected"), [
    ("На околицях Щербинівки тривають бої.", {("Shcherbynivka", "fighting", "unknown", "factual")}),
    ("На окраинах Щербиновки идут бои.", {("Shcherbynivka", "fighting", "unknown", "factual")}),
    ("Також противник тисне в районі Диліївки, намагаючись вийти до траси на Костянтинівку.",
     {("Диліївка", "fighting", "RU", "factual")}),
])
def test_outskirts_fights_and_pressure_in_an_area(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


# «ворог намагався потіснити наші підрозділи поблизу X, Y та Z»: an assault to push the defenders back at each, who
# hold there
def test_push_back_attempt_is_an_assault(gaz: Gazetteer) -> None:
    text = ("На Бахмутському напрямку ворог 12 разів намагався потіснити наші підрозділи поблизу Іванівського, "
            "Кліщіївки та Андріївки Донецької області.")
    assert _got(text, gaz, source="wire.example") == {
        ("Ivanivs'ke", "fighting", "RU", "factual"), ("Кліщіївка", "fighting", "RU", "factual"),
        ("Андріївка", "fighting", "RU", "factual"), ("Ivanivs'ke", "holds", "UA", "factual"),
        ("Кліщіївка", "holds", "UA", "factual"), ("Андріївка", "holds", "UA", "factual")}


# «Следующие на очереди — X»: the next target, a capture still to come
def test_next_in_line(gaz: Gazetteer) -> None:
    assert _got("Наши взяли Курахово. Следующие на очереди — Покровск и Мирноград.", gaz, source="t.me") == {
        ("Kurakhove", "captured", "RU", "factual"), ("Pokrovsk", "captured", "RU", "conditional")}


def test_ours_after_a_list(gaz: Gazetteer) -> None:
    assert _got("Противник упирается, но Заречное и Дробышево уже за нами.", gaz, source="t.me") == {
        ("Zarichne", "captured", "RU", "factual"), ("Drobysheve", "captured", "RU", "factual")}


# "…, taking Pokrovsk and Myrnohrad": the participle with a name as its object takes it (dated by the end of the clause)
@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces have advanced steadily westward, taking Pokrovsk and Myrnohrad by the end of last year.",
     {("Pokrovsk", "captured", "RU", "historical"), ("Myrnohrad", "captured", "RU", "historical")}),
    ("Russian forces have advanced steadily westward, taking Pokrovsk.", {("Pokrovsk", "captured", "RU", "factual")}),
])
def test_taking_a_named_place(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2026, 3, 10, 12, 0, tzinfo=UTC)) == expected


# "pulled back from positions around X and Y" left every place of the list; "the town itself" after a title naming
# a regional capital for its region ("… in Kursk describe …") is the town the text is about
def test_withdrawal_from_positions_around_a_list(gaz: Gazetteer) -> None:
    assert _got("Ukrainian troops have pulled back from positions around Malaya Loknya and Kazachya Loknya.", gaz,
                source="reuters.com") == {("Malaya Loknya", "withdrew", "UA", "factual"),
                                          ("Kazachya Loknya", "withdrew", "UA", "factual")}


def test_the_town_is_not_the_titles_regional_capital(gaz: Gazetteer) -> None:
    text = ("The road that leads from Yunakivka across the border to Sudzha has become a gauntlet, soldiers say. "
            "Ukrainian commanders insisted the town itself remained in Ukrainian hands.")
    claims = got(text, gaz, "Ukrainian troops in Kursk describe growing Russian pressure", source="apnews.com",
                 published=datetime(2025, 3, 10, 12, 0, tzinfo=UTC))
    assert claims == {("Sudzha", "holds", "UA", "factual")}


# the side an assault tries to dislodge holds the place; "our units are in X" hold it
@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Ukraine's navy spokesperson said Russian forces are trying to dislodge Ukrainian marines from the village of "
     "Krynky.", "reuters.com", {("Krynky", "fighting", "RU", "factual"), ("Krynky", "holds", "UA", "factual")}),
    ("Ворог намагався витіснити наші підрозділи з позицій в районі Кліщіївки.", "wire.example",
     {("Кліщіївка", "fighting", "RU", "factual"), ("Кліщіївка", "holds", "UA", "factual")}),
    ("A spokesperson for Ukraine's 7th Corps said: our units are in Rodynske.", "theguardian.com",
     {("Rodynske", "holds", "UA", "factual")}),
])
def test_dislodged_side_and_units_in_a_place_hold_it(gaz: Gazetteer, text: str, source: str,
                                                     expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


# a failed assault («п'ять безуспішних штурмів», "де отримали відсіч") leaves the place with the defender;
# "recaptured it from Russian-backed separatists" names the loser after "from", the pronoun object between
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Упродовж доби противник здійснив п'ять безуспішних штурмів позицій наших військ у районі Кринок.", PUBLISHED,
     {("Krynky", "fighting", "RU", "factual"), ("Krynky", "holds", "UA", "factual")}),
    ("Ukrainian troops have held the town of Toretsk since they recaptured it from Russian-backed separatists in July "
     "2014.", datetime(2024, 7, 3, 12, 0, tzinfo=UTC),
     {("Toretsk", "holds", "UA", "factual"), ("Toretsk", "captured", "UA", "historical")}),
])
def test_failed_assaults_and_the_loser_after_from(gaz: Gazetteer, text: str, published: datetime,
                                                  expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=published) == expected
