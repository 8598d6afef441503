"""Readings from the twenty-first session's fitted sets (heldout165, 167, 169, 171, 173, 175, 177, 179, 181, 183,
185, 187) and the older fitted sets: an ISW digest's areas after semicolons, lists closed by a dash or named after
"including", the fall of a Ukrainian town with no taker named, admitted losses, struck outskirts, villages the gazetteer
lacks (and the parts of a town that are no village), bulletin formulas. Each case names the reading it pins."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import got, run

PUBLISHED = datetime(2025, 9, 24, 12, 0, tzinfo=UTC)
_got = partial(got, published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


@pytest.mark.parametrize(("text", "expected"), [
    # "fighting on the approaches to X": the noun only says where the fight is
    ("Fighting on the approaches to Vovchansk.", {("Vovchansk", "fighting", "unknown", "factual")}),
    ("Ukrainian units are also fighting on the approaches to Lyman, the brigade said.",
     {("Lyman", "fighting", "UA", "factual")}),
    ("Russian units are fighting on the southern approaches to Bilytske.", {("Bilytske", "fighting", "RU", "factual")}),
    # a village on the approaches is what was fought for; the town after it only locates it
    ("Assault units had cleared the small village on the southern approaches to Zaporizhzhia after weeks of fighting.",
     set()),
    # "the approaches" as the object of a move is no fight ("shield the approaches to X")
    ("Kyiv's forces had used the village to shield the approaches to Lyman.", set()),
])
def test_fighting_on_the_approaches(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the fall of X" names no taker: a Ukrainian town that fell, fell to Russia (the issue's own example)
    ("Since the fall of Bakhmut in May 2023, Russian forces have pushed west.",
     {("Bakhmut", "captured", "RU", "historical")}),
    ("Since the fall of Pokrovsk and Myrnohrad last winter, Russian forces have pushed some 25 km north.",
     {("Pokrovsk", "captured", "RU", "historical"), ("Myrnohrad", "captured", "RU", "historical")}),
    ("The gains follow the fall of Avdiivka in February and of Vuhledar in early October.",
     {("Avdiyivka", "captured", "RU", "historical"), ("Vuhledar", "captured", "RU", "historical")}),
    ("The fall of Pokrovsk would open the road north.", {("Pokrovsk", "captured", "RU", "conditional")}),
    # the share is the whole territory's; the town "including" names was taken whole
    ("Russia recaptured most of the territory in March, including the town of Sudzha.",
     {("Sudzha", "captured", "RU", "historical")}),
    ("Russian troops hold most of the town, including the centre of Sudzha.",
     {("Sudzha", "advancing", "RU", "factual")}),
])
def test_takerless_fall_and_included_whole(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "X, which Ukraine lost in December": lost by the subject's side, taken by the other
    ("Siversk, which Ukraine lost in January, is now a base for Russian attacks.",
     {("Siversk", "captured", "RU", "historical")}),
    ("Kupiansk, which Russia lost in September 2022, is again under attack.",
     {("Kupyansk", "captured", "UA", "historical")}),
    # "earlier this summer" is a settled past, whatever the month of publication
    ("Vuhledar, which Ukraine lost earlier this summer, lies in ruins.",
     {("Vuhledar", "captured", "RU", "historical")}),
    # the passive has its own cue; a battle lost is no place lost
    ("Siversk was lost in December.", set()),
    ("Ukraine lost in the battle for Siversk.", {("Siversk", "fighting", "UA", "factual")}),
])
def test_lost_in_a_relative_clause(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


def test_digest_areas_after_semicolons_share_the_attack_verb(gaz: Gazetteer) -> None:
    # ISW's "Russian forces attacked X itself; south of the city near Y; …": every area is the verb's, however far
    text = ("Russian forces attacked Kostyantynivka itself; south of the city near Oleksandro-Shultyne; southeast of "
            "the city near Ivanopillya and Pleshchiivka; east of the city near Predtechyne and Stupochky; and west and "
            "southwest of the city near Illinivka and Sofiivka on November 23 and 24.")
    assert {p for p, *_ in _got(text, gaz, source="understandingwar.org")} == {
        "Kostyantynivka", "Oleksandro-Shultyne", "Ivanopillya", "Pleshchiivka", "Predtechyne", "Stupochky",
        "Illinivka", "Sofiyivka"}
    # a semicolon still ends the verb's clause when what follows is no area of it
    assert _got("Russian forces attacked near Kostyantynivka; Odesa was hit by drones overnight.", gaz,
                source="understandingwar.org") == {("Kostyantynivka", "fighting", "RU", "factual")}


def test_title_holder_speaks_and_a_widened_area_is_an_advance(gaz: Gazetteer) -> None:
    text = ("Russian forces have widened the area they control in the eastern Ukrainian city of Kostiantynivka, the "
            "Moscow-installed head of the Russian-held part of Ukraine's Donetsk region said on Monday.")
    claims = run(text, gaz, source="reuters.com", published=PUBLISHED)
    assert {(c.place_name, c.predicate.value, c.actor.value, c.claimant, c.claimant_side.value) for c in claims} == {
        ("Kostyantynivka", "advancing", "RU", "ru_officials", "RU")}


def test_english_names_of_russian_groups_of_forces(gaz: Gazetteer) -> None:
    assert _got("Assault units of the 'South' group are clearing Ivanopolye.", gaz, source="t.me") == {
        ("Ivanopillya", "fighting", "RU", "factual")}


@pytest.mark.parametrize(("text", "source", "expected"), [
    # a village GeoNames lacks, in -кня/-шня: its oblique cases give back the nominative
    ("Минобороны объявило о взятии Локни.", "tass.ru", {("Локня", "captured", "RU", "factual")}),
    ("В субботу ведомство объявило о взятии под контроль Локни.", "tass.ru",
     {("Локня", "captured", "RU", "factual")}),
    ("Украинские силы сохраняют позиции в Олешне.", "tass.ru", {("Олешня", "holds", "UA", "factual")}),
    # the side that lost a place admitting the other controls it concedes a capture
    ("Sumy Oblast Military Administration Head Oleh Hryhorov acknowledged on May 26 that Russian forces control "
     "Basivka and Zhuravka along the international border.", "understandingwar.org",
     {("Basivka", "captured", "RU", "factual"), ("Zhuravka", "captured", "RU", "factual")}),
    # (not a share of a town, nor a defence line the enemy holds)
    ("Ukrainian officials have acknowledged that most of Vovchansk is under Russian control.", "reuters.com",
     {("Vovchansk", "advancing", "RU", "factual")}),
])
def test_unknown_feminine_names_and_admitted_control(gaz: Gazetteer, text: str, source: str,
                                                      expected: Expected) -> None:
    assert _got(text, gaz, source=source) == expected


def test_claimed_several_including_and_a_list_between_dashes(gaz: Gazetteer) -> None:
    claims = run("Moscow has claimed several more, including Kostiantynivka on Wednesday, a claim Ukraine's border "
                 "guard service rejected.", gaz, source="apnews.com", published=PUBLISHED)
    assert {(c.place_name, c.predicate.value, c.modality.value, c.claimant_side.value) for c in claims} == {
        ("Kostyantynivka", "captured", "reported", "RU"), ("Kostyantynivka", "captured", "denied", "UA")}
    text = ("Ukrainian officials acknowledged this week that Russian troops had captured four border villages in the "
            "Sumy region — Novenke, Basivka, Veselivka and Zhuravka — after months of infiltration.")
    assert _got(text, gaz, source="apnews.com") == {
        (p, "captured", "RU", "factual") for p in ("Novenke", "Basivka", "Veselivka", "Zhuravka")}


def test_the_state_border_service_denies_for_ukraine(gaz: Gazetteer) -> None:
    text = ("У Державній прикордонній службі спростували заяву міністерства оборони рф про нібито «звільнення» села "
            "Костянтинівка на Сумщині.")
    claims = run(text, gaz, source="pravda.com.ua", published=PUBLISHED)
    assert {(c.predicate.value, c.modality.value, c.claimant, c.claimant_side.value) for c in claims} == {
        ("captured", "reported", "ru_mod", "RU"), ("captured", "denied", "ua_army", "UA")}


@pytest.mark.parametrize(("text", "expected"), [
    # a place left ("оставили X") is a slot for a village the gazetteer lacks; the compass locator is no target
    ("Западнее Суджи ВСУ оставили Заолешенку, не дожидаясь штурма.", {("Заолешенка", "withdrew", "UA", "factual")}),
    # the bulletin's "as a result of offensive actions" is the capture's formula, no fight of its own
    ("Подразделения группировки войск «Север» в результате наступательных действий освободили город Суджа.",
     {("Sudzha", "captured", "RU", "factual")}),
])
def test_russian_bulletin_and_channel_readings(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # nearly taken is not yet taken
    ("Chasiv Yar has been almost entirely taken by Russian troops after a battle lasting more than a year.",
     {("Chasiv Yar", "advancing", "RU", "factual")}),
    ("Российские войска почти полностью освободили Часов Яр.", {("Chasiv Yar", "advancing", "RU", "factual")}),
    # small groups seeping in or probing towards a place move on it
    ("Russian infantry continue to seep into the eastern neighborhoods of Huliaipole.",
     {("Hulyaypole", "advancing", "RU", "factual")}),
    ("Russian forces have been probing towards Rai-Oleksandrivka.",
     {("Rai-Oleksandrivka", "advancing", "RU", "factual")}),
])
def test_nearly_taken_and_seeping_in(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="reuters.com") == expected


def test_a_spelling_in_brackets_is_no_month_tag(gaz: Gazetteer) -> None:
    # "(Maryinka)" only begins like "(Mar)": no date, the claim is today's
    text = 'Shoigu reports to Putin that RU troops have "completely liberated" Marinka (Maryinka), the ruined town.'
    assert _got(text, gaz, source="x:@front_digest") == {("Mar'yinka", "captured", "RU", "factual")}
    assert _got("Russia took Avdiivka (Feb) and Selydove (Oct).", gaz, source="x:@front_digest") == {
        ("Avdiyivka", "captured", "RU", "historical"), ("Selydove", "captured", "RU", "historical")}


@pytest.mark.parametrize("text", [
    'Occupation "governor" Balitsky says #Huliaipole is under "full fire control".',
    "Russian forces have fire control over Huliaipole.",
])
def test_fire_control_is_range_not_control(gaz: Gazetteer, text: str) -> None:
    assert _got(text, gaz, source="x:@kyiv_watch") == set()


def test_a_slang_capture_with_its_list_and_a_sector_word(gaz: Gazetteer) -> None:
    # «на этом участке» is an adverbial of place, not a part of the village ("част" inside "участке")
    text = "За неделю «Восток» забрал на этом участке Егоровку, Вишневое и теперь Новоалександровку."
    assert _got(text, gaz, source="t.me") == {
        ("Yehorivka", "captured", "RU", "factual"), ("Vyshneve", "captured", "RU", "factual"),
        ("Новоалександровка", "captured", "RU", "factual")}
    assert _got("Наши забрали раненых из Вишневого.", gaz, source="t.me") == set()


def test_compass_of_the_town_near_a_village(gaz: Gazetteer) -> None:
    # "southeast of the town near X": the town only locates the area, X is named in it (not "a village near X")
    text = ("Russian forces continued offensive operations east of Chasiv Yar near Ivanivske and southeast of the "
            "town near Klishchiivka and Andriivka on July 10 and 11.")
    assert {p for p, *_ in _got(text, gaz, source="understandingwar.org")} == {
        "Ivanivs'ke", "Klishchiivka", "Andriivka"}
    assert _got("Russia claims capture of a village near Lyman.", gaz, source="reuters.com") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # the outskirts a strike hit: no one on them
    ("Окупанти також били по Вовчанській громаді, зокрема по околицях Вільчі та Старого Салтова.", set()),
    ("Також росіяни скинули керовані авіабомби на околиці Миколаївки та Іллінівки, а в Краматорську дрон влучив в "
     "автомобіль.", set()),
    ("На околиці Хотіня противник скинув дві керовані авіабомби — пошкоджено житловий будинок.", set()),
    # (reaching the outskirts is still an advance)
    ("Російські війська вийшли на околиці Іллінівки.", {("Illinivka", "advancing", "RU", "factual")}),
])
def test_struck_outskirts_are_no_advance(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="suspilne.media") == expected


def test_a_later_clauses_past_adverb_dates_only_its_verb(gaz: Gazetteer) -> None:
    text = ("The Russian MoD claimed on February 7 that elements of the Northern Grouping of Forces seized Chuhunivka, "
            "and the footage suggests that Russian forces had previously infiltrated into the village.")
    got_ = got(text, gaz, source="understandingwar.org", published=datetime(2026, 2, 10, 1, 50, tzinfo=UTC))
    assert got_ == {("Chuhunivka", "captured", "RU", "factual")}


@pytest.mark.parametrize(("text", "source"), [
    ("«Кринки не здані. Ми тримаємо позиції», — каже командир взводу з позивним Кіт.", "hromadske.ua"),
    ("Купянск не сдан, заявили в ВСУ.", "rbc.ua"),
])
def test_not_given_up_denies_the_loss(gaz: Gazetteer, text: str, source: str) -> None:
    claims = run(text, gaz, source=source, published=PUBLISHED)
    assert ("captured", "RU", "denied", "UA") in {
        (c.predicate.value, c.actor.value, c.modality.value, c.claimant_side.value) for c in claims}


def test_claimed_another_village_named_after_a_comma(gaz: Gazetteer) -> None:
    claims = run("Russia on Friday claimed another village in the area, Pryvilne, which Kyiv denied.", gaz,
                 source="reuters.com", published=PUBLISHED)
    assert {(c.place_name, c.predicate.value, c.modality.value, c.claimant_side.value) for c in claims} == {
        ("Pryvilne", "captured", "reported", "RU"), ("Pryvilne", "captured", "denied", "UA")}


@pytest.mark.parametrize(("text", "expected"), [
    # a village the gazetteer lacks after a compass adjective or "pushing on" is still a place
    ("Russian forces recently advanced into eastern Keramik and southern Novokalynove.",
     {("Keramik", "advancing", "RU", "factual"), ("Novokalynove", "advancing", "RU", "factual")}),
    ("Rybar reports RF forces have taken full control of Tonenke and are pushing on Umanske.",
     {("Tonenke", "captured", "RU", "factual"), ("Umanske", "advancing", "RU", "factual")}),
])
def test_unknown_villages_after_compass_adjectives_and_pushes(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="x:@someone") == expected


def test_neither_nor_denies_the_control(gaz: Gazetteer) -> None:
    # (both names: the romanised common word "Stepove" before its cue is a village in English text)
    text = '"Neither Stepove nor Mali Shcherbaky is under Russian control," Voloshyn said.'
    claims = run(text, gaz, source="kyivindependent.com", published=PUBLISHED)
    assert {(c.place_name, c.predicate.value, c.modality.value, c.claimant_side.value) for c in claims} == {
        ("Stepove", "captured", "denied", "UA"), ("Mali Shcherbaky", "captured", "denied", "UA")}


@pytest.mark.parametrize(("text", "expected"), [
    # a two-word plural name's genitive with no ending on the noun (Старые Терны, Сухие Ялы) is one name
    ("Отражены две контратаки штурмовых групп противника в районе Старых Терн.",
     {("Старые Терны", "fighting", "unknown", "factual")}),
    ("«Центр» сообщал об освобождении Пустынки и Сухих Ял.",
     {("Пустынка", "captured", "RU", "factual"), ("Сухие Ялы", "captured", "RU", "factual")}),
    ("Бои идут у Малых Щербаков.", {("Малые Щербаки", "fighting", "unknown", "factual")}),
])
def test_plural_names_with_a_bare_genitive_noun(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


def test_remains_under_the_capitals_control(gaz: Gazetteer) -> None:
    assert _got("Курахово остается под контролем Киева.", gaz, source="tass.ru") == {
        ("Kurakhove", "holds", "UA", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    # buildings taken in a town are part of it
    ("Russian troops took several buildings in Kurakhove.", {("Kurakhove", "advancing", "RU", "factual")}),
    ("В Курахово наши заняли две пятиэтажки.", {("Kurakhove", "advancing", "RU", "factual")}),
    ("Russian troops took Kurakhove.", {("Kurakhove", "captured", "RU", "factual")}),
])
def test_buildings_taken_are_part_of_the_town(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="t.me") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a compass adjective of a part of a town is not the village Восточное
    ("«Восточная часть Юнаковки находится под контролем наших подразделений».",
     {("Yunakivka", "advancing", "RU", "factual")}),
    ("«Восточные и центральные кварталы Курахово фактически освобождены».",
     {("Kurakhove", "advancing", "RU", "factual")}),
    ("Российские войска освободили Восточное.", {("Vostochnoye", "captured", "RU", "factual")}),
])
def test_compass_adjective_of_a_part_is_no_place(gaz: Gazetteer, text: str, expected: Expected) -> None:
    assert _got(text, gaz, source="tass.ru") == expected


def test_after_taking_the_village_and_lessons(gaz: Gazetteer) -> None:
    got_ = _got("После занятия Светлого наши подразделения вышли к Ровному с запада.", gaz, source="t.me")
    assert ("Svetloye", "captured", "RU", "factual") in got_
    assert _got("Занятия в школах Белгорода отменены.", gaz, source="t.me") == set()


def test_a_strike_told_right_after_the_place_is_no_battle(gaz: Gazetteer) -> None:
    assert _got("Окупанти атакували Херсон, скинувши керовані авіабомби на житлові квартали.", gaz,
                source="suspilne.media") == set()
    # (a second clause of its own after a comma: the attack on the positions stays a fight)
    assert _got("Окупанти атакували позиції біля Гуляйполя, а потім обстріляли місто дронами.", gaz,
                source="suspilne.media") == {("Hulyaypole", "fighting", "RU", "factual")}


def test_an_order_to_withdraw_is_not_yet_a_withdrawal(gaz: Gazetteer) -> None:
    published = datetime(2022, 11, 9, 18, 40, tzinfo=UTC)
    text = "Russia ordered its forces on Wednesday to abandon the west bank of the Dnipro River, including Kherson."
    assert got(text, gaz, source="reuters.com", published=published) == {("Kherson", "withdrew", "RU", "conditional")}
    # (told after the fact, the withdrawal is done)
    text = "Ukraine's top commander Oleksandr Syrskyi said on Saturday he had ordered troops to withdraw from Avdiivka."
    assert got(text, gaz, source="reuters.com", published=published) == {("Avdiyivka", "withdrew", "UA", "factual")}


def test_reported_was_under_control_and_soldiers_left_in_a_town(gaz: Gazetteer) -> None:
    published = datetime(2026, 1, 7, 15, 30, tzinfo=UTC)
    # reported speech's "was" is the present state; "the soldiers left in X" are those remaining
    assert got("Kupiansk itself, he said, was under Ukrainian control.", gaz, source="apnews.com",
               published=published) == {("Kupyansk", "holds", "UA", "factual")}
    assert got("The Russian soldiers left in Kupiansk no longer try to advance, Ukrainian troops say.", gaz,
               source="apnews.com", published=published) == set()
    assert got("Ukrainian troops left Kupiansk.", gaz, source="apnews.com", published=published) == {
        ("Kupyansk", "withdrew", "UA", "factual")}


def test_expanding_the_zone_of_control_is_an_advance(gaz: Gazetteer) -> None:
    text = "Russian units are expanding their zone of control in Volchansk in the Kharkov Region."
    assert _got(text, gaz, source="tass.com") == {("Vovchansk", "advancing", "RU", "factual")}


def test_a_done_dislodging_is_ground_gained(gaz: Gazetteer) -> None:
    text = ("Russian forces have managed to partially dislodge Ukrainian units from their positions near the village "
            "of Lukiantsi.")
    assert _got(text, gaz, source="kyivindependent.com") == {
        ("Lukiantsi", "withdrew", "UA", "factual"), ("Lukiantsi", "advancing", "RU", "factual")}
    # (the attempt stays an assault the defender holds off)
    assert _got("Russian forces tried to dislodge Ukrainian units from their positions near Lukiantsi.", gaz,
                source="kyivindependent.com") == {("Lukiantsi", "fighting", "RU", "factual"),
                                                  ("Lukiantsi", "holds", "UA", "factual")}
