"""Fourteenth session: readings the blind sets almost never bore out are no claims (`_unfounded`, and no capture, hold,
advance or withdrawal without a side in any modality), and three readings the rewritten tests brought to light once
their texts named a side: a denier who speaks after the rejected statement, a taker named between a premise's capture
noun and its modal verb, a future taking after "when"/"когда"/"коли" whoever its subject."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer, extract_claims

from .conftest import doc, got

PUBLISHED = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
_got = partial(got, source="wire.example", published=PUBLISHED)


def _with_claimant(text: str, gaz: Gazetteer) -> set[tuple[str, str, str, str, str]]:
    return {(c.place_name, c.predicate.value, c.actor.value, c.modality.value, c.claimant)
            for c in extract_claims(doc(text, published=PUBLISHED), gaz)}


def test_an_unsided_advance_in_a_ukrainian_voice_is_no_ukrainian_advance(gaz: Gazetteer) -> None:
    # the speaker's side stood in for a subject that is mostly the enemy ("small assault groups")
    text = ('"Small assault groups managed to gain a foothold in several houses on the southern outskirts of '
            'Stepnohirsk," the spokesman for Ukraine\'s Southern Defence Forces said.')
    assert _got(text, gaz) == set()
    # a named side still makes the claim
    named = "Ukrainian forces advanced near Robotyne, the spokesman for Ukraine's Southern Defence Forces said."
    assert _got(named, gaz) == {("Robotyne", "advancing", "UA", "factual")}


def test_an_unsided_capture_in_an_outlets_voice_is_no_claim(gaz: Gazetteer) -> None:
    assert _got("The village of Robotyne was liberated on Tuesday.", gaz) == set()
    assert _got("Ukrainian troops liberated Robotyne on Tuesday.", gaz) == {("Robotyne", "captured", "UA", "factual")}


def test_a_conditional_or_expected_hold_is_no_claim(gaz: Gazetteer) -> None:
    assert _got("If Kurakhove holds out until spring, the offensive will stall.", gaz) == set()
    assert _got("Ukrainian troops will hold Kurakhove until spring, the commander said.", gaz) == set()


def test_no_side_no_claim_in_any_modality(gaz: Gazetteer) -> None:
    assert _got("If Kurakhove falls, the road to the Dnipropetrovsk region opens.", gaz) == set()
    assert _got("If Kurakhove falls to Russian forces, the road to the Dnipropetrovsk region opens.", gaz) == {
        ("Kurakhove", "captured", "RU", "conditional")}
    # a denial names its side through the denier: Kyiv denies a Russian gain
    assert _got("Kyiv denied that Kurakhove had fallen.", gaz) == {("Kurakhove", "captured", "RU", "denied")}


def test_the_denier_speaks_after_the_rejected_statement(gaz: Gazetteer) -> None:
    assert _with_claimant("Reports of the capture of Toretsk by Russian forces are premature, a Ukrainian spokesman "
                          "said.", gaz) == {("Toretsk", "captured", "RU", "denied", "ua_army")}
    assert _with_claimant('"Reports of the capture of Toretsk are premature," a Ukrainian spokesman said.', gaz) == {
        ("Toretsk", "captured", "RU", "denied", "ua_army")}
    assert _with_claimant("«Говорити про звільнення Торського Силами оборони зарано», — зазначив речник ЗСУ.", gaz) == {
        ("Torske", "captured", "UA", "denied", "ua_army")}
    assert _with_claimant("Говорить о взятии Торецка российскими войсками преждевременно, заявил представитель ВСУ.",
                          gaz) == {("Toretsk", "captured", "RU", "denied", "ua_army")}
    # no attribution: the outlet itself rejects it
    assert _with_claimant("Reports of the capture of Toretsk by Russian forces are premature.", gaz) == {
        ("Toretsk", "captured", "RU", "denied", "wire.example")}


def test_a_premise_with_its_taker_named_stays_conditional(gaz: Gazetteer) -> None:
    assert _got("The capture of Pokrovsk by Russian forces would open the road to Kramatorsk, analysts say.", gaz) == {
        ("Pokrovsk", "captured", "RU", "conditional")}
    assert _got("The fall of Siversk to Russian forces would leave Sloviansk exposed.", gaz) == {
        ("Siversk", "captured", "RU", "conditional")}


def test_a_taking_after_when_is_still_to_come(gaz: Gazetteer) -> None:
    assert _got("When Russian forces take Pokrovsk, they will push toward Kramatorsk.", gaz) == {
        ("Pokrovsk", "captured", "RU", "conditional"), ("Kramatorsk", "advancing", "RU", "conditional")}
    assert _got("Когда российские войска возьмут Торецк, фронт сдвинется.", gaz) == {
        ("Toretsk", "captured", "RU", "conditional")}
    assert _got("Коли російські війська візьмуть Торецьк, фронт зрушиться.", gaz) == {
        ("Toretsk", "captured", "RU", "conditional")}
    # a past taking after "when" is done; "when its capture was announced" is no taking to come
    assert _got("When Russian forces captured Toretsk, Ukrainian units withdrew.", gaz) == {
        ("Toretsk", "captured", "RU", "factual"), ("Toretsk", "withdrew", "UA", "factual")}
    assert _got("When the capture of Toretsk was announced, Ukrainian officials denied it.", gaz) == {
        ("Toretsk", "captured", "RU", "denied")}


def test_the_side_a_place_was_liberated_from_lost_it(gaz: Gazetteer) -> None:
    assert _got("Kupiansk was liberated from Russian forces in September 2022.", gaz) == {
        ("Kupyansk", "captured", "UA", "historical")}
    assert _got("Куп'янськ звільнили від росіян ще у 2022 році.", gaz) == {("Kupyansk", "captured", "UA", "historical")}
    assert _got("Ukrainian troops liberated Kupiansk from the occupiers in September 2022.", gaz) == {
        ("Kupyansk", "captured", "UA", "historical")}
    # a Russian text's «освободили» is the liberator's own word, but the side named after «от» still lost the place
    assert _got("Купянск освободили от российских войск в сентябре 2022 года.", gaz) == {
        ("Kupyansk", "captured", "UA", "historical")}
    assert _got("Курахово освободили от ВСУ, сообщило Минобороны России.", gaz) == {
        ("Kurakhove", "captured", "RU", "factual")}


def test_an_aim_is_no_gain(gaz: Gazetteer) -> None:
    assert _got("Russian troops want to seize Huliaipole, the spokesman said.", gaz) == {
        ("Hulyaypole", "captured", "RU", "conditional")}
    assert _got("Ukraine hopes to retake Kupiansk-Vuzlovyi, officials said.", gaz) == {
        ("Kupiansk-Vuzlovyi", "captured", "UA", "conditional")}
    assert _got("Russian forces aim to encircle Pokrovsk, analysts said.", gaz) == {
        ("Pokrovsk", "advancing", "RU", "conditional")}
    assert _got("Российские войска хотят взять Часов Яр до зимы, заявил командир.", gaz) == {
        ("Chasiv Yar", "captured", "RU", "conditional")}
    assert _got("Росіяни хочуть захопити Часів Яр до зими, заявив речник.", gaz) == {
        ("Chasiv Yar", "captured", "RU", "conditional")}
    # the aim does not reach past a contrast
    text = "Russian forces want to take Kramatorsk but have already captured Toretsk, the ministry said."
    assert _got(text, gaz) == {("Kramatorsk", "captured", "RU", "conditional"),
                               ("Toretsk", "captured", "RU", "factual")}
