"""Failure classes found by the eleventh held-out set (heldout11.jsonl), each as a general rule, with other places and
wording than that set."""

from __future__ import annotations

from schemas.models import Claim
from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples


def _names(claims: list[Claim]) -> set[str]:
    return {c.place_name for c in claims} | {c.matched_alias for c in claims}


def _preds(claims: list[Claim], name: str) -> set[str]:
    return {c.predicate.value for c in claims if name in (c.place_name, c.matched_alias)}


# 1. distractors: home towns, evacuation destinations, water bodies, roads, units, everyday words
def test_a_soldiers_home_town_after_an_age_is_no_place(gaz: Gazetteer) -> None:
    claims = run("The order to withdraw came at night, says Cpl Ihor, a 29-year-old drone operator from Kolomyia.", gaz)
    assert "Kolomyia" not in _names(claims)


def test_a_native_of_a_town_is_no_place(gaz: Gazetteer) -> None:
    claims = run("The commander, a native of Uzhhorod, said his men had retreated to new positions.", gaz)
    assert "Uzhhorod" not in _names(claims)


def test_grew_up_in_is_no_place(gaz: Gazetteer) -> None:
    claims = run("The sergeant, who grew up in Poltava, said Russian troops attacked every night.", gaz)
    assert not any(c.place_name.startswith("Poltava") for c in claims)


def test_evacuated_to_a_city_is_no_capture(gaz: Gazetteer) -> None:
    claims = run("Residents will be evacuated to Dnipro and then taken to temporary shelters.", gaz)
    assert claims == []


def test_buses_take_people_to_a_city_is_no_capture(gaz: Gazetteer) -> None:
    claims = run("Trains will take the families to Lviv on Saturday, officials said.", gaz)
    assert "Lviv" not in _names(claims)


def test_take_a_town_is_still_a_capture(gaz: Gazetteer) -> None:
    claims = run("Russian troops are trying to take Kostiantynivka, the brigade said.", gaz)
    assert "Kostiantynivka" in _names(claims) or "Kostyantynivka" in _names(claims)


def test_a_reservoir_named_after_a_town_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Russian forces have occupied the left bank near the Pechenihy reservoir since 2022.", gaz)
    assert not any(c.place_name.startswith("Pechenih") for c in claims)


def test_a_delta_named_after_a_river_is_no_region(gaz: Gazetteer) -> None:
    claims = run("Fighting continues in the Dnipro delta, Ukrainian marines said.", gaz)
    assert not any("Oblast" in c.place_name for c in claims)


def test_the_river_donets_is_not_the_town_before_it(gaz: Gazetteer) -> None:
    claims = run("Штурмовые группы вышли к берегу южнее Северского Донца у Белогоровки.", gaz, source="x:@z_front")
    assert not any(c.place_name.startswith("Sivers") for c in claims)


def test_a_road_named_after_two_towns_is_no_target(gaz: Gazetteer) -> None:
    claims = run("Russian troops will try to push toward the Pokrovsk-Dobropillia highway.", gaz)
    assert "Dobropillia" not in _names(claims) and "Dobropillya" not in _names(claims)


def test_a_brigade_named_after_a_place_is_no_target(gaz: Gazetteer) -> None:
    claims = run("His battalion withdrew behind the positions of the 72nd Chornyi Zaporozhets brigade.", gaz)
    assert not any("Zaporo" in c.place_name for c in claims)


def test_human_rights_is_not_a_town(gaz: Gazetteer) -> None:
    claims = run("Human rights monitors said Russian troops attacked the village twice.", gaz)
    assert "Uman" not in _names(claims)


def test_a_population_that_has_fallen_is_no_capture(gaz: Gazetteer) -> None:
    claims = run("Nikopol has been shelled daily, and its population has fallen to about half of what it was.", gaz)
    assert "captured" not in _preds(claims, "Nikopol")


def test_a_town_that_fell_is_still_captured(gaz: Gazetteer) -> None:
    claims = run("Velyka Novosilka fell to Russian forces last week, the ministry said.", gaz)
    assert "captured" in _preds(claims, "Velyka Novosilka")


# 2. islands
def test_an_island_named_x_island_is_a_place(gaz: Gazetteer) -> None:
    claims = run("Russia's Defense Ministry said its marines had captured Bilohrudyi Island in the Dnipro.", gaz)
    assert ("Bilohrudyi Island", "captured", "RU", "factual") in tuples(claims)


def test_the_island_refers_back_to_the_island_not_the_city(gaz: Gazetteer) -> None:
    claims = run("Russian troops have attacked Bilohrudyi Island near Kherson for weeks; the Russian ministry said "
                 "it had taken control of the island.", gaz)
    island = [c for c in claims if "Island" in c.place_name and c.predicate.value == "captured"]
    assert island and island[0].actor.value == "RU"
    assert not any(c.place_name == "Kherson" and c.predicate.value == "captured" for c in claims)


