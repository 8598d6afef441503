"""A list of villages goes on past a semicolon and an oblast («X Луганської області; Y, Z та W Донецької області»)
and starts with a name only the codifier knows («Нескучне, Сторожеве, Благодатне та Макарівка»); «атаки ВСУ на X» and
an attack «… — отброшены» are fights; troops that «стоят» in a town hold it; «о занятии X» is a capture and «X мы
потеряли» a loss; "grinding forward towards X" and "edged closer to X" are advances; «відновити втрачене положення»
is an assault; a Telegram post's own address names its channel's claimant (the sixteenth session's readings from the
fitted sets heldout88-90)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from schemas.models import Document
from services.normalizer.extraction import Gazetteer, extract_claims
from services.normalizer.extraction import claimants as cl
from services.normalizer.extraction.lexicon import Lexicon

from .conftest import got

PUBLISHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
_got = partial(got, source="wire.example", published=PUBLISHED)
Expected = set[tuple[str, str, str, str]]


def test_a_list_of_villages_goes_on_past_a_semicolon_and_an_oblast(gaz: Gazetteer) -> None:
    text = ("Протягом минулої доби підрозділи Сил оборони відбили атаки окупантів у районах населених пунктів "
            "Білогорівка Луганської області; Опитне, Авдіївка та Красногорівка Донецької області.")
    assert _got(text, gaz) == {(p, pred, actor, "factual") for p in ("Bilohorivka", "Opytne", "Avdiyivka",
                                                                    "Krasnohorivka")
                               for pred, actor in (("fighting", "RU"), ("holds", "UA"))}


def test_a_semicolon_still_ends_the_clause_before_other_news(gaz: Gazetteer) -> None:
    text = "Russian forces claimed to have taken Krasnohorivka; Odesa, Kherson and Mykolaiv were hit by drones."
    assert _got(text, gaz) == {("Krasnohorivka", "captured", "RU", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ночью ВСУ снова пытались прорваться к Кременной и Макеевке — отброшены артиллерией, у противника потери.",
     {("Kreminna", "fighting", "UA", "factual"), ("Makiyivka", "fighting", "UA", "factual")}),
    # an attack "на" a village the codifier knows, however many words name the attacking units
    ("На Краснолиманском направлении отражена атака двух ротных тактических групп ВСУ на Червонопоповку Луганской "
     "Народной Республики.",
     {("Червонопоповка", "fighting", "UA", "factual"), ("Червонопоповка", "holds", "RU", "factual")}),
    ("На Бахмутському напрямку противник намагався відновити втрачене положення в районі Ягідного, успіху не мав, "
     "повідомив Генштаб ЗСУ.", {("Ягідне", "fighting", "RU", "factual")}),
    # the aim of attacks repelled: the repelling verb reads the place (its defender holds it)
    ("Отражены две атаки штурмовых групп противника с целью восстановить утраченное положение у Малых Щербаков, "
     "сообщило Минобороны России.",
     {("Малые Щербаки", "fighting", "UA", "factual"), ("Малые Щербаки", "holds", "RU", "factual")}),
    ("Штурмовики прошли около 15 км по трубе газопровода и вышли в тыл противника на окраине Суджи, сообщил "
     "российский военкор.", {("Sudzha", "advancing", "RU", "factual")}),
])
def test_attacks_and_their_outcomes(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("На лівобережжі — в Олешках, Голій Пристані та Новій Каховці — досі стоять російські війська.",
     {("Oleshky", "holds", "RU", "factual"), ("Hola Prystan", "holds", "RU", "factual"),
      ("Nova Kakhovka", "holds", "RU", "factual")}),
    ("В Новой Каховке по-прежнему стоят российские войска.", {("Nova Kakhovka", "holds", "RU", "factual")}),
    ("Оновлення мапи: Нескучне, Сторожеве, Благодатне та Макарівка — під контролем ЗСУ.",
     {("Нескучне", "holds", "UA", "factual"), ("Сторожеве", "holds", "UA", "factual"),
      ("Blahodatne", "holds", "UA", "factual"), ("Makarivka", "holds", "UA", "factual")}),
    ("Генштаб ЗСУ: звільнення Новодарівки та сусіднього Левадного підтвердили.",
     {("Новодарівка", "captured", "UA", "factual"), ("Левадне", "captured", "UA", "factual")}),
])
def test_holders_and_listed_villages(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Украинская сторона объявила о занятии Снигирёвки Николаевской области.",
     {("Snihurivka", "captured", "UA", "factual")}),
    ("🇺🇦 Flag up over Storozheve, Donetsk Oblast.", {("Storozheve", "captured", "UA", "factual")}),
    ("Российский военкор: Макаровку и Благодатное мы потеряли ещё в воскресенье.",
     {("Makarivka", "captured", "UA", "factual"), ("Благодатное", "captured", "UA", "factual")}),
    ("Российский военкор: противник занял Сторожевое, наши подразделения отошли на подготовленные позиции.",
     {("Сторожевое", "captured", "UA", "factual")}),
    ("Ukrainian troops have been grinding forward towards Svatove and Kreminna since October.",
     {("Svatove", "advancing", "UA", "factual"), ("Kreminna", "advancing", "UA", "factual")}),
    ("Russian forces edged closer to Pokrovsk this week.", {("Pokrovsk", "advancing", "RU", "factual")}),
])
def test_captures_losses_and_advances(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize("text", [
    "Российский военкор: мы потеряли много людей под Авдеевкой.",  # people lost, not the place
    "Since then the couple have lived in Kostiantynivka and Druzhkivka, each move forced by the front creeping closer.",
])
def test_people_lost_and_a_front_creeping_closer_claim_nothing(text: str, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == set()


def test_positions_taken_near_a_town_are_no_capture_of_it(gaz: Gazetteer) -> None:
    # the plural «занятия» (of positions) is not the noun of a capture; the foothold is an advance
    claims = _got("После занятия выгодных позиций у Снигирёвки подразделения закрепились.", gaz)
    assert {(place, predicate) for place, predicate, _, _ in claims} == {("Snihurivka", "advancing")}


@pytest.mark.parametrize(("url", "claimant"), [
    ("https://t.me/annamaliar/1039", "ua_mod"),
    ("https://t.me/s/GeneralStaffZSU/12", "ua_general_staff"),
    ("https://t.me/voenkor_kotenok/77", "ru_milbloggers"),  # a channel whose name marks a war correspondent
    ("https://t.me/sumska_ova/12", "ua_government"),
    ("https://t.me/some_channel/5", None),
    ("https://example.com/t.me/annamaliar/1", None),
    (None, None),
])
def test_a_telegram_post_address_names_its_channel(url: str | None, claimant: str | None) -> None:
    assert cl.url_claimant(url) == claimant


def test_a_telegram_post_speaks_for_its_channel(gaz: Gazetteer) -> None:
    document = Document(doc_id="t:tg", source="t.me", url="https://t.me/annamaliar/1039", title="",
                        text="За тиждень звільнено 7 населених пунктів: Новодарівка, Макарівка, Благодатне.",
                        published_at=PUBLISHED)
    claims = extract_claims(document, gaz)
    assert {(c.place_name, c.predicate.value, c.actor.value, c.claimant, c.claimant_side.value) for c in claims} == {
        (p, "captured", "UA", "ua_mod", "UA") for p in ("Новодарівка", "Makarivka", "Blahodatne")}


JUNE = datetime(2023, 6, 12, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    # last month's capture, dated, is settled background
    ("Maliar said Ukrainian forces were advancing on the flanks of Bakhmut, the eastern city that Russian forces "
     "captured in May.", {("Bakhmut", "advancing", "UA", "factual"), ("Bakhmut", "captured", "RU", "historical")}),
    ("Росіяни, які захопили Бахмут у травні, тепер змушені утримувати місто під вогнем.",
     {("Bakhmut", "captured", "RU", "historical"), ("Bakhmut", "holds", "RU", "factual")}),
    # "since May" reaches up to now: the fight goes on
    ("Russian troops have been attacking Okhrimivka from three sides since May, the brigade said.",
     {("Okhrimivka", "fighting", "RU", "factual")}),
])
def test_a_month_before_publication_dates_settled_background(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert got(text, gaz, source="wire.example", published=JUNE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("На Купянском направлении подразделения ВСУ предприняли попытки наступления в районах населённых пунктов "
     "Кисловка и Котляровка, сообщило Минобороны России.",
     {("Кисловка", "fighting", "UA", "factual"), ("Котляровка", "fighting", "UA", "factual")}),
    ("Российский военкор: из Снигирёвки наши вышли ещё ночью, противник уже зашёл в Киселевку.",
     {("Snihurivka", "withdrew", "RU", "factual"), ("Киселевка", "advancing", "UA", "factual")}),
    ("\"The enemy tried to regain lost positions near Lobkove and Makarivka and was unsuccessful,\" Tarnavskyi wrote "
     "on Telegram.", {("Lobkove", "fighting", "RU", "factual"), ("Makarivka", "fighting", "RU", "factual"),
                      ("Lobkove", "holds", "UA", "factual"), ("Makarivka", "holds", "UA", "factual")}),
    # a spokesman recognised, and what he says is no longer held is no hold
    ("\"It is no longer possible to talk about holding the village of Krynky,\" Pletenchuk told Ukrainian television.",
     set()),
])
def test_attempts_departures_and_spokesmen(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "claimant", "side"), [
    ("Марочко заявил, что ВСУ оставили Кременную.", "dpr_officials", "RU"),
    ("Rogov said Russian forces had captured Robotyne.", "ru_officials", "RU"),
    ("Гайдай: окупанти відступили з Кремінної.", "ua_government", "UA"),
    ("Shtupun said Ukrainian forces had advanced near Robotyne.", "ua_army", "UA"),
    ("Саранцев: ворог атакував біля Часового Яру.", "ua_khortytsia", "UA"),
])
def test_recurring_officials_and_spokesmen_are_claimants(text: str, claimant: str, side: str,
                                                         gaz: Gazetteer) -> None:
    claims = extract_claims(Document(doc_id="t:s", source="wire.example", title="", text=text,
                                     published_at=PUBLISHED), gaz)
    assert claims and {(c.claimant, c.claimant_side.value) for c in claims} == {(claimant, side)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian troops continue to press against Bohdanivka and Ivanivske, the spokesman said.",
     {("Bohdanivka", "fighting", "RU", "factual"), ("Ivanivske", "fighting", "RU", "factual")}),
    ("Ukrainian marines are still clinging to Krynky, the navy said.", {("Krynky", "holds", "UA", "factual")}),
    # the object of "claims" may be a list of places, one of them a village only the codifier knows
    ("Russian MoD now claims Novopil and Vesele.",
     {("Novopil", "captured", "RU", "factual"), ("Vesele", "captured", "RU", "factual")}),
    ("Российский военкор: наши выходят к Орехову с востока.", {("Orikhiv", "advancing", "RU", "factual")}),
    ("Russian troops have crossed into Dnipropetrovsk region, DeepState said.",
     {("Dnipropetrovsk Oblast", "advancing", "RU", "factual")}),
    # a capitalised common word (Степове: "of the steppe") after a preposition of place is the village
    ("47 ОМБр: біля Степового зупинили черговий механізований штурм противника.",
     {("Степове", "fighting", "RU", "factual"), ("Степове", "holds", "UA", "factual")}),
])
def test_pressing_clinging_claiming_reaching_and_crossing(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("В оккупированном Бахмуте начали разминирование центральных улиц.",
     {("Bakhmut", "captured", "RU", "historical")}),
    # "last summer" in either language: the two phrases a broken spec never triggered
    ("Російські війська окупували Андріївку ще минулого літа, нагадали в ОТУ «Харків».",
     {("Андріївка", "captured", "RU", "historical")}),
    ("Российские войска заняли Андреевку прошлым летом.", {("Андреевка", "captured", "RU", "historical")}),
])
def test_settled_background_in_russian_and_ukrainian(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


def test_a_withdrawal_from_several_regions_is_no_withdrawal_from_the_place_before(gaz: Gazetteer) -> None:
    text = ("Defenders of Mariupol were among those swapped. Peskov said Russia's conditions, including a Ukrainian "
            "withdrawal from four regions Moscow claims to have annexed, remained on the table.")
    assert _got(text, gaz) == set()


def test_a_spec_with_a_top_level_alternative_after_its_trigger_is_refused() -> None:
    # "a b|c d" would only ever match its first branch: the second cannot start at the trigger word
    with pytest.raises(ValueError, match="top-level alternative"):
        Lexicon([("прошлой (?:зимой|весной)|прошлым летом", "hist", "", "")])
    assert Lexicon([("(?:прошлой|прошлым) (?:зимой|летом)", "hist", "", "")]).exact


JUNE_2025 = datetime(2025, 6, 5, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    # the capital acting (sending reinforcements) is the government, not a place the advance reached
    ("KYIV, Feb 13 (Reuters) - Russian troops have pushed into the northern part of Avdiivka, officials said, as Kyiv "
     "rushed reinforcements to the area.", {("Avdiyivka", "advancing", "RU", "factual")}),
    # a possessive after a list of villages is the owner, never one more village
    ("Heavy fighting went on near the villages of Synkivka and Tabaivka, Ukraine's General Staff said. Commanders "
     "believe the aim is to push Ukraine's forces back.",
     {("Synkivka", "fighting", "unknown", "factual"), ("Tabaivka", "fighting", "unknown", "factual")}),
    # a river's bank is no city; a region's bank is the region
    ("Генштаб: на Херсонському напрямку Сили оборони продовжують утримувати позиції на лівобережжі Дніпра.", set()),
    ("DeepState: мапу оновлено, правобережжя Херсонщини звільнено від окупантів.",
     {("Kherson Oblast", "captured", "UA", "factual")}),
    # a channel's name, a person's given name in any case, and drones as the attackers name no place fought for
    ("According to the Russian Telegram channel \"Severny Veter\", the attack was repelled and the Ukrainian troops "
     "withdrew to their starting positions.", set()),
    ("Зеленський прокоментував заяву міністра оборони Сергія Шойгу про відведення військ.", set()),
    ("Some 318 drones of various modifications attacked Mala Tokmachka, Komyshuvakha and Novoandriivka.", set()),
    # the participle's villages share the dated verb's date; "close to taking" is not taken
    ("Russian troops first crossed into the Sumy region in March, taking the small border villages of Novenke and "
     "Basivka.", {("Novenke", "captured", "RU", "historical"), ("Basivka", "captured", "RU", "historical")}),
    ("Russia's defence ministry has repeatedly claimed its troops were close to taking the city of Kupiansk.",
     {("Kupyansk", "advancing", "RU", "factual")}),
])
def test_names_that_are_no_places_and_captures_not_yet_made(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert got(text, gaz, source="wire.example", published=JUNE_2025) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the denied claim's owner, named by its capital or as "the occupiers", made the claim as well
    ("Alaudinov dismissed Kiev's claims that Andreyevka had been retaken by the Ukrainian army.",
     {("Andreyevka", "captured", "UA", "denied"), ("Andreyevka", "captured", "UA", "factual")}),
    ("Генштаб ЗСУ: твердження окупантів про «захоплення» Тернуватого не відповідають дійсності.",
     {("Тернувате", "captured", "RU", "denied"), ("Тернувате", "captured", "RU", "factual")}),
    # "previously prepared positions" are the positions', not the withdrawal's, past
    ("\"In a certain area near Avdiivka, our units have withdrawn to previously prepared positions,\" Brig Gen "
     "Oleksandr Tarnavskyi said on Friday.", {("Avdiyivka", "withdrew", "UA", "factual")}),
    # the spring of a "where" clause dates that clause's push, not Thursday's recapture
    ("On Thursday Ukrainian forces recaptured Andriivka in the Sumy region, where a Russian push launched in the "
     "spring has stalled.", {("Andriivka", "captured", "UA", "factual")}),
    ("Ukrainian forces recaptured Andriivka in the spring.", {("Andriivka", "captured", "UA", "historical")}),
])
def test_denied_claims_dates_and_modals(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert got(text, gaz, source="wire.example", published=datetime(2025, 6, 13, 7, 0, tzinfo=UTC)) == expected


def test_may_before_a_day_is_the_month_not_a_modal(gaz: Gazetteer) -> None:
    text = "The Russian Defence Ministry had claimed the capture of Oleksiievo-Druzhkivka on May 9."
    assert got(text, gaz, source="wire.example", published=datetime(2026, 5, 14, 7, 0, tzinfo=UTC)) == {
        ("Oleksiyevo-Druzhkivka", "captured", "RU", "factual")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces control the northern half of the village of Varvarivka, the Ukrainian brigade said.",
     {("Varvarivka", "advancing", "RU", "factual")}),
    ("Six months after Ukrainian troops recaptured Robotyne, Russian forces are trying to take the village back.",
     {("Robotyne", "captured", "UA", "historical"), ("Robotyne", "advancing", "RU", "factual")}),
])
def test_half_a_village_and_months_after(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Голова ОВА повідомив, що в Чорнобаївці вже вивішено державний прапор.",
     {("Chornobaivka", "captured", "UA", "factual")}),
    ("Генштаб ЗСУ: Сили оборони продовжують звільнення Харківщини.",
     {("Kharkiv Oblast", "advancing", "UA", "factual")}),
    # entrenched on prepared positions is a line held, not a foothold gained; "still dug in" likewise
    ("Российские подразделения закрепились на подготовленных позициях в районе Голой Пристани, сообщили в "
     "администрации.", {("Hola Prystan", "holds", "RU", "factual")}),
    ("Soldiers said Russian troops were still dug in around Snihurivka.", {("Snihurivka", "holds", "RU", "factual")}),
    ("Russian units are dug in on the northern outskirts of Robotyne.", {("Robotyne", "advancing", "RU", "factual")}),
])
def test_flags_liberations_under_way_and_lines_held(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place that "fell" names no taker unless "to" one (a Ukrainian town fell to the invader); the agent of a later
    # withdrawal is none either
    ("The pattern was set last year, when Avdiivka fell in February 2024 after a months-long siege and Vuhledar was "
     "abandoned by Ukrainian troops in October.", {("Vuhledar", "withdrew", "UA", "historical"),
                                                   ("Avdiyivka", "captured", "RU", "historical")}),
    ("Avdiivka fell to Russian forces in February 2024.", {("Avdiyivka", "captured", "RU", "historical")}),
    # the subject after "после освобождения X в феврале" is the main clause's, not the taker
    ("По словам Пушилина, после освобождения Дзержинска в феврале ВСУ лишились одного из ключевых узлов обороны.",
     {("Toretsk", "captured", "RU", "historical")}),
    ("Druzhkivka is one of the last major cities in Donetsk Oblast under Ukrainian control, the governor said.",
     {("Druzhkivka", "holds", "UA", "factual")}),
])
def test_fallen_places_and_main_clause_subjects_name_no_taker(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted "near" that heads a list is no locator of the list's next items
    ("Поблизу Богданівки, Хромового та Іванівського ворог проводив безуспішні наступальні дії.",
     {("Богданівка", "fighting", "RU", "factual"), ("Khromove", "fighting", "RU", "factual"),
      ("Ivanivs'ke", "fighting", "RU", "factual"), ("Богданівка", "holds", "UA", "factual"),
      ("Khromove", "holds", "UA", "factual"), ("Ivanivs'ke", "holds", "UA", "factual")}),
    ("Near Kupiansk, Russian troops are pressing on the village of Synkivka.",
     {("Synkivka", "advancing", "RU", "factual")}),
    # thrown back from a village: the side thrown back attacked, the other holds it
    ("Российский военкор: на севере обстановка стабилизировалась, ВСУ отброшены от Берховки.",
     {("Берховка", "holds", "RU", "factual")}),
    ("Генштаб ЗСУ: окупантів відкинуто від Кліщіївки.", {("Кліщіївка", "holds", "UA", "factual")}),
])
def test_fronted_lists_and_attackers_thrown_back(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a front line named by three towns, or an area named by two, is no place of the claim
    ("Russian forces conducted limited ground attacks along the Kupiansk-Svatove-Kreminna line on May 18.", set()),
    ("Russian forces continued ground attacks in the Avdiivka-Donetsk City area.", set()),
    # (but "the Arkhanhelske–Ukrainka line" defended and left is the two villages')
    ("Russian units defending the Arkhanhelske–Ukrainka line withdrew under pressure.",
     {("Arkhanhelske", "holds", "RU", "factual"), ("Ukrayinka", "withdrew", "RU", "factual")}),
    # attacks not conducted are no fight
    ("Russian forces did not conduct confirmed ground attacks in the Vuhledar area.", set()),
    ("Генштаб: на Шахтарському напрямку противник наступальних дій не проводив, обстріляв Вугледар та Павлівку.",
     set()),
    ("Russian forces attacked near Vuhledar but did not advance.", {("Vuhledar", "fighting", "RU", "factual")}),
])
def test_named_lines_and_attacks_not_conducted(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"The enemy has been stopped on the approaches to Lyptsi,\" the brigade said.",
     {("Lyptsi", "fighting", "RU", "factual"), ("Lyptsi", "holds", "UA", "factual")}),
    ("Генштаб: у районах Лук'янців і Вовчанська підрозділи перейшли на більш вигідні позиції.",
     {("Lukiantsi", "withdrew", "UA", "factual"), ("Vovchansk", "withdrew", "UA", "factual")}),
    # a list goes on past a bracketed locator
    ("The Russian MoD claimed that Russian forces captured Starytsia (southwest of Vovchansk) and Buhruvatka (west of "
     "Vovchansk).", {("Starytsia", "captured", "RU", "factual"), ("Buhruvatka", "captured", "RU", "factual")}),
])
def test_attacks_stopped_polite_pull_backs_and_bracketed_lists(text: str, expected: Expected, gaz: Gazetteer) -> None:
    assert _got(text, gaz) == expected
