"""Readings from the fitted sets heldout129 and heldout133 (Selydove in 2024; the volunteer corps' raids into Kursk
and Belgorod oblasts in 2024) and heldout89 (the Dnipro's left bank, 2022): the Legion and the RDK by their short
names fight for Ukraine; «попытки вторжения» in the areas of villages is an assault there, and the country
"на территорию" of which is invaded is no force; "Противник цепляется за X" holds X; positions held "around" a
list of places hold every place of it (not a foothold); "took up more favorable positions" is a pull-back; a side
whose fire presses a withdrawal is not the one withdrawing; "Ukraine's steelmakers" take no town that falls;
"(UA: Tsukuryne)" names a spelling, not a force (the nineteenth session)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer
from services.normalizer.extraction.morphology import nominative_guess

from .conftest import got

PUBLISHED = datetime(2024, 3, 14, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "source", "expected"), [
    # the volunteer units by their short names
    ("The Legion later said on Telegram that Tetkino was \"completely under the control\" of its fighters.",
     "reuters.com", {("Tëtkino", "captured", "UA", "factual")}),
    ("Russian Volunteer Corps (RDK) sources claimed that RDK fighters continue to fight in Kozinka.",
     "wire.example", {("Kozinka", "fighting", "UA", "factual")}),
    ("Штурмовые подразделения Легиона закрепились на северной окраине Козинки и продолжают бой.", "t.me",
     {("Kozinka", "advancing", "UA", "factual")}),
    ("🇷🇺⚔️ Freedom of Russia Legion and the Siberian Battalion say they crossed the border; Legion claims fighting "
     "inside Tetkino.", "x.com", {("Tëtkino", "fighting", "UA", "factual")}),
    # an incursion tried in the areas of villages: the invader attacks, the invaded country holds
    ("«Сегодня около 03:00 мск киевский режим предпринял попытки вторжения на территорию Российской Федерации в "
     "районах приграничных населённых пунктов Тёткино Курской области, а также Сподарюшино Белгородской области», - "
     "говорится в сообщении ведомства.", "tass.ru",
     {("Tëtkino", "fighting", "UA", "factual"), ("Tëtkino", "holds", "RU", "factual"),
      ("Сподарюшино", "fighting", "UA", "factual"), ("Сподарюшино", "holds", "RU", "factual")}),
    ("Минобороны: ВСУ предприняли попытку вторжения в районе Тёткино.", "tass.ru",
     {("Tëtkino", "fighting", "UA", "factual")}),
    ("В Белгородской области сорваны попытки вторжения в районах Козинки.", "mil.ru",
     {("Kozinka", "fighting", "UA", "factual"), ("Kozinka", "holds", "RU", "factual")}),
    # the full-scale invasion locates nothing
    ("Бєлгородщина регулярно потерпає від ударів дронів з початку повномасштабного вторгнення Росії в Україну.",
     "suspilne.media", set()),
    ("До повномасштабного вторгнення в Лимані мешкало понад 20 тисяч людей.", "suspilne.media", set()),
    # clinging on to a place under assault
    ("Минобороны России сообщило, что противник цепляется за Суджу.", "tass.ru",
     {("Sudzha", "holds", "UA", "factual")}),
    ("Генштаб: окупанти чіпляються за Суджу.", "suspilne.media", {("Sudzha", "holds", "RU", "factual")}),
])
def test_border_raid_readings(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops now hold positions on the eastern bank around Oleshky and Hola Prystan.",
     {("Oleshky", "holds", "RU", "factual"), ("Hola Prystan", "holds", "RU", "factual")}),
    ("Russian troops hold positions near Kherson and Oleshky.",
     {("Kherson", "holds", "RU", "factual"), ("Oleshky", "holds", "RU", "factual")}),
    # a part of the town is still a foothold
    ("Russian forces likely only hold positions in the eastern part of Oleshky.",
     {("Oleshky", "advancing", "RU", "factual")}),
])
def test_positions_held_around_places(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Our units left the village in order to preserve the lives of our personnel and took up more favorable "
     "positions, Voloshyn said of Zhovte.", {("Zhovte", "withdrew", "UA", "factual")}),
    ("Ukrainian soldiers defending the eastern town of Selydove say they have been forced to pull back from its "
     "eastern districts under relentless Russian bombardment.",
     {("Selydove", "withdrew", "UA", "factual"), ("Selydove", "holds", "UA", "factual"),
      ("Selydove", "advancing", "RU", "factual")}),
    ("Ukrainian troops withdrew from Selydove under heavy Russian fire.", {("Selydove", "withdrew", "UA", "factual")}),
    # an owner of no force is no taker; a force is
    ("Russian forces are attacking Pokrovsk. If Pokrovsk falls, Ukraine's steelmakers would have to import all of "
     "their coking coal.", {("Pokrovsk", "fighting", "RU", "factual"), ("Pokrovsk", "captured", "RU", "conditional")}),
    ("If Pokrovsk falls, Ukraine's steelmakers would have to import all of their coking coal.", set()),
    ("Once Pokrovsk falls, Russia's army will turn north.", {("Pokrovsk", "captured", "RU", "conditional")}),
    # a spelling's label
    ("🇷🇺 Russian MoD claims its \"Tsentr\" group has \"liberated\" Tsukurino (UA: Tsukuryne), SE of Selydove.",
     {("Tsukuryne", "captured", "RU", "factual")}),
    ("RU: Tsukuryne captured.", {("Tsukuryne", "captured", "RU", "factual")}),
])
def test_selydove_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2024, 12, 6, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "source", "expected"), [
    # the enemy's own units withdrawn (not the speaker's), and the speaker's own units by agent
    ("У Генштабі зазначають, що противник продовжує відведення частини підрозділів з Київщини та Чернігівщини.",
     "suspilne.media",
     {("Kyiv Oblast", "withdrew", "RU", "factual"), ("Chernihiv Oblast", "withdrew", "RU", "factual")}),
    ("Генштаб: ми відвели підрозділи з Бахмута.", "suspilne.media", {("Bakhmut", "withdrew", "UA", "factual")}),
    # a side freed from, fronted before a passive liberation, is the loser; after an active verb too
    ("На Броварському напрямку від окупантів звільнено Велику Димерку та Калинівку.", "suspilne.media",
     {("Velyka Dymerka", "captured", "UA", "factual"), ("Kalynivka", "captured", "UA", "factual")}),
    ("Українські військові звільнили від окупантів село Велика Димерка.", "suspilne.media",
     {("Velyka Dymerka", "captured", "UA", "factual")}),
    # control in the past is history, control now is not
    ("Окупанти контролювали Бородянку з кінця лютого.", "suspilne.media",
     {("Borodianka", "holds", "RU", "historical")}),
    ("Окупанти контролюють Бородянку.", "suspilne.media", {("Borodianka", "holds", "RU", "factual")}),
    ("ВСУ контролировали Суджу семь месяцев.", "ria.ru", {("Sudzha", "holds", "UA", "historical")}),
    # a state verb before the participle is a passive: the forces in the ring are not its closers
    ("Ukrainian forces in Mariupol remain encircled.", "wire.example", {("Mariupol", "advancing", "RU", "factual")}),
    # the country's and a republic's formal names, a unit named after the sea: no villages
    ("Вооружёнными Силами Российской Федерации взяты под контроль города Бердянск и Энергодар.", "ria.ru",
     {("Berdyansk", "captured", "RU", "factual"), ("Enerhodar", "captured", "RU", "factual")}),
    ("На Поліському напрямку противник завершує відведення підрозділів з Київської області на територію "
     "Республіки Білорусь.", "suspilne.media", {("Kyiv Oblast", "withdrew", "RU", "factual")}),
    ("Azov's 1st Corps says Kucheriv Yar is fully cleared and under UA control.", "x.com",
     {("Kucheriv Yar", "captured", "UA", "factual")}),
    ("Russian forces captured the village of Azov.", "wire.example", {("Azov", "captured", "RU", "factual")}),
])
def test_kyiv_withdrawal_readings(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert got(text, gaz, source=source, published=datetime(2022, 4, 3, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "source", "expected"), [
    # the Azov units fight for Ukraine; the Sea of Azov is no force
    ("Soldiers of the 1st Azov Corps retook the village of Kucheriv Yar in late August.", "wire.example",
     {("Kucheriv Yar", "captured", "UA", "historical")}),
    ("Russian forces advanced along the Sea of Azov coast near Kucheriv Yar.", "wire.example",
     {("Kucheriv Yar", "advancing", "RU", "factual")}),
    # "and still hold it" is now, whatever the capture's date; "were still holding" is not
    ("Soldiers of Ukraine's 1st Azov Corps retook the village of Kucheriv Yar in late August and still hold it.",
     "wire.example", {("Kucheriv Yar", "captured", "UA", "historical"), ("Kucheriv Yar", "holds", "UA", "factual")}),
    ("In 2023 Ukrainian troops still held Kucheriv Yar.", "wire.example",
     {("Kucheriv Yar", "holds", "UA", "historical")}),
    # the subject of a passive push-out left the place
    ("Russian infiltration groups were also pushed out of the Zolotyi Kolodiaz area over the weekend.", "x.com",
     {("Zolotyi Kolodiaz", "withdrew", "RU", "factual")}),
    ("Ukrainian troops were forced out of Selydove.", "wire.example", {("Selydove", "withdrew", "UA", "factual")}),
    # a part held after "under their control": a foothold
    ("По словам главы республики, в Родинском российские подразделения продвигаются, под их контролем уже "
     "находится северо-восточная часть населенного пункта.", "iz.ru", {("Rodynske", "advancing", "RU", "factual")}),
    # two-word names in the instrumental
    ("Над Новим Шаховим знову майорить український прапор.", "suspilne.media",
     {("Нове Шахове", "captured", "UA", "factual")}),
    ("Над Новою Полтавкою знову майорить український прапор.", "suspilne.media",
     {("Нова Полтавка", "captured", "UA", "factual")}),
])
def test_dobropillia_axis_readings(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert got(text, gaz, source=source, published=datetime(2025, 9, 17, 12, 0, tzinfo=UTC)) == expected


def test_the_country_whose_territory_is_taken_is_no_taker(gaz: Gazetteer) -> None:
    claims = got("In its weekly summary, the group said Russian forces had occupied about 95 square kilometers of "
                 "Ukrainian territory over the past seven days, with the largest gains on the Pokrovsk and Dobropillia "
                 "axes.", gaz, source="wire.example", published=datetime(2025, 9, 19, 12, 0, tzinfo=UTC))
    assert claims and {actor for _, _, actor, _ in claims} == {"RU"}


@pytest.mark.parametrize(("text", "source", "expected"), [
    # the governors of Russia's border regions speak for Russia: their units hold, the raiders attack
    ("Kursk regional governor Roman Starovoit said border guards and army units were repelling an attack near "
     "Tetkino.", "reuters.com", {("Tëtkino", "fighting", "UA", "factual"), ("Tëtkino", "holds", "RU", "factual")}),
    ("Губернатор Курской области Роман Старовойт заявил, что пограничники отражают атаку у Тёткино.", "ria.ru",
     {("Tëtkino", "fighting", "UA", "factual"), ("Tëtkino", "holds", "RU", "factual")}),
    # "&" joins a list of places
    ("Russian forces attacked near Kherson & Oleshky.", "x.com",
     {("Kherson", "fighting", "RU", "factual"), ("Oleshky", "fighting", "RU", "factual")}),
])
def test_border_governors_and_ampersand_lists(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Ukrainian feminine accusative before a soft noun that keeps its nominative
    ("ЗСУ звільнили Стару Басань.", {("Стара Басань", "captured", "UA", "factual")}),
    # a unit named after a person names no place
    ("Підрозділи 14-ї окремої механізованої бригади імені князя Романа Великого звільнили Макарів на Київщині.",
     {("Makariv", "captured", "UA", "factual")}),
])
def test_kyiv_oblast_names(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="suspilne.media", published=datetime(2022, 4, 1, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Russian neuter two-word names whose noun is adjective-shaped, and a feminine name in -ица, in a list
    ("Минобороны: освобождены Малая Локня, Черкасское Поречное, Косица и Лебедевка.",
     {("Малая Локня", "captured", "RU", "factual"), ("Черкасское Поречное", "captured", "RU", "factual"),
      ("Косица", "captured", "RU", "factual"), ("Лебедевка", "captured", "RU", "factual")}),
    ("Минобороны: освобождены Белое Поречное и Лебедевка.",
     {("Белое Поречное", "captured", "RU", "factual"), ("Лебедевка", "captured", "RU", "factual")}),
    ("Минобороны: в Черкасском Поречном продолжаются бои.",
     {("Черкасское Поречное", "fighting", "unknown", "factual")}),
])
def test_kursk_neuter_names(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="ria.ru", published=datetime(2025, 3, 12, 12, 0, tzinfo=UTC)) == expected


def test_a_foothold_held_in_the_other_countrys_region(gaz: Gazetteer) -> None:
    # Ukraine holding ground in a Russian region is news; a region held by its own country, or fought in, is not
    assert _got("Ukrainian troops continue to hold positions in Russia's Kursk region.", gaz,
                source="wire.example") == {("Kursk Oblast", "holds", "UA", "factual")}
    assert _got("Russian troops control Kursk Oblast.", gaz, source="wire.example") == set()
    assert _got("Fighting continues in Kursk Oblast.", gaz, source="wire.example") == set()


@pytest.mark.parametrize(("text", "source", "expected"), [
    # knocked out of a part of a place: the expelled side lost ground there, the other advanced
    ("Воїни 3-го армійського корпусу вибили окупантів з північної частини Торського.", "suspilne.media",
     {("Torske", "advancing", "UA", "factual"), ("Torske", "withdrew", "RU", "factual")}),
    ("Наши штурмовики выбили ВСУ из северной части Торского.", "ria.ru",
     {("Torske", "advancing", "RU", "factual"), ("Torske", "withdrew", "UA", "factual")}),
    # out of the whole place: taken
    ("Воїни 3-го армійського корпусу вибили окупантів з Торського.", "suspilne.media",
     {("Torske", "captured", "UA", "factual")}),
])
def test_expelled_from_a_part(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town's own quarter names the town; a regional capital's raion names only the raion
    ("Russian assault on Chasiv Yar's Kanal district repelled overnight.",
     {("Chasiv Yar", "fighting", "RU", "factual")}),
    ("Russian troops entered Toretsk's Zabalka district.", {("Toretsk", "advancing", "RU", "factual")}),
    ("Fighting continued opposite Belgorod's Krasnaya Yaruga district.", set()),
])
def test_a_towns_own_quarter(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname after a given name is no village ("Zaporozhets" is not Zaporizke)
    ("Russian forces now control approximately a third of the village of Serhiivka, west of Pokrovsk, Dmytro "
     "Zaporozhets, spokesperson for the 7th Rapid Response Corps, said.",
     {("Serhiyivka", "advancing", "RU", "factual")}),
    # a short aside between commas bounds no clause: the side after it still takes the town that falls
    ("If Kostiantynivka falls, they reckon, Russia will turn on Druzhkivka and Kramatorsk, the last big cities of "
     "Ukrainian-held Donetsk.", {("Kostyantynivka", "captured", "RU", "conditional")}),
])
def test_surnames_and_asides(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2025, 5, 5, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "значительную часть населённого пункта" (with ё) is a share of the place: a foothold
    ("Российские военные продвинулись в Белогоровке ЛНР и контролируют уже значительную часть населённого пункта.",
     {("Bilohorivka", "advancing", "RU", "factual")}),
    # tree lines near a place under control: ground near it, not the place
    ("Союзные силы продолжают сжимать кольцо вокруг Белогоровки — часть лесопосадок западнее посёлка уже под нашим "
     "контролем.", {("Bilohorivka", "advancing", "RU", "factual")}),
])
def test_bilohorivka_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="ria.ru", published=datetime(2024, 7, 16, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "source", "expected"), [
    # a Ukrainian -піль in the oblique cases (і → о)
    ("Бої біля Костянтинополя.", "suspilne.media", {("Kostiantynopil", "fighting", "unknown", "factual")}),
    ("Бої у Костянтинополі.", "suspilne.media", {("Kostiantynopil", "fighting", "unknown", "factual")}),
    # a share just before "under control" is a foothold, whatever place the sentence talks about
    ('Toretsk (RU: Dzerzhinsk) update: Russian milbloggers claim the city is "80% under control".', "x.com",
     {("Toretsk", "advancing", "RU", "factual")}),
    # facilities struck are no ground fight
    ("Ночью киевские боевики вновь атаковали объекты энергетики Лисичанска.", "ria.ru", set()),
])
def test_kostiantynopil_readings(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert got(text, gaz, source=source, published=datetime(2025, 1, 15, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # claims denied after a contrast reach the capture they name, not the foothold before it
    ("Російські окупанти заходили в Очеретине на Донеччині, однак заяви про повне захоплення населеного пункту не "
     "відповідають дійсності.",
     {("Ocheretyne", "advancing", "RU", "factual"), ("Ocheretyne", "captured", "RU", "factual"),
      ("Ocheretyne", "captured", "RU", "denied")}),
    # "these claims" are the ones just named: denied
    ("Раніше Міноборони РФ заявляло про «звільнення» Очеретиного, однак ці заяви не відповідали дійсності.",
     {("Ocheretyne", "captured", "RU", "factual"), ("Ocheretyne", "captured", "RU", "denied")}),
])
def test_ocheretyne_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="suspilne.media", published=datetime(2024, 4, 25, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("inflected", "nominative"), [
    ("Бердычей", "Бердычи"), ("Юрковичей", "Юрковичи"), ("Бердычах", "Бердычи"),
    # a neuter adjective-shaped name in the instrumental or locative (not a noun's instrumental)
    ("Спорным", "Спорное"), ("Спорном", "Спорное"), ("Спірним", "Спірне"), ("Лиманом", "Лиманом")])
def test_plural_and_neuter_nominatives(inflected: str, nominative: str) -> None:
    # a genitive plural in -ычей/-ичей names a plural village in -ычи/-ичи
    assert nominative_guess(inflected) == nominative


@pytest.mark.parametrize(("text", "expected"), [
    # the owner of the positions taken is not the subject of the advance
    ("Российские военнослужащие заняли опорный пункт Вооруженных сил Украины в районе Волчанских Хуторов Харьковской "
     "области и продвинулись на 300 метров.", {("Волчанские Хутора", "advancing", "RU", "factual")}),
    # the outskirts a withdrawal goes to are no foothold
    ("Ганчев: в Волчанске подразделения ВСУ отходят из центральной части города к южной окраине.",
     {("Vovchansk", "withdrew", "UA", "factual")}),
    ("Российские войска вышли к южной окраине Волчанска.", {("Vovchansk", "advancing", "RU", "factual")}),
])
def test_vovchansk_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="ria.ru", published=datetime(2025, 1, 23, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Zelenskyy said Russian forces did not have the strength to take the city of Kharkiv.", set()),
    ("Voloshyn added that Orikhiv is hit with guided aerial bombs every day, but there is no fighting in the town.",
     set()),
    ("There is heavy fighting in Orikhiv, Russian forces are attacking.", {("Orikhiv", "fighting", "RU", "factual")}),
])
def test_no_means_and_no_fight(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


def test_the_capital_as_an_agent_in_the_instrumental(gaz: Gazetteer) -> None:
    assert got("Военный эксперт Василий Дандыкин считает, что темпы продвижения замедлились из-за переброски Киевом "
               "резервов.", gaz, source="ria.ru", published=datetime(2024, 6, 13, 12, 0, tzinfo=UTC)) == set()


def test_a_neuter_locative_names_the_village(gaz: Gazetteer) -> None:
    # in a text about villages "в Приморском" is the locative of Приморское, not Приморск (whose instrumental looks
    # the same)
    from services.normalizer.extraction.resolve import neuter_candidates

    cands = [p for p in gaz.places if p.name in ("Prymorsk", "Prymorske") and p.admin_code == "UA:26"]
    assert {p.name for p in cands} == {"Prymorsk", "Prymorske"}
    assert [p.name for p in neuter_candidates(cands, "Приморском")] == ["Prymorske"]
    assert {p.name for p in neuter_candidates(cands, "Приморска")} == {"Prymorsk", "Prymorske"}


def test_abandoning_positions_near_a_place(gaz: Gazetteer) -> None:
    assert got("Ворог у паніці кидає позиції біля Мартинівки.", gaz, source="suspilne.media",
               published=datetime(2024, 8, 20, 12, 0, tzinfo=UTC)) == {("Мартинівка", "withdrew", "RU", "factual")}
    assert got("Минобороны России: противник в панике бросает позиции у Мартыновки.", gaz, source="ria.ru",
               published=datetime(2024, 8, 20, 12, 0, tzinfo=UTC)) == {("Martynovka", "withdrew", "UA", "factual")}


@pytest.mark.parametrize(("text", "source", "expected"), [
    # the remnants fought with are the defenders, not the side that entered
    ("Военные отмечают, что параллельно штурмовые группы зашли в Архангельское, где идут бои с остатками украинских "
     "подразделений.", "ria.ru",
     {("Arkhanhelske", "advancing", "RU", "factual"), ("Arkhanhelske", "fighting", "RU", "factual")}),
    # "більшу його частину": its larger part, a foothold
    ("Бої за Очеретине тривають, населений пункт повністю не захоплений, хоча ворог контролює більшу його частину.",
     "suspilne.media", {("Ocheretyne", "advancing", "RU", "factual"), ("Ocheretyne", "captured", "RU", "denied"),
                        ("Ocheretyne", "fighting", "RU", "factual")}),
])
def test_ocheretyne_remnants_and_shares(gaz: Gazetteer, text: str, source: str, expected: Expected) -> None:
    assert got(text, gaz, source=source, published=datetime(2024, 5, 8, 12, 0, tzinfo=UTC)) == expected


def test_gains_not_named(gaz: Gazetteer) -> None:
    claims = _got("Russia's Defense Ministry said its troops had improved their positions near Siversk, without naming "
                  "specific gains.", gaz, source="apnews.com")
    assert all(actor == "RU" for _, _, actor, _ in claims)


def test_only_a_few_buildings_still_held(gaz: Gazetteer) -> None:
    assert got("В самом Артемовске бойцы «Вагнера» продолжают зачищать западные кварталы, под контролем противника "
               "остаются лишь отдельные многоэтажки.", gaz, source="ria.ru",
               published=datetime(2023, 5, 17, 12, 0, tzinfo=UTC)) == {("Bakhmut", "holds", "UA", "factual")}


def test_a_village_in_ichi_far_from_the_city_it_reads_as(gaz: Gazetteer) -> None:
    claims = got("Сили оборони відбили атаки у районах Очеретиного, Новобахмутівки, Семенівки та Бердичів.", gaz,
                 source="suspilne.media", published=datetime(2024, 4, 23, 12, 0, tzinfo=UTC))
    assert ("Бердичі", "fighting", "RU", "factual") in claims
    assert not any(place == "Berdychiv" for place, _, _, _ in claims)


def test_a_name_that_only_qualifies_is_no_antecedent(gaz: Gazetteer) -> None:
    claims = got("🇷🇺⚔️ Freedom of Russia Legion says it crossed the border; Legion claims fighting inside Tetkino. "
                 "RU MoD says all attacks repelled.", gaz, source="x.com",
                 published=datetime(2024, 3, 12, 12, 0, tzinfo=UTC))
    assert {place for place, _, _, _ in claims} == {"Tëtkino"}


def test_whose_account_a_repelled_attack_is(gaz: Gazetteer) -> None:
    # "За версією росіян" names whose account it is; the side that lost men attacked, the Russians held
    claims = got("Міноборони Росії заявило, що українські війська намагалися прорвати кордон у районі сіл Демидівка та "
                 "Прилісся. За версією росіян, усі атаки відбито, а українські підрозділи втратили до 200 бійців.", gaz,
                 source="suspilne.media", published=datetime(2025, 3, 18, 12, 0, tzinfo=UTC))
    assert {("Demydivka", "holds", "RU", "factual"), ("Прилісся", "holds", "RU", "factual")} <= claims
    assert not any(pred == "holds" and actor == "UA" for _, pred, actor, _ in claims)


def test_a_common_word_inside_a_list_of_names(gaz: Gazetteer) -> None:
    # "Stepove" (also "of the steppe") is a village when listed with other places
    claims = got("Russian forces have pushed west, taking a string of villages including Lastochkyne, Stepove and "
                 "Tonenke.", gaz, source="wire.example", published=datetime(2024, 5, 1, 12, 0, tzinfo=UTC))
    assert {place for place, _, _, _ in claims} == {"Lastochkyne", "Stepove", "Tonenke"}
    assert got("Peace and Victory are words, Kyiv said.", gaz, source="wire.example",
               published=datetime(2024, 5, 1, 12, 0, tzinfo=UTC)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces now occupy about 200 square kilometers of the region, including the border villages of Basivka "
     "and Zhuravka.", {("Basivka", "holds", "RU", "factual"), ("Zhuravka", "holds", "RU", "factual")}),
    ("Ukrainian troops occupy positions near Basivka.", set()),
    ("According to DeepState, Russian troops did occupy Basivka at the start of the month.",
     {("Basivka", "captured", "RU", "factual")}),
])
def test_occupy_now_and_did_occupy(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2025, 6, 4, 12, 0, tzinfo=UTC)) == expected


def test_the_occupied_part_of_a_region_locates(gaz: Gazetteer) -> None:
    assert _got("Her sister stayed behind in Nyzhnia Duvanka, in the Russian-occupied part of the Luhansk region.", gaz,
                source="wire.example") == set()
    assert _got("Russian troops have occupied part of the Luhansk region.", gaz, source="wire.example") == {
        ("Luhansk Oblast", "advancing", "RU", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian Gas Flows to Europe via Ukraine Hold Steady at Sudzha Entry Point.", set()),
    ("Russian natural gas shipments through Ukraine held steady, with nominations at the Sudzha entry point unchanged.",
     set()),
    ("Russia's foreign ministry said the incursion ruled out any talks with Kyiv for now.", set()),
    ("Ukrainian troops hold firm in Sudzha.", {("Sudzha", "holds", "UA", "factual")}),
])
def test_no_ground_held_or_gained(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="wire.example") == expected


@pytest.mark.parametrize("text", [
    "Ukrainian border guards repelled a Russian sabotage group near Zhuravka.",
    "The State Border Guard Service reported repelling a Russian sabotage and reconnaissance group near Zhuravka.",
])
def test_a_repelled_group_attacked(gaz: Gazetteer, text: str) -> None:
    assert _got(text, gaz, source="wire.example") == {("Zhuravka", "fighting", "RU", "factual"),
                                                       ("Zhuravka", "holds", "UA", "factual")}


def test_a_repelled_sabotage_group_attacked_in_russian(gaz: Gazetteer) -> None:
    assert got("Пограничники отразили ДРГ ВСУ у Тёткино.", gaz, source="ria.ru",
               published=datetime(2025, 3, 10, 12, 0, tzinfo=UTC)) == {("Tëtkino", "fighting", "UA", "factual"),
                                                                       ("Tëtkino", "holds", "RU", "factual")}
