"""Failure classes found by the tenth held-out set (heldout10.jsonl), each as a general rule, with other places and
wording than that set."""

from __future__ import annotations

from schemas.models import Claim
from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples


def _names(claims: list[Claim]) -> set[str]:
    return {c.place_name for c in claims} | {c.matched_alias for c in claims}


def _preds(claims: list[Claim], name: str) -> set[str]:
    return {c.predicate.value for c in claims if name in (c.place_name, c.matched_alias)}


# 1. unknown villages written as #hashtags; topic tags
def test_hashtag_village_with_a_place_ending_after_entered(gaz: Gazetteer) -> None:
    claims = run("Russian channels say Ukrainian units have entered #Tykhovodivka, Sudzha district. No footage yet.",
                 gaz, source="x:@front_watch")
    assert ("Tykhovodivka", "advancing", "UA", "factual") in tuples(claims)


def test_hashtag_village_after_near_is_running_text_beside_a_named_place(gaz: Gazetteer) -> None:
    claims = run("Update: RU forces have occupied Toretsk; enemy advances also recorded near #Zhuravske. Map updated.",
                 gaz, source="x:@map_watch")
    assert "Zhuravske" in _names(claims)
    assert "Toretsk" in _names(claims)


def test_camel_case_hashtag_is_a_slogan_not_a_village(gaz: Gazetteer) -> None:
    claims = run("Heavy fighting today, the brigade says. #StandWithUkraine", gaz, source="x:@someone")
    assert "StandWithUkraine" not in _names(claims)


def test_trailing_region_tag_is_no_target(gaz: Gazetteer) -> None:
    claims = run("Russian assault groups tried to infiltrate near #Bilyi Kolodiaz overnight - pushed back. "
                 "The village remains under Ukrainian control. #Kharkiv", gaz, source="x:@border_news")
    assert not any(c.place_name.startswith("Kharkiv") for c in claims)


def test_the_village_after_a_tagged_target_is_that_target_not_the_trailing_tag(gaz: Gazetteer) -> None:
    claims = run("Russian sabotage group tried to infiltrate near #Novomlynsk overnight - pushed back. "
                 "The village remains under Ukrainian control. 🇺🇦 #Kupiansk", gaz, source="x:@border_news")
    assert ("Novomlynsk", "holds", "UA", "factual") in tuples(claims)
    assert "Kupiansk" not in _names(claims)


# 2. multi-word names
def test_hyphenated_name_with_a_three_letter_first_part(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops have withdrawn from Zor-Mykolaivka, a village south of Lyman, the brigade said.",
                 gaz)
    assert "Zor-Mykolaivka" in _names(claims)
    assert "Mykolaivka" not in {c.matched_alias for c in claims}


def test_latin_adjective_and_ok_noun_are_one_village(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops have retaken Kozatskyi Horodok, a village near the border, the brigade said.", gaz)
    assert "Kozatskyi Horodok" in _names(claims)
    assert "Horodok" not in {c.matched_alias for c in claims}


def test_cyrillic_adjective_and_ordinal_are_one_village(gaz: Gazetteer) -> None:
    claims = run("Російські війська захопили село Нове Друге, повідомили в угрупованні.", gaz)
    assert any(c.matched_alias == "Нове Друге" for c in claims)


def test_known_name_with_an_ordinal_is_the_ordinal_village(gaz: Gazetteer) -> None:
    claims = run("Российские штурмовики полностью зачистили Лиман Второй.", gaz)
    assert any(c.matched_alias == "Лиман Второй" for c in claims)
    assert "Lyman" not in {c.place_name for c in claims}


def test_list_after_a_plural_village_noun_takes_every_name(gaz: Gazetteer) -> None:
    claims = run("Russian troops attempted to advance near the villages of Krasnopillia and Ostrych but were "
                 "pushed back.", gaz)
    assert "Ostrych" in _names(claims)


def test_no_list_without_a_plural_place_noun(gaz: Gazetteer) -> None:
    claims = run("Fighting continued near Krasnopillia and Ostrych yesterday.", gaz)
    assert "Ostrych" not in _names(claims)


# 3. case forms of unknown villages
def test_genitive_of_a_neuter_adjective_village_after_near(gaz: Gazetteer) -> None:
    claims = run("Окупанти штурмували позиції наших підрозділів біля Тихого.", gaz)
    assert any(c.matched_alias == "Тихого" and c.predicate.value == "fighting" for c in claims)


def test_russian_zashli_v_is_a_slot_for_an_unknown_village(gaz: Gazetteer) -> None:
    claims = run("Наши штурмовики зашли в Берестовку с севера.", gaz)
    assert any(c.matched_alias == "Берестовку" and c.predicate.value == "advancing" for c in claims)


def test_russian_genitive_ova_guesses_the_ovo_village(gaz: Gazetteer) -> None:
    claims = run("Российские военные продвинулись на окраинах Кременцова.", gaz)
    assert "Кременцово" in {c.place_name for c in claims}


def test_plural_adjective_before_a_noun_is_no_village(gaz: Gazetteer) -> None:
    claims = run("Штурмовые группы вошли в Торецк.", gaz)
    assert "Shturmove" not in {c.place_name for c in claims}


# 4. words and names that are no places
def test_compass_word_in_a_headline_is_no_village(gaz: Gazetteer) -> None:
    claims = run("The brigade said its troops had retaken the village.", gaz,
                 title="Ukraine Retakes Border Village South of Sumy")
    assert "South" not in _names(claims)


def test_channel_name_is_no_place(gaz: Gazetteer) -> None:
    claims = run("The Yuzhny Front channel wrote that Russian troops were holding their positions.", gaz)
    assert not any("Yuzhn" in c.matched_alias for c in claims)


def test_force_grouping_named_after_a_city_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Russia's defence ministry said the Kupiansk group of forces had liberated Pishchane.", gaz)
    assert "Kupiansk" not in {c.matched_alias for c in claims}
    assert "Pishchane" in _names(claims)


def test_regional_military_administration_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Запорізька ОВА спростувала інформацію про захоплення Степового.", gaz)
    assert "Запорізька" not in {c.matched_alias for c in claims}


def test_governors_region_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Атака ВСУ на село Тёткино отражена, сообщил губернатор Курской области.", gaz)
    assert not any(c.place_name.startswith("Kursk") for c in claims)


def test_district_adjective_is_not_part_of_a_village_name(gaz: Gazetteer) -> None:
    claims = run("ВСУ пытались зайти в село Колотиловка Краснояружского района, но были отбиты.", gaz)
    assert not any("Краснояруж" in c.matched_alias for c in claims)


def test_dateline_country_is_not_the_actor_of_a_nominal_capture(gaz: Gazetteer) -> None:
    claims = run("ZAPORIZHZHIA, Ukraine (AP) — The capture of Robotyne was announced by Russia's Defense Ministry "
                 "on Friday.", gaz)
    assert ("Robotyne", "captured", "RU", "factual") in tuples(claims)
    assert not any(c.actor.value == "UA" and c.predicate.value == "captured" for c in claims)


# 5. locators and strike sites
def test_distance_from_a_town_only_locates(gaz: Gazetteer) -> None:
    claims = run("Russian units are now about ten kilometres from Pokrovsk and attacking Myrnohrad, the officer "
                 "said.", gaz)
    assert "Pokrovsk" not in {c.matched_alias for c in claims}


def test_upriver_from_a_city_only_locates(gaz: Gazetteer) -> None:
    claims = run("Ukraine says it repelled a landing near the village of Tiahynka, downriver from Kherson city.",
                 gaz)
    assert "Kherson" not in {c.matched_alias for c in claims}


def test_ukrainian_compass_locator_only_locates(gaz: Gazetteer) -> None:
    claims = run("Російські війська захопили село Петропавлівка на схід від Куп'янська.", gaz)
    assert "Куп'янська" not in {c.matched_alias for c in claims}


def test_strike_site_is_no_ground_claim(gaz: Gazetteer) -> None:
    claims = run("The regional administration reported 40 Russian attacks on the region, including glide bomb "
                 "strikes on Vovchansk.", gaz)
    assert "Vovchansk" not in _names(claims)


def test_shelling_target_in_a_condition_is_no_capture(gaz: Gazetteer) -> None:
    claims = run("If Kurakhove falls to Russian forces, they can shell Selydove from the high ground.", gaz)
    assert "Selydove" not in _names(claims)
    assert "Kurakhove" in _names(claims)


def test_occupied_region_adjective_claims_nothing_about_the_strike_site(gaz: Gazetteer) -> None:
    claims = run("Ukrainian drones hit an oil depot in Rovenky in occupied Luhansk region, the general staff said.",
                 gaz)
    assert "Rovenky" not in _names(claims)


def test_people_taken_to_a_hospital_are_no_capture(gaz: Gazetteer) -> None:
    claims = run("The released soldiers were taken to a hospital in the Sumy region, the headquarters said.", gaz)
    assert [c for c in claims if c.predicate.value == "captured"] == []


# 6. predicate phrasing
def test_pushed_into_outskirts_beside_a_held_city_adjective_is_advancing(gaz: Gazetteer) -> None:
    claims = run("Russian troops have pushed into the southern outskirts of Siversk, north of the Ukrainian-held "
                 "city of Sloviansk, a commander said.", gaz)
    assert ("Siversk", "advancing", "RU", "factual") in tuples(claims)


def test_troops_have_left_is_a_withdrawal(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops have left Kurakhove after months of attacks, the army said.", gaz)
    assert ("Kurakhove", "withdrew", "UA", "factual") in tuples(claims)


def test_residents_have_left_is_no_withdrawal(gaz: Gazetteer) -> None:
    claims = run("Most of the residents of Orikhiv have left.", gaz)
    assert [c for c in claims if c.predicate.value == "withdrew"] == []


def test_left_bank_is_no_withdrawal(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops on the left bank near Krynky are under fire.", gaz)
    assert [c for c in claims if c.predicate.value == "withdrew"] == []


def test_all_attacks_repelled_says_the_side_holds(gaz: Gazetteer) -> None:
    claims = run("The Russian Defense Ministry said that all attacks in the area of Tiotkino had been repelled.", gaz)
    assert ("Tiotkino", "holds", "RU", "factual") in tuples(claims)
    assert ("Tiotkino", "fighting", "UA", "factual") in tuples(claims)


def test_russian_place_is_ours_holds(gaz: Gazetteer) -> None:
    claims = run("Торецк наш, ситуация стабильная.", gaz, source="t.me/rybar")
    assert ("Toretsk", "holds", "RU", "factual") in tuples(claims)


def test_nasha_without_a_place_before_it_is_no_claim(gaz: Gazetteer) -> None:
    claims = run("Наша армия продвинулась у Торецка.", gaz, source="t.me/rybar")
    assert _preds(claims, "Торецка") == {"advancing"}


def test_ukrainian_imperfective_nastupav_is_an_assault(gaz: Gazetteer) -> None:
    claims = run("На Покровському напрямку ворог чотири рази наступав поблизу Лисівки.", gaz,
                 source="facebook.com/GeneralStaff.ua")
    assert _preds(claims, "Лисівки") == {"fighting"}


def test_ukrainian_passive_okupovano_after_the_name(gaz: Gazetteer) -> None:
    claims = run("Противник просунувся поблизу Торецька. Щербинівка окуповано.", gaz, source="t.me/DeepStateUA")
    assert any(c.matched_alias == "Щербинівка" and c.predicate.value == "captured" and c.actor.value == "RU"
               for c in claims)


def test_flag_over_a_place_is_a_capture(gaz: Gazetteer) -> None:
    claims = run("🇷🇺 Флаг над Курахово! Бойцы водрузили триколор над зданием администрации.", gaz,
                 source="x:@someone")
    assert ("Kurakhove", "captured", "RU", "factual") in tuples(claims)


def test_rolled_back_towards_another_village_left_the_topic_place(gaz: Gazetteer) -> None:
    claims = run("Флаг над Курахово! Противник откатился к Дачному.", gaz, source="t.me/rybar")
    assert ("Kurakhove", "withdrew", "UA", "factual") in tuples(claims)
    assert not any(c.matched_alias == "Дачному" and c.predicate.value == "withdrew" for c in claims)


def test_passive_otrazhena_flips_to_the_defender(gaz: Gazetteer) -> None:
    claims = run("Губернатор: атака ВСУ на посёлок Теткино отражена.", gaz, source="ria.ru")
    assert ("Tyotkino", "holds", "RU", "factual") in tuples(claims) or any(
        c.predicate.value == "holds" and c.actor.value == "RU" for c in claims)
    assert not any(c.predicate.value == "holds" and c.actor.value == "UA" for c in claims)


def test_infiltration_attempt_pushed_back_is_fighting_and_holding(gaz: Gazetteer) -> None:
    claims = run("UA Border Guard: RU DRG tried to infiltrate near Sumy overnight - pushed back, 2 KIA.", gaz,
                 source="x:@border_news")
    assert ("Sumy", "fighting", "RU", "factual") in tuples(claims)
    assert ("Sumy", "holds", "UA", "factual") in tuples(claims)
    assert "advancing" not in _preds(claims, "Sumy")


def test_attempt_to_break_through_was_stopped(gaz: Gazetteer) -> None:
    claims = run("Gov. Gladkov said the attempt to break through into Tiotkino was stopped.", gaz)
    assert "advancing" not in _preds(claims, "Tiotkino")


def test_fighting_on_the_outskirts_is_fighting_too(gaz: Gazetteer) -> None:
    claims = run("Российские военные ведут бои на окраинах Часова Яра.", gaz, source="tass.ru")
    assert {"fighting", "advancing"} <= _preds(claims, "Часова Яра")


# 7. modality and actors
def test_date_later_in_the_clause_makes_a_capture_historical(gaz: Gazetteer) -> None:
    claims = run("Russian troops captured Hlyboke, a border village a few miles north, in May 2024, and have held "
                 "it since.", gaz)
    assert ("Hlyboke", "captured", "RU", "historical") in tuples(claims)


def test_should_x_fall_takes_the_storys_attacker_not_the_speakers_side(gaz: Gazetteer) -> None:
    claims = run("Russian assault groups have reached the outskirts of Siversk, a Ukrainian commander said. "
                 "\"Should Siversk fall, they will be able to hit Sloviansk,\" he said.", gaz)
    assert ("Siversk", "captured", "RU", "conditional") in tuples(claims)
    assert not any(c.predicate.value == "captured" and c.actor.value == "UA" for c in claims)


def test_disputed_the_claim_denies_it(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops have retaken Vovchansk, a Ukrainian brigade said on Thursday. Several Russian "
                 "military bloggers disputed the claim, insisting that the town remained in Russian hands.", gaz)
    assert ("Vovchansk", "captured", "UA", "denied") in tuples(claims)