def test_a_ukrainian_island_after_the_noun_is_a_place(gaz: Gazetteer) -> None:
    claims = run("Окупанти намагалися висадитися на острів Білогрудий.", gaz, source="t.me/south_ops")
    assert "Білогрудий" in _names(claims)


# 3. "ours", quotes that continue a speaker
def test_x_is_ours_holds_for_the_speakers_side(gaz: Gazetteer) -> None:
    claims = run('"Bilohorivka is ours," a commander of Ukraine\'s 81st Brigade said.', gaz)
    assert ("Bilohorivka", "holds", "UA", "factual") in tuples(claims)


def test_ours_in_a_russian_bloggers_quote_is_russian(gaz: Gazetteer) -> None:
    claims = run('"Krasnohorivka is still ours," the Russian milblogger wrote.', gaz)
    assert ("Krasnohorivka", "holds", "RU", "factual") in tuples(claims)


def test_ours_with_no_place_before_it_claims_nothing(gaz: Gazetteer) -> None:
    claims = run('"The initiative is ours," the Ukrainian commander said of the Toretsk sector.', gaz)
    assert "holds" not in _preds(claims, "Toretsk")


def test_a_new_quote_after_an_attributed_one_keeps_the_speaker(gaz: Gazetteer) -> None:
    claims = run('Russia\'s Defense Ministry said its troops had captured Novoplatonivka. "This is a lie," said a '
                 'spokesman for Ukraine\'s 3rd Assault Brigade. "Novoplatonivka is ours. They keep trying."', gaz)
    holds = [c for c in claims if c.place_name == "Novoplatonivka" and c.predicate.value == "holds"]
    assert holds and holds[0].actor.value == "UA" and holds[0].claimant_side.value == "UA"


def test_flag_and_ours_in_one_sentence_is_one_capture(gaz: Gazetteer) -> None:
    claims = run('Russian milblogger: "Our guys raised the flag over Ivanivka, the village is ours."', gaz,
                 source="x:@z_blog")
    assert "holds" not in _preds(claims, "Ivanivka")


# 4. modality
def test_were_x_to_fall_is_conditional(gaz: Gazetteer) -> None:
    claims = run("Analysts say that were Kostiantynivka to fall, Russian forces could advance on Druzhkivka.", gaz)
    assert all(c.modality.value != "asserted" for c in claims if c.predicate.value == "captured")


def test_were_forced_to_is_not_conditional(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops were ordered to withdraw from Vuhledar, the brigade said.", gaz)
    assert ("Vuhledar", "withdrew", "UA", "factual") in tuples(claims)


def test_planned_capture_in_russian_is_future(gaz: Gazetteer) -> None:
    claims = run("Полностью освободить Дачное планируется до конца недели.", gaz, source="t.me/voenkor_z")
    caps = [c for c in claims if c.predicate.value == "captured"]
    assert caps and all(c.modality.value == "future" for c in caps)


def test_planned_capture_in_ukrainian_is_future(gaz: Gazetteer) -> None:
    claims = run("Окупанти планують захопити Костянтинівку до літа, вважає речник.", gaz, source="suspilne.media")
    assert all(c.modality.value == "future" for c in claims if c.predicate.value == "captured")


# 5. X posts: repelled lists, underscores in tags
def test_assaults_repelled_near_a_tag_list_hold_for_the_defender(gaz: Gazetteer) -> None:
    claims = run("UA General Staff: 14 RU assaults repelled near #Bilohorivka, #Hryhorivka and #Serebrianka today.",
                 gaz, source="x:@ua_news")
    for name in ("Bilohorivka", "Hryhorivka"):
        assert (name, "holds", "UA", "factual") in tuples(claims)
        assert (name, "fighting", "RU", "factual") in tuples(claims)


def test_russian_attacks_were_repelled_is_a_ukrainian_hold(gaz: Gazetteer) -> None:
    claims = run("Ukraine's General Staff said 20 Russian attacks were repelled near Toretsk and Shcherbynivka.", gaz)
    assert ("Toretsk", "holds", "UA", "factual") in tuples(claims)
    assert ("Toretsk", "fighting", "RU", "factual") in tuples(claims)


def test_trailing_tags_after_an_emoji_stay_topic_tags(gaz: Gazetteer) -> None:
    claims = run("Russian assault near #Ivanivka repelled overnight. 🇺🇦 #Kharkiv, #Sumy", gaz, source="x:@ua_news")
    assert not any(c.place_name.startswith(("Sumy", "Kharkiv")) for c in claims)


def test_underscore_hashtag_joins_a_two_word_village(gaz: Gazetteer) -> None:
    claims = run("RU channels say a UA DRG entered #Nova_Sloboda overnight.", gaz, source="x:@border_watch")
    assert "Nova Sloboda" in {c.place_name for c in claims}
    assert "Nova" not in {c.place_name for c in claims}


def test_underscore_hashtag_joins_a_known_two_word_town(gaz: Gazetteer) -> None:
    claims = run("Heavy fighting near #Chasiv_Yar this morning.", gaz, source="x:@front_watch")
    assert "Chasiv Yar" in {c.place_name for c in claims}


def test_underscore_direction_tag_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Бои у Торецка продолжаются. #Торецкое_направление", gaz, source="x:@z_front")
    assert {c.place_name for c in claims} <= {"Toretsk"}


def test_headline_area_over_the_bodys_villages_only_locates(gaz: Gazetteer) -> None:
    claims = run("Spokesman Viktor Tregubov said Russian forces had made 19 attempts to storm Ivanopillia and "
                 "Bila Hora over the past day, all of which were repelled.", gaz,
                 title="Khortytsia: 19 assaults repelled near Kostiantynivka")
    assert not any(c.place_name.startswith("Kost") for c in claims)


# 6. case forms of villages
def test_ukrainian_locative_of_a_feminine_name_is_that_village(gaz: Gazetteer) -> None:
    claims = run("Окупанти просунулися у Яровій, повідомляє DeepState.", gaz, source="t.me/DeepStateUA")
    assert "Yarova" in {c.place_name for c in claims}


def test_ukrainian_accusative_of_a_feminine_name_picks_the_feminine_village(gaz: Gazetteer) -> None:
    claims = run("Якщо ворог візьме Ярову, він вийде до Святогірська.", gaz, source="t.me/ua_ops")
    assert "Yarova" in {c.place_name for c in claims}


def test_genitive_adjective_form_no_alias_fits_is_an_unknown_village(gaz: Gazetteer) -> None:
    claims = run("Ворог атакував позиції наших підрозділів поблизу Зибиного.", gaz,
                 source="facebook.com/GeneralStaff.ua")
    assert "Зибине" in {c.place_name for c in claims}


def test_genitive_adjective_form_of_a_known_village_stays_known(gaz: Gazetteer) -> None:
    claims = run("Бої тривають біля Курахового.", gaz, source="facebook.com/GeneralStaff.ua")
    assert "Kurakhove" in {c.place_name for c in claims}


def test_quoted_sentence_in_guillemets_is_running_text(gaz: Gazetteer) -> None:
    claims = run("«Если противник возьмёт Часов Яр, он выйдет к Константиновке», — отметил эксперт.", gaz,
                 source="iz.ru")
    assert "Chasiv Yar" in {c.place_name for c in claims}


def test_short_name_in_guillemets_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Штурмовики группировки «Днепр» закрепились в Каменском.", gaz, source="t.me/z_front")
    assert "Dnipro" not in {c.place_name for c in claims}


# 7. relays and sides
def test_noun_relay_about_liberation_names_an_unknown_village(gaz: Gazetteer) -> None:
    claims = run("Ранее Минобороны РФ сообщило об освобождении Ягодного.", gaz, source="tass.ru")
    caps = [c for c in claims if c.predicate.value == "captured"]
    assert caps and caps[0].actor.value == "RU" and caps[0].claimant_side.value == "RU"


def test_a_governor_in_a_russian_outlet_is_a_russian_official(gaz: Gazetteer) -> None:
    claims = run("Российские подразделения вошли в Малиновку, сообщил губернатор региона в эфире.", gaz,
                 source="tass.ru")
    assert claims and all(c.claimant_side.value == "RU" for c in claims)


def test_the_ministry_said_it_had_taken_x_is_the_ministrys_side(gaz: Gazetteer) -> None:
    claims = run("Russia's Defense Ministry said it had taken control of Pishchane, but Ukrainian officers said "
                 "fighting continued.", gaz)
    caps = [c for c in claims if c.place_name == "Pishchane" and c.predicate.value == "captured"]
    assert caps and all(c.actor.value == "RU" for c in caps)


def test_mopping_up_saboteurs_is_no_capture(gaz: Gazetteer) -> None:
    claims = run("Российские военные зачистили Теткино от украинских диверсантов, сообщил губернатор.", gaz,
                 source="ria.ru")
    assert not any(c.predicate.value == "captured" and c.actor.value == "UA" for c in claims)


def test_cleared_a_village_in_russian_is_a_capture(gaz: Gazetteer) -> None:
    claims = run("Штурмовики зачистили Новоегоровку, сообщает канал.", gaz, source="t.me/z_front")
    assert "captured" in {c.predicate.value for c in claims}


def test_withdraw_from_a_village_is_a_slot(gaz: Gazetteer) -> None:
    claims = run("Ukrainian units were allowed to withdraw from Kotlyarivka, the brigade said.", gaz)
    assert "withdrew" in _preds(claims, "Kotlyarivka")
