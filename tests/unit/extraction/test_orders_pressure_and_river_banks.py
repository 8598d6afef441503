"""Readings from the twenty-second session's work on the fitted sets (heldout177, 189, 195 and the older ones): an
order to take a place, pressure in an area, a long subject before its attack verb, the units of a named commander,
"севернее X" as a locator, falls that name no taker, a river crossed, a month compared with, footholds clung to. Each
case names the reading it pins."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got

PUBLISHED = datetime(2025, 9, 24, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # an order or a task to take a place is an aim, not a gain
    ("Трегубов повідомив, що російське командування поставило своїм підрозділам нове завдання — знову захопити "
     "Купʼянськ до лютого.", {("Kupyansk", "captured", "RU", "conditional")}),
    ("Russian units were ordered to take Kupiansk by February.", {("Kupyansk", "captured", "RU", "conditional")}),
    ("Нашим подразделениям поставлена задача — взять Купянск.", {("Kupyansk", "captured", "RU", "conditional")}),
    # a task already done is no order: "виконали завдання і звільнили X" stays the capture
    ("Російські підрозділи виконали завдання і захопили Купʼянськ.", {("Kupyansk", "captured", "RU", "factual")}),
])
def test_an_order_to_take_a_place_is_an_aim(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "давить в районе X", the Russian twin of "тисне в районі X": an assault there
    ("Российские войска продолжают давить в районе Голубовки.", {("Golubivka", "fighting", "RU", "factual")}),
    # "севернее X" locates the fighting; the comparative is no two-word village "Севернее Купянск"
    ("Севернее Купянска противник продолжает давить в районе Радьковки и Голубовки.",
     {("Golubivka", "fighting", "unknown", "factual"), ("Радьковка", "fighting", "unknown", "factual")}),
])
def test_pressure_in_an_area_is_an_assault(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


def test_a_long_noun_phrase_still_leads_to_its_attack_verb(gaz: Gazetteer) -> None:
    # the MoD's "подразделения ВСУ численностью … при поддержке … атаковали": no comma, no other verb between
    text = ("Сегодня около 8.00 подразделения ВСУ численностью до 300 военнослужащих при поддержке 11 танков и более "
            "20 боевых бронированных машин атаковали позиции в районе Коренево.")
    assert _got(text, gaz, source="t.me") == {("Korenevo", "fighting", "UA", "factual")}


def test_their_own_units_are_the_subjects(gaz: Gazetteer) -> None:
    # "разрешило своим подразделениям выйти": the Ukrainian command's units, told by a Russian outlet
    text = ('Накануне командование украинской группировки "Хортица" объявило, что разрешило своим подразделениям выйти '
            "из Угледара.")
    assert _got(text, gaz, source="tass.ru") == {("Vuhledar", "withdrew", "UA", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    # "X fell" names its taker only by "to": a side of another clause is none (the Ukrainian town fell to Russia)
    ("The Russian claim came three days after Ukraine pulled its troops out of Avdiivka, its biggest setback since "
     "Bakhmut fell in May last year.",
     {("Avdiyivka", "withdrew", "UA", "factual"), ("Bakhmut", "captured", "RU", "historical")}),
    # knocked out in the coming days: a withdrawal still to come
    ("В ближайшие дни ВСУ будут выбиты из Суджи.", {("Sudzha", "withdrew", "UA", "conditional")}),
])
def test_falls_and_expulsions_to_come(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


def test_beyond_the_river_is_no_city(gaz: Gazetteer) -> None:
    # "отбросили врага за Днепр": across the river, not the city of Dnipro
    assert _got("Морпехи освободили село и отбросили врага за Днепр.", gaz, source="t.me") == set()


def test_a_month_compared_with_dates_nothing(gaz: Gazetteer) -> None:
    # "тримаємо менше, ніж у грудні": the hold is now, December is only what it is compared with
    text = "«Кринки не здані. Так, ми тримаємо менше, ніж у грудні, частину позицій на околицях довелося залишити.»"
    assert _got(text, gaz, source="t.me") == {("Krynky", "captured", "RU", "denied"),
                                              ("Krynky", "holds", "UA", "factual")}


@pytest.mark.parametrize("text", [
    "Российские штурмовики зацепились в Кринках.",
    "Російські штурмовики зачепилися за околицю Кринок.",
])
def test_clinging_on_is_a_foothold(gaz: Gazetteer, text: str) -> None:
    assert _got(text, gaz, source="t.me") == {("Krynky", "advancing", "RU", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    # a month named inside "its August 2024 offensive" dates the capture told with it
    ("Ukraine seized Sudzha, a town of about 5,000 people before the war, in the first days of its August 2024 "
     "offensive.", {("Sudzha", "captured", "UA", "historical")}),
    # "at the end of July" names a month as firmly as "in late July" (publication: late September)
    ("Ukraine took back neighbouring Staromaiorske, a few kilometres to the north, at the end of July.",
     {("Staromaiorske", "captured", "UA", "historical")}),
    # the start of the publication month, told three weeks or more into it, is settled
    ("Russian forces took Vuhledar, a hilltop stronghold, at the start of September after Ukraine pulled out its "
     "troops.", {("Vuhledar", "captured", "RU", "historical")}),
    ("Угледар перешёл под контроль российских войск в начале сентября, после более чем двух лет боёв.",
     {("Vuhledar", "captured", "RU", "historical")}),
    # "that October", "That autumn": a past month or season picked out
    ("Ukrainian troops recaptured the nearby railway hub of Lyman that October.",
     {("Lyman", "captured", "UA", "historical")}),
    ("That autumn, Ukrainian troops retook the railway hub of Lyman.", {("Lyman", "captured", "UA", "historical")}),
])
def test_dates_that_settle_a_capture(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the other forms of "взяти": "узяли під контроль", "взяв"
    ("Сили оборони узяли під контроль Суджу.", {("Sudzha", "captured", "UA", "factual")}),
    ("ЗСУ взяв Суджу.", {("Sudzha", "captured", "UA", "factual")}),
    # a headline's present "liberate" finds a village the gazetteer lacks, as the past tense does
    ("Ukrainian forces liberate Robotyne in Zaporizhzhia Oblast, keep advancing southeast of the village.",
     {("Robotyne", "captured", "UA", "factual"), ("Robotyne", "advancing", "UA", "factual")}),
    # "the military says it is now advancing": the institution names itself, an explicit subject
    ("The Ukrainian military says it is now advancing towards Novoprokopivka and Verbove.",
     {("Novoprokopivka", "advancing", "UA", "factual"), ("Verbove", "advancing", "UA", "factual")}),
    # "the Tavria military spokesperson": the grouping's name is no village Tavriia
    ("Ukrainian troops are advancing towards Novoprokopivka, the Tavria military spokesperson, Oleksandr Shtupun, "
     "said.", {("Novoprokopivka", "advancing", "UA", "factual")}),
    # the invader's "X наш!" over a Ukrainian town is its capture (a defender's "Кринки наші" stays a hold)
    ("Угледар наш! 🇷🇺 Над горсоветом подняты флаги.", {("Vuhledar", "captured", "RU", "factual")}),
])
def test_headlines_slogans_and_spokespeople(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gerund or a control noun before "would": the premise of a consequence, a capture still to come
    ("Capturing Mariupol would allow Russia to link its forces in the Donbas with those in Crimea.",
     {("Mariupol", "captured", "RU", "conditional")}),
    ("Full control of Mariupol would give Russia a land corridor.", {("Mariupol", "captured", "RU", "conditional")}),
    # an attempt still to come aims at the capture; one under way is an advance
    ("ISW assesses that Russian forces will likely try to seize Terny and Nevske before pushing on to the Zherebets "
     "River.", {("Terny", "captured", "RU", "conditional"), ("Nevske", "captured", "RU", "conditional")}),
    ("Russian forces are trying to capture Synkivka at any cost.", {("Synkivka", "advancing", "RU", "factual")}),
])
def test_premises_and_attempts_to_come(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


def test_a_bulletins_list_after_a_dash_takes_every_name(gaz: Gazetteer) -> None:
    # "освобождены 12 населённых пунктов — A, B, …": every name of a long list, whatever its ending
    text = ("В ходе наступательных действий освобождены 12 населённых пунктов — Агроном, Богдановка, Бондаревка, "
            "Дмитрюков, Зазулевка, Ивашковский, Колмаков, Кубаткин, Мартыновка, Михайловка, Правда и Южный.")
    names = {name for name, pred, actor, fact in _got(text, gaz, source="t.me")
             if (pred, actor, fact) == ("captured", "RU", "factual")}
    assert {"Агроном", "Дмитрюков", "Ивашковский", "Колмаков", "Кубаткин", "Зазулевка", "Martynovka"} <= names


@pytest.mark.parametrize(("text", "expected"), [
    # a square named by its adjective is no village Sovetskyi
    ("Штурмовые группы продвинулись к центру Суджи, часть подразделений уже работает в районе Советской площади.",
     {("Sudzha", "advancing", "RU", "factual")}),
    # the river a bridge spans is no place
    ("Окупанти продовжують утримувати Ізюм і ремонтують міст через Сіверський Донець.",
     {("Izyum", "holds", "RU", "factual")}),
    # "in our hands", "in Ukrainian hands": a hold of the speaker's or the named side
    ("Toretsk is firmly in our hands, the spokesman for the Khortytsia group said.",
     {("Toretsk", "holds", "UA", "factual")}),
    ("Toretsk is still firmly in Ukrainian hands, the governor said.", {("Toretsk", "holds", "UA", "factual")}),
    # "moved forward in X", a push with its route before the target, an unknown village on the approaches
    ("According to DeepState, Russian troops also moved forward in Zalizne and Pivnichne, east of Toretsk.",
     {("Zalizne", "advancing", "RU", "factual"), ("Pivnichne", "advancing", "RU", "factual")}),
    ("Russian troops are pushing north across open farmland towards Bohoiavlenka.",
     {("Bohoiavlenka", "advancing", "RU", "factual")}),
    ("Ukrainian troops are now fighting on the approaches to Novoprokopivka.",
     {("Novoprokopivka", "fighting", "UA", "factual")}),
])
def test_squares_bridges_hands_and_moves(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # efforts on capturing a place are an effort, not a gain
    ("Russia is concentrating its efforts on capturing Popasna and Rubizhne.",
     {("Popasna", "advancing", "RU", "factual"), ("Rubizhne", "advancing", "RU", "factual")}),
    ("На Донецькому напрямку противник зосереджує зусилля на захопленні Попасної та Рубіжного.",
     {("Popasna", "advancing", "RU", "factual"), ("Rubizhne", "advancing", "RU", "factual")}),
    # an attempt to come whose verb is not the capture's ("attempt to exploit the seizure of X") stays an advance
    ("ISW assesses that Russian forces will likely attempt to exploit the seizure of Vuhledar and push north toward "
     "Bohoiavlenka.", {("Vuhledar", "advancing", "RU", "conditional"),
                       ("Bohoiavlenka", "advancing", "RU", "conditional")}),
])
def test_efforts_and_exploits_are_no_captures(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a romanised common word ("northern") before its cue is a village's name in English text
    ('"Pivnichne is under our control," Nazar Voloshyn said.', {("Pivnichne", "holds", "UA", "factual")}),
    # the General Staff's "successes near X" and "pushed through" are gains ("no success" is none)
    ("The Ukrainian General Staff reported that Ukrainian forces achieved unspecified successes near Novoprokopivka.",
     {("Novoprokopivka", "advancing", "UA", "factual")}),
    ("The Russians achieved no success near Robotyne.", set()),
    ("In recent weeks Russian forces have pushed through the village of Pivnichne and into much of Zalizne.",
     {("Pivnichne", "advancing", "RU", "factual"), ("Zalizne", "advancing", "RU", "factual")}),
    ("На Ізюмському напрямку противнику вдалося досягти часткового успіху біля Бражківки.",
     {("Бражківка", "advancing", "RU", "factual")}),
])
def test_romanised_names_and_successes(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "attacks by … were repelled near X": the attackers named before the passive fought there, the others held
    ("Two attacks by Ukrainian assault groups were repelled near Rabotino, the ministry said.",
     {("Rabotino", "holds", "RU", "factual"), ("Rabotino", "fighting", "UA", "factual")}),
    # a failed attempt to retake a place is an assault, not ground gained
    ("Russian forces were trying in vain to win back lost ground around Urozhaine.",
     {("Urozhaine", "fighting", "RU", "factual")}),
    ("На Донецькому напрямку ворог намагався наступати в районах Рубіжного та Попасної.",
     {("Rubizhne", "fighting", "RU", "factual"), ("Popasna", "fighting", "RU", "factual")}),
    # "Ровно два года назад" is "exactly two years ago", not Rivne
    ("Ровно два года назад, 18 апреля 2022 года, российские войска освободили Кременную.",
     {("Kreminna", "captured", "RU", "historical")}),
])
def test_passive_repels_failed_attempts_and_adverbs(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a one-word Latin name before "said" is a speaker's surname (Orlov), not the village Orlove
    ("Orlov said Enerhodar was still under Ukrainian control.", {("Enerhodar", "holds", "UA", "factual")}),
    # a title after a list of villages is no village of the list
    ("Ukrainian troops are pressing forward near the villages of Klishchiivka and Kurdiumivka, Deputy Defence "
     "Minister Hanna Maliar said.", {("Klishchiivka", "advancing", "UA", "factual"),
                                     ("Kurdyumivka", "advancing", "UA", "factual")}),
    # "temporarily occupied" is today's status, Kyiv's formula for the towns Russia holds, not background
    ("Тимчасово окуповані Пологи та Василівка.",
     {("Polohy", "captured", "RU", "factual"), ("Vasylivka", "captured", "RU", "factual")}),
])
def test_surnames_titles_and_temporary_occupation(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


def test_a_capitalised_in_before_a_later_month_is_last_year(gaz: Gazetteer) -> None:
    # "In November …" opening a January sentence is last November, as "in November" mid-sentence is
    text = "In November Russian forces took the village of Pavlivka, a few kilometres to the south-west."
    assert got(text, gaz, source="reuters.com", published=datetime(2023, 1, 28, 12, 0, tzinfo=UTC)) == {
        ("Pavlivka", "captured", "RU", "historical")}


@pytest.mark.parametrize("text", [
    # "broke through a Ukrainian line": the side named is the line's owner, not who broke through
    "Several Russian milbloggers claimed that elements of the 155th Naval Infantry Brigade broke through a Ukrainian "
    "line east of Vuhledar.",
    "Russian marines broke through Ukrainian defences near Vuhledar.",
])
def test_the_owner_of_a_line_broken_is_no_actor(gaz: Gazetteer, text: str) -> None:
    assert _got(text, gaz, source="reuters.com") == {("Vuhledar", "advancing", "RU", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    # "X стоїть" (the town stands) holds it; "кацапи лізуть на Y" (the slur, the slang) is a Russian assault on Y
    ("Торецьк стоїть 🇺🇦 Кацапи вже третю добу лізуть на Дружбу.",
     {("Toretsk", "holds", "UA", "factual"), ("Дружба", "fighting", "RU", "factual")}),
    # "determined to take X": an aim
    ("Soldiers said Russian commanders appear determined to take Toretsk before winter.",
     {("Toretsk", "captured", "RU", "conditional")}),
    # "since the start of the month" reaches to now: a hold, not background (publication: late September)
    ("Станіслав та Широка Балка з початку вересня перебувають під контролем російських військ.",
     {("Stanislav", "holds", "RU", "factual"), ("Shyroka Balka", "holds", "RU", "factual")}),
    # "LVIV, Ukraine, March 3 (Reuters)" is a dateline, no place of a claim
    ("LVIV, Ukraine, March 3 (Reuters) - Ukrainian troops forced Russian forces out of Voznesensk.",
     {("Voznesensk", "captured", "UA", "factual")}),
])
def test_slang_aims_and_datelines(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


def test_the_defence_broken_into_is_the_defenders(gaz: Gazetteer) -> None:
    # "прорвати оборону Сил оборони": the Defence Forces named in the object defend; the subject attacks
    text = ("Російські війська намагаються прорвати оборону Сил оборони в районі Тернів і Торського на Донеччині, "
            "однак усі штурми відбиваються.")
    assert _got(text, gaz, source="ukrinform.ua") == {
        ("Terny", "fighting", "RU", "factual"), ("Terny", "holds", "UA", "factual"),
        ("Torske", "fighting", "RU", "factual"), ("Torske", "holds", "UA", "factual")}


def test_the_side_whose_account_it_is_is_no_actor(gaz: Gazetteer) -> None:
    # "…, according to Ukrainian and Western analysts": the analysts' side is no force of the verbs before it
    text = ("Russian troops are already fighting in the southern suburbs of Kostiantynivka, and to the north they have "
            "edged closer to Siversk, according to Ukrainian and Western analysts who track the front line.")
    assert _got(text, gaz, source="reuters.com") == {("Kostyantynivka", "fighting", "RU", "factual"),
                                                     ("Siversk", "advancing", "RU", "factual")}


def test_a_quoted_remains_ours(gaz: Gazetteer) -> None:
    # 'says X "remains ours"': the quote mark between the name and the words is no gap
    text = "Ukraine's 24th brigade says Ivanopillia \"remains ours\"."
    assert _got(text, gaz, source="reuters.com") == {("Ivanopillya", "holds", "UA", "factual")}


def test_a_romanised_name_far_along_a_list(gaz: Gazetteer) -> None:
    # "Pivdenne" ("southern") past brackets and another name is still a village of the assaults' list
    text = ("Russian forces continued assaults near Toretsk itself, Niu-York (south of Toretsk), and Pivdenne "
            "(southeast of Toretsk) but did not make confirmed advances.")
    assert _got(text, gaz, source="reuters.com") == {("Toretsk", "fighting", "RU", "factual"),
                                                     ("Niu-York", "fighting", "RU", "factual"),
                                                     ("Pivdenne", "fighting", "RU", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    # footage that shows a side's troops in a place: a foothold there
    ("Geolocated footage shows Russian troops in western #Druzhba and northern #Zalizne.",
     {("Druzhba", "advancing", "RU", "factual"), ("Zalizne", "advancing", "RU", "factual")}),
    ("BBC Verify has geolocated videos showing Ukrainian armoured vehicles on the western edge of Sudzha.",
     {("Sudzha", "advancing", "UA", "factual")}),
    # (what the troops are doing, not where they are: no foothold)
    ("Footage shows Ukrainian troops destroying a Russian tank near Robotyne.", set()),
])
def test_troops_seen_in_a_place(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "at the end of December" in a January text is last December, as "in December" is
    ("Huliaipole, which withstood nearly four years as a front-line town, fell only at the end of December.",
     {("Hulyaypole", "captured", "RU", "historical")}),
    # "One year ago, …": an anniversary told, background
    ("One year ago, Ukrainian troops smashed through the border near Sudzha and took Sudzha.",
     {("Sudzha", "captured", "UA", "historical")}),
])
def test_last_years_end_and_anniversaries(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="reuters.com", published=datetime(2026, 1, 20, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "After retaking X in early October, Ukrainian troops …": the participle clause shares the main clause's subject
    ("After retaking the railway hub of Lyman in early October, Ukrainian troops pushed east.",
     {("Lyman", "captured", "UA", "historical")}),
    # "X, яку ворог обстрілює щодня, лишається українською": the place stays Ukrainian, past a short relative clause
    ("Гайдай підкреслив, що жодного прориву немає, а Білогорівка, яку ворог обстрілює щодня, лишається українською.",
     {("Bilohorivka", "holds", "UA", "factual")}),
])
def test_participle_subjects_and_places_that_stay(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert got(text, gaz, source="rbc.ua", published=datetime(2023, 3, 6, 12, 0, tzinfo=UTC)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the passive «ВСУ выбиты из X»: the subject was knocked out, it withdrew; the active «выбили ВСУ из X» took X
    ("ВСУ выбиты из Ивановского.", {("Ivanivs'ke", "withdrew", "UA", "factual")}),
    ("Наши бойцы выбили ВСУ из Ивановского.", {("Ivanivs'ke", "captured", "RU", "factual")}),
])
def test_knocked_out_in_the_passive(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected
