"""Failure classes found by the fifteenth held-out set (heldout15.jsonl), each as a general rule, with other places
and wording than that set."""

from __future__ import annotations

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples


# 1. the capital as the government: a demand on it, news for it, a headline's closing source tag
def test_headline_source_tag_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops said they had held their positions in Torske.",
                 gaz, title="Russian forces storm Torske near Lyman: Kyiv")
    assert all(c.place_name != "Kyiv" for c in claims)


def test_demand_that_the_capital_withdraw_is_no_claim(gaz: Gazetteer) -> None:
    claims = run("The Kremlin repeated its demand that Kyiv withdraw its troops from Zaporizhzhia and Kherson.", gaz)
    assert claims == []


def test_news_for_the_capital_is_no_place(gaz: Gazetteer) -> None:
    claims = run("It was a setback for Kyiv: Russian forces captured Torske on Monday.", gaz)
    assert all(c.place_name != "Kyiv" for c in claims)
    assert ("Torske", "captured", "RU", "factual") in tuples(claims)


def test_urged_to_pull_out_is_no_withdrawal(gaz: Gazetteer) -> None:
    assert run("Moscow urged Ukrainian commanders to pull out of Orikhiv within a week.", gaz) == []


# 2. compass comparatives and attack nouns opening a Russian sentence are words, not villages
def test_russian_comparative_and_attack_noun_are_no_places(gaz: Gazetteer) -> None:
    claims = run("Южнее, у Торского, противник пытается контратаковать. Атаки отбиваются.", gaz,
                 source="t.me/somechannel")
    names = {c.place_name for c in claims}
    assert not names & {"Ataky", "Yuzhne", "Pivdenne", "Южне"}
    assert any(c.place_name == "Torske" for c in claims)


# 3. prisoners of war "captured at X" are people taken, not a place
def test_soldiers_captured_at_a_place_are_prisoners(gaz: Gazetteer) -> None:
    claims = run("The swap returned defenders of the 12th Brigade captured at Azovstal and sailors captured in "
                 "Berdiansk in 2022.", gaz)
    assert all(c.predicate.value != "captured" for c in claims)


def test_troops_capturing_a_town_still_captures(gaz: Gazetteer) -> None:
    got = tuples(run("Pilots were taken prisoner when Russian forces captured Melitopol in 2022.", gaz))
    assert ("Melitopol", "captured", "RU", "historical") in got


# 4. a trend holding and an idiom with "take" claim no ground
def test_if_the_trend_holds_is_no_hold(gaz: Gazetteer) -> None:
    claims = run("If the trend holds into the autumn, Pokrovsk will be under threat, the analyst said.", gaz)
    assert all(c.predicate.value != "holds" for c in claims)


def test_take_effect_and_take_place_are_no_captures(gaz: Gazetteer) -> None:
    claims = run("The truce takes effect on Friday; talks will take place in Zaporizhzhia.", gaz)
    assert all(c.predicate.value != "captured" for c in claims)


# 5. the Russian denial formula "информация не подтверждается" denies the claim before it, even a same-side one
def test_information_not_confirmed_denies_same_side_claim(gaz: Gazetteer) -> None:
    text = ("Ряд каналов сообщает о взятии Торского. Информация не подтверждается: по нашим данным, бои идут "
            "на окраине.")
    claims = run(text, gaz, source="t.me/rybar")
    got = tuples(claims)
    assert ("Torske", "captured", "RU", "factual") in got
    assert ("Torske", "captured", "RU", "denied") in got
    assert {c.claimant_side for c in claims if c.modality.value == "denied"} == {"RU"}


def test_ukrainian_not_confirmed_denies(gaz: Gazetteer) -> None:
    text = "Росіяни заявили про захоплення Торського. Ця інформація не підтверджується."
    got = tuples(run(text, gaz, source="suspilne.media"))
    assert ("Torske", "captured", "RU", "denied") in got


# 6. "X has not been taken", said by one side: the other side's capture is denied
def test_has_not_been_taken_denies_the_other_sides_capture(gaz: Gazetteer) -> None:
    text = "\"Torske has not been taken,\" a spokesman for Ukraine's 3rd Army Corps said."
    got = tuples(run(text, gaz))
    assert ("Torske", "captured", "RU", "denied") in got
    assert ("Torske", "captured", "UA", "denied") not in got


# 7. "the village is ours again": retaken and held by the speaker's side; "ours" of no known side claims nothing
def test_ours_again_is_a_recapture_and_a_hold(gaz: Gazetteer) -> None:
    text = "\"Russian troops were driven from Torske. The village is completely ours again,\" a Ukrainian brigade said."
    got = tuples(run(text, gaz))
    assert ("Torske", "captured", "UA", "factual") in got
    assert ("Torske", "holds", "UA", "factual") in got
    assert ("Torske", "captured", "RU", "factual") not in got


