"""Failure classes found by the fourteenth held-out set (heldout14.jsonl), each as a general rule, with other places
and wording than that set."""

from __future__ import annotations

from services.normalizer.extraction import Gazetteer
from services.normalizer.extraction.claimants import source_claimant

from .conftest import run, tuples

GS = "facebook.com/GeneralStaff.ua"


# 1. "RT @name:" opening a post: every sentence of it is that account's, so "the enemy" is the other side of its side
def test_retweet_speaks_for_the_quoted_account_in_later_sentences(gaz: Gazetteer) -> None:
    claims = run("RT @DeepStateUA: Map updated. The enemy has advanced in Torske and near Zarichne.", gaz,
                 source="x:@some_digest")
    got = tuples(claims)
    for place in ("Torske", "Zarichne"):
        assert (place, "advancing", "RU", "factual") in got
        assert (place, "advancing", "unknown", "factual") not in got
    assert {c.claimant for c in claims} == {"deepstate"}


def test_plain_post_without_retweet_keeps_its_author(gaz: Gazetteer) -> None:
    claims = run("Map updated. Russian forces have advanced in Torske.", gaz, source="x:@some_digest")
    assert {c.claimant for c in claims} == {"x:@some_digest"}


# 2. '"...," the statement said' is the source named before; "adding that Russian soldiers" names no speaker
def test_the_statement_said_is_the_previous_speaker(gaz: Gazetteer) -> None:
    text = ("Ukraine's 47th brigade said its fighters had retaken Torske. \"The enemy took heavy losses and had "
            "to pull back,\" the statement said, adding that two Russian soldiers had surrendered.")
    claims = run(text, gaz, source="wire.example")
    got = tuples(claims)
    assert ("Torske", "withdrew", "RU", "factual") in got
    assert ("Torske", "withdrew", "UA", "factual") not in got
    assert all(c.claimant != "ru_mod" for c in claims)


# 3. Ukrainian plural "не відповідають дійсності" denies the claim it names
def test_claims_do_not_correspond_to_reality_plural(gaz: Gazetteer) -> None:
    got = tuples(run("Заяви росіян про захоплення Торського не відповідають дійсності, повідомили в ОВА.", gaz,
                     source="suspilne.media"))
    assert ("Torske", "captured", "RU", "denied") in got


# 4. "called that claim a fantasy": a denial of the previous sentence's claim
def test_called_the_claim_a_fantasy(gaz: Gazetteer) -> None:
    text = ("Russia's Defense Ministry said its troops had captured Torske. "
            "A Ukrainian army spokesman called the report \"pure fantasy.\"")
    got = tuples(run(text, gaz))
    assert ("Torske", "captured", "RU", "factual") in got
    assert ("Torske", "captured", "RU", "denied") in got


# 5. a bare dateline before a dash is where the story was filed
def test_bare_dateline_before_a_dash_is_no_place(gaz: Gazetteer) -> None:
    claims = run("ZAPORIZHZHIA — Russian troops entered the village of Torske on Sunday, Ukrainian officials said.",
                 gaz)
    assert all(c.place_name != "Zaporizhzhia" for c in claims)
    assert ("Torske", "advancing", "RU", "factual") in tuples(claims)


def test_en_dash_dateline_is_no_place(gaz: Gazetteer) -> None:
    claims = run("ODESA – Russian forces advanced near Torske, the brigade said.", gaz)
    assert all(c.place_name != "Odesa" for c in claims)


# 6. where an organisation sits or where someone spoke is no target
def test_institute_in_a_city_is_no_place(gaz: Gazetteer) -> None:
    text = ("\"If Torske falls, Russian guns could reach the bridge,\" said an analyst at the Razumkov Centre for "
            "Economic and Political Studies in Dnipro.")
    claims = run(text, gaz)
    assert all(c.place_name not in ("Dnipro", "Dnipropetrovsk Oblast") for c in claims)


def test_told_reporters_in_a_city_is_no_place(gaz: Gazetteer) -> None:
    claims = run("\"We will not retreat and we are ready to advance,\" the minister told reporters in Odesa.", gaz)
    assert all(c.place_name != "Odesa" for c in claims)


def test_in_a_city_after_a_verb_still_counts(gaz: Gazetteer) -> None:
    assert ("Toretsk", "advancing", "RU", "factual") in tuples(run("Russian troops advanced in Toretsk.", gaz))


# 7. compass abbreviations in posts locate the place before them
def test_compass_abbreviation_is_a_locator(gaz: Gazetteer) -> None:
    claims = run("RU forces captured #Zarichne, NW of Kreminna. Footage confirms it.", gaz, source="x:@osint_watch")
    assert all(c.place_name != "Kreminna" for c in claims)


# 8. "RU MoD" / "UA MoD" in posts
def test_ru_mod_abbreviation_is_the_russian_ministry(gaz: Gazetteer) -> None:
    claims = run("RU MoD says its troops took #Torske.", gaz, source="x:@osint_watch")
    assert [c.claimant for c in claims if c.place_name == "Torske"] == ["ru_mod"]
    assert all(c.claimant_side.value == "RU" for c in claims)


# 9. "механизированной и штурмовой бригады": a formation's type, no assault
def test_assault_brigade_named_in_a_damage_line_is_no_fighting(gaz: Gazetteer) -> None:
    claims = run("Поражены позиции мотопехотной и штурмовой бригад ВСУ в районах населённых пунктов Торское и "
                 "Серебрянка.", gaz, source="mil.ru")
    assert not any(c.predicate.value == "fighting" for c in claims)


def test_assault_groups_still_fight(gaz: Gazetteer) -> None:
    got = tuples(run("Штурмовые группы ВСУ пытались прорваться у Торского.", gaz, source="mil.ru"))
    assert ("Torske", "fighting", "UA", "factual") in got


