"""Failure classes found by the ninth held-out set (heldout9.jsonl), each as a general rule, with other places and
wording than that set."""

from __future__ import annotations

from schemas.models import Claim
from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples


def _names(claims: list[Claim]) -> set[str]:
    return {c.place_name for c in claims}


# 1. sides from pronouns; failed attempts
def test_it_in_a_sentence_that_names_the_ministry_is_the_ministry(gaz: Gazetteer) -> None:
    claims = run("Russia's defence ministry issued a statement on Monday listing what it said were gains in eastern "
                 "Ukraine. It said its forces had \"liberated\" the settlement of Bohoiavlenka.", gaz,
                 title="Moscow claims village; Ukraine says battles go on")
    assert ("Bohoiavlenka", "captured", "RU", "factual") in tuples(claims)
    assert not any(c.actor.value == "UA" and c.predicate.value == "captured" for c in claims)


def test_tried_to_break_in_but_thrown_back_is_fighting_and_holding(gaz: Gazetteer) -> None:
    claims = run("Russian troops tried twice to break into Kupiansk but were thrown back with losses.", gaz)
    assert ("Kupiansk", "fighting", "RU", "factual") in tuples(claims)
    assert ("Kupiansk", "holds", "UA", "factual") in tuples(claims)
    assert not any(c.predicate.value == "advancing" for c in claims)


# 2. place recognition
def test_hashtags_with_a_region_in_brackets_are_the_targets(gaz: Gazetteer) -> None:
    claims = run("The enemy advanced near #Vovchansk and #Kruhliakivka (Kharkiv region). Map updated.", gaz,
                 source="x:@DeepStateEN")
    assert {"Vovchansk", "Kruhliakivka"} <= {c.matched_alias for c in claims}
    assert not any(c.place_name.startswith("Kharkiv") for c in claims)


def test_latin_oblast_abbreviation_is_no_place(gaz: Gazetteer) -> None:
    claims = run("RU channels claim #Stepnohirsk (Zaporizhzhia Obl.) has been taken.", gaz, source="x:@osint_watch")
    assert _names(claims) == {"Stepnohirsk"}
    assert all(c.claimant == "ru_milbloggers" for c in claims)


def test_hyphenated_name_with_an_unknown_first_part_stays_whole(gaz: Gazetteer) -> None:
    claims = run("The villages of Novoraisk, Zolota-Balka and Mylove were liberated by Ukrainian forces in "
                 "November 2022.", gaz)
    assert "Balka" not in {c.matched_alias for c in claims}
    assert any(c.matched_alias == "Zolota-Balka" for c in claims)


def test_settlement_noun_opening_a_sentence_is_no_place(gaz: Gazetteer) -> None:
    claims = run("Росіяни заявили про захоплення Андріївки. Село перебуває під контролем Сил оборони.", gaz)
    assert "Село" not in _names(claims)
    assert any(c.matched_alias == "Андріївки" and c.predicate.value == "holds" for c in claims)


def test_bare_place_heading_is_the_topic_of_the_next_sentence(gaz: Gazetteer) -> None:
    claims = run("⚡️Торецк. Наши штурмовики закрепились на северной окраине и ведут бои в жилой застройке.", gaz,
                 source="t.me/z_voenkor_line")
    assert ("Торецк", "advancing", "RU", "factual") in tuples(claims)
    assert all(c.claimant == "ru_milbloggers" for c in claims)


# 3. phrasings
def test_pushed_troops_out_of_a_village_is_a_capture_by_the_pusher(gaz: Gazetteer) -> None:
    claims = run("The brigade said it had driven Russian troops out of Vovchansk.", gaz)
    assert ("Vovchansk", "captured", "UA", "factual") in tuples(claims)
    claims = run("Ukrainian marines pushed Russian soldiers out of Krynky, the navy said.", gaz)
    assert ("Krynky", "captured", "UA", "factual") in tuples(claims)


def test_broken_into_is_an_advance(gaz: Gazetteer) -> None:
    claims = run("Russian bloggers said Ukrainian units had broken into Tiotkino again.", gaz)
    assert any(c.predicate.value == "advancing" and c.actor.value == "UA" for c in claims)


def test_withdrawal_to_prepared_positions_leaves_the_place_of_the_text(gaz: Gazetteer) -> None:
    claims = run("Речник підтвердив втрату Курахового. За його словами, українські підрозділи відійшли на "
                 "заздалегідь підготовлені позиції.", gaz)
    assert any(c.predicate.value == "withdrew" and c.actor.value == "UA" for c in claims)


# 4. modality
def test_promise_to_take_is_future(gaz: Gazetteer) -> None:
    claims = run("", gaz, title="Russian general vows to take Kostiantynivka by summer")
    assert ("Kostiantynivka", "captured", "RU", "conditional") in tuples(claims)
    assert not any(c.modality.value in ("asserted", "reported") for c in claims)


def test_far_from_a_capture_is_no_capture(gaz: Gazetteer) -> None:
    assert not run("До полного освобождения Часова Яра ещё далеко, но движение есть.", gaz)
    assert not any(c.predicate.value == "captured"
                   for c in run("Russian forces are still far from capturing Pokrovsk, analysts say.", gaz))


# 5. denials
def test_ministry_calling_its_bloggers_reports_a_provocation_denies_them(gaz: Gazetteer) -> None:
    claims = run("Pro-war Russian bloggers reported that Ukrainian units had broken into Sudzha. The Defense Ministry "
                 "called the reports \"a provocation\" and said all attacks had been repelled.", gaz)
    assert ("Sudzha", "advancing", "UA", "denied") in tuples(claims)


# 6. no claims from non-territorial sentences
def test_headline_region_is_no_fighting_target(gaz: Gazetteer) -> None:
    claims = run("Zelenskyy will travel to Paris on Thursday.", gaz,
                 title="Ukraine war live: talks in Paris; heavy fighting in Zaporizhzhia region")
    assert claims == []


def test_did_not_mention_is_no_claim(gaz: Gazetteer) -> None:
    claims = run("Ukraine's General Staff did not mention Kupiansk in its evening report, which listed 40 clashes.",
                 gaz)
    assert claims == []


def test_controlled_adjective_is_about_the_noun_after_it(gaz: Gazetteer) -> None:
    claims = run("Marhanets lies across the reservoir from the Russian-controlled Zaporizhzhia nuclear power plant.",
                 gaz)
    assert claims == []


def test_fpv_drone_attack_on_a_village_is_a_strike(gaz: Gazetteer) -> None:
    claims = run("Губернатор сообщил, что ВСУ атаковали с помощью FPV-дронов посёлок Тёткино.", gaz)
    assert not any(c.predicate.value == "fighting" for c in claims)


def test_fighting_on_a_side_is_no_battle(gaz: Gazetteer) -> None:
    claims = run("Belgorod Gov. Vyacheslav Gladkov said residents had left. A Russian volunteer unit fighting on "
                 "Ukraine's side said on Telegram that it operated in the area.", gaz)
    assert claims == []