def test_ours_from_an_unknown_speaker_claims_nothing(gaz: Gazetteer) -> None:
    claims = run("\"Torske is ours,\" the man shouted.", gaz)
    assert all(c.actor.value != "unknown" for c in claims if c.predicate.value == "holds")


# 8. "наши"/"наші" in a channel of no known side: Russian text speaks for Russia, Ukrainian text for Ukraine
def test_ours_in_a_russian_language_channel_is_russian(gaz: Gazetteer) -> None:
    claims = run("Наши подразделения удерживают Торское.", gaz, source="t.me/somechannel")
    got = tuples(claims)
    assert ("Torske", "holds", "RU", "factual") in got
    assert ("Torske", "holds", "UA", "factual") not in got
    assert {c.claimant_side for c in claims} == {"RU"}


def test_ours_in_a_ukrainian_language_channel_is_ukrainian(gaz: Gazetteer) -> None:
    claims = run("Торське — наше! Наші штурмовики зачистили село.", gaz, source="t.me/somechannel")
    assert ("Torske", "holds", "UA", "factual") in tuples(claims)
    assert {c.claimant_side for c in claims} == {"UA"}


def test_claims_of_a_side_called_a_lie_are_not_its_words(gaz: Gazetteer) -> None:
    claims = run("Заявления ВСУ о взятии Торского — ложь. Наши бойцы удерживают село.", gaz, source="t.me/somechannel")
    denied = [c for c in claims if c.modality.value == "denied"]
    assert denied and all(c.claimant_side == "RU" and c.actor.value == "UA" for c in denied)
    assert all(c.claimant != "ua_army" for c in claims)


# 9. OSINT shorthand: a force "on the E edge of #X" advances; "DRG activity near #X" is fighting
def test_compass_edge_shorthand_is_an_advance(gaz: Gazetteer) -> None:
    claims = run("Geolocated: RU troops on the SW edge of #Torske. Earlier RU positions 1 km W.", gaz,
                 source="x:@geo_watch")
    assert ("Torske", "advancing", "RU", "factual") in tuples(claims)


def test_compass_locator_alone_is_still_no_claim(gaz: Gazetteer) -> None:
    assert run("Torske lies 10 km SE of Izium.", gaz, source="x:@geo_watch") == []


def test_drg_activity_is_fighting(gaz: Gazetteer) -> None:
    got = tuples(run("UA DRG activity reported near #Torske overnight.", gaz, source="x:@geo_watch"))
    assert ("Torske", "fighting", "UA", "factual") in got
    assert not any(p in ("captured", "advancing") for _, p, _, _ in got)


# 10. a hyphenated name whose first part is a landform ("Гора-", "Яр-") is one village
def test_landform_hyphen_name_is_one_village(gaz: Gazetteer) -> None:
    claims = run("ДРГ противника пыталась проникнуть в районе села Балка-Лозовая.", gaz, source="t.me/somechannel")
    names = {c.place_name for c in claims}
    assert names and all("-" in n for n in names)


# 11. a season with a year dates the capture ("освобождённых летом 2022 года")
def test_season_and_year_make_a_capture_historical(gaz: Gazetteer) -> None:
    got = tuples(run("В Рубежном, освобождённом осенью 2022 года, восстанавливают школу.", gaz,
                     source="t.me/somechannel"))
    assert ("Rubizhne", "captured", "RU", "historical") in got
    assert ("Rubizhne", "captured", "RU", "factual") not in got


# 12. the ends of a road name the road
def test_road_from_x_to_y_is_no_place(gaz: Gazetteer) -> None:
    claims = run("After the retreat the highway from Kostiantynivka to Druzhkivka is under Russian fire.", gaz)
    assert all(c.place_name not in ("Kostiantynivka", "Druzhkivka") for c in claims)


# 13. "contrary to claims by X": X is the source contradicted, not the speaker
def test_contrary_to_claims_by_is_not_the_speaker(gaz: Gazetteer) -> None:
    claims = run("Contrary to claims by Rybar, #Torske is not encircled.", gaz, source="x:@ua_watch")
    assert all(c.claimant != "ru_milbloggers" for c in claims)
    assert ("Torske", "advancing", "RU", "denied") in tuples(claims)


# 14. "the occupied left bank" is an area across the river, not a capture of the town named nearby
def test_occupied_bank_is_no_capture(gaz: Gazetteer) -> None:
    claims = run("Marhanets was shelled by Russian drones launched from the occupied left bank of the Dnipro.", gaz)
    assert all(c.predicate.value != "captured" for c in claims)