def test_english_assault_brigade_speaker_is_no_assault(gaz: Gazetteer) -> None:
    got = tuples(run("The 5th Assault Brigade said it held Torske.", gaz))
    assert not any(t[1] == "fighting" for t in got)


# 10. offices and groups named after a region or city, and "X mining town"
def test_regional_military_administration_is_no_place_and_speaks_for_ukraine(gaz: Gazetteer) -> None:
    text = ("Russian troops reached the outskirts of Torske. The head of the Donetsk regional military "
            "administration said the village remained under Ukrainian control.")
    claims = run(text, gaz)
    assert all(c.place_name not in ("Donetsk", "Donetsk Oblast") for c in claims)
    holds = [c for c in claims if c.predicate.value == "holds"]
    assert holds and all(c.place_name == "Torske" and c.claimant == "ua_government" for c in holds)


def test_operational_strategic_group_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Russian troops captured Torske, a spokesman for the Luhansk Operational Strategic Group said.", gaz)
    assert all(c.place_name not in ("Luhansk", "Luhansk Oblast") for c in claims)


def test_region_adjective_before_mining_town_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Russian troops advance on Donetsk mining town", gaz)
    assert all(c.place_name not in ("Donetsk", "Donetsk Oblast") for c in claims)


# 11. present-tense control is a state, not a change of hands
def test_ukrainian_present_control_is_holds(gaz: Gazetteer) -> None:
    got = tuples(run("Село Торське повністю контролюють Сили оборони, повідомив речник.", gaz, source=GS))
    assert ("Torske", "holds", "UA", "factual") in got
    assert ("Torske", "captured", "UA", "factual") not in got


def test_russian_present_control_is_holds(gaz: Gazetteer) -> None:
    got = tuples(run("Торское полностью контролирует российская армия.", gaz, source="t.me/x"))
    assert ("Torske", "holds", "RU", "factual") in got
    assert ("Torske", "captured", "RU", "factual") not in got


def test_control_again_is_still_a_capture(gaz: Gazetteer) -> None:
    got = tuples(run("Торське знову повністю контролюють українські військові.", gaz, source=GS))
    assert ("Torske", "captured", "UA", "factual") in got


# 12. partial holding of "the village" by Russian forces is an advance
def test_russian_partial_hold_of_the_village_is_advancing(gaz: Gazetteer) -> None:
    text = ("Russian troops entered Torske last week, the brigade said. "
            "\"The Russians hold about half of the village, but we are still fighting there,\" the brigade said.")
    got = tuples(run(text, gaz))
    assert ("Torske", "advancing", "RU", "factual") in got
    assert ("Torske", "holds", "RU", "factual") not in got


def test_ukrainian_partial_hold_of_the_village_stays_holds(gaz: Gazetteer) -> None:
    text = ("Russian troops entered Torske last week, the brigade said. "
            "\"Our units hold the western part of the village,\" the brigade said.")
    got = tuples(run(text, gaz))
    assert ("Torske", "holds", "UA", "factual") in got


# 13. an attempt on the outskirts thrown back ("але були відкинуті") is fighting, not an advance
def test_thrown_back_attempt_is_fighting(gaz: Gazetteer) -> None:
    got = tuples(run("Окупанти намагалися закріпитися на східній околиці Торського, але були відкинуті.", gaz,
                     source=GS))
    assert ("Torske", "fighting", "RU", "factual") in got
    assert ("Torske", "advancing", "RU", "factual") not in got


# 14. Russian "противник оставил X": the other side withdrew; "оставили без света" is no withdrawal
def test_enemy_left_the_village_is_a_withdrawal(gaz: Gazetteer) -> None:
    got = tuples(run("Противник оставил Торское и отходит к Серебрянке.", gaz, source="mil.ru"))
    assert ("Torske", "withdrew", "UA", "factual") in got
    assert ("Torske", "advancing", "RU", "factual") not in got


def test_left_without_power_is_no_withdrawal(gaz: Gazetteer) -> None:
    got = tuples(run("Удары оставили без света Торское.", gaz, source="mil.ru"))
    assert not any(t[1] == "withdrew" for t in got)


# 15. "ДРГ пыталась проникнуть в район села X": a failed incursion is fighting by the intruder
def test_attempt_to_infiltrate_is_fighting(gaz: Gazetteer) -> None:
    got = tuples(run("Украинская ДРГ пыталась проникнуть в район села Сопычи, попытка отражена.", gaz,
                     source="ria.ru"))
    assert any(t[1:] == ("fighting", "UA", "factual") for t in got)
    assert not any(t[1] == "advancing" for t in got)


# 16. a feminine nationality adjective opening a sentence is no unknown village
def test_feminine_nationality_adjective_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Украинская группа пыталась прорваться к селу Сопычи.", gaz, source="ria.ru")
    assert all("Украинск" not in c.place_name for c in claims)
    claims = run("Українська ДРГ намагалася зайти в село Сопичі.", gaz, source=GS)
    assert all("Українськ" not in c.place_name for c in claims)


# 17. a known voenkor channel is a Russian milblogger claimant
def test_known_voenkor_channel_is_ru_milbloggers() -> None:
    assert source_claimant("t.me/boris_rozhin") == "ru_milbloggers"
    assert source_claimant("t.me/colonelcassad") == "ru_milbloggers"


# 18. the source after "contrary to" is contradicted, not speaking
def test_contrary_to_names_no_speaker(gaz: Gazetteer) -> None:
    claims = run("Torske remains under Ukrainian control, contrary to RU MoD claims.", gaz, source="x:@map_watch")
    assert all(c.claimant != "ru_mod" for c in claims)
    assert ("Torske", "holds", "UA", "factual") in tuples(claims)
