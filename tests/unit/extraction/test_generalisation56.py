"""Failure classes found by the fifty-sixth held-out set (heldout56.jsonl: one analyst's feeds over 16–20 November
2026 — Reuters/AP/AFP/Guardian/Kyiv Independent/Kyiv Post wires, TASS/RIA/Izvestia, the Russian MoD bulletin, the
General Staff, Ukrainska Pravda, ISW, DeepState and OSINT posts on X and Telegram; an invented front at Orikhiv, on
the Dnipro-delta islands and on the Sloviansk–Kramatorsk approaches), each as a general rule, with other places and
wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places, sides

WIRE = "wire.example"
NOV = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=NOV)
_sides = partial(sides, source=WIRE, published=NOV)
_places = partial(places, source=WIRE, published=NOV)


# 1. A village in -пілля/-полье missing from the gazetteer («біля Олександропілля», «после взятия Александрополья») is
#    an unknown village in the nominative (-полья → -полье, -піллі → -пілля); "forces are holding X" names the place
def test_unknown_villages_in_pillia(gaz: Gazetteer) -> None:
    assert _got("Ворог атакував поблизу Сергіївки та Вільнопілля.", gaz) == {
        ("Сергіївка", "fighting", "RU", "factual"), ("Вільнопілля", "fighting", "RU", "factual")}
    assert _got("Противник двічі атакував біля Олександропілля.", gaz) == {
        ("Олександропілля", "fighting", "RU", "factual")}
    assert _got("После взятия Александрополья наши штурмовики развивают наступление.", gaz) == {
        ("Александрополье", "captured", "RU", "factual")}
    assert _got("To the east, Ukrainian troops are still holding Vilnopillia, the brigade said.", gaz) == {
        ("Vilnopillia", "holds", "UA", "factual")}


# 2. "has neither confirmed nor denied the claim", «не подтвердили и не опровергли», «не підтвердили і не
#    спростували»: no denial, the claim stays as reported
def test_neither_confirmed_nor_denied(gaz: Gazetteer) -> None:
    assert _got("Russia said it had captured Torske. Kyiv has neither confirmed nor denied the claim.", gaz) == {
        ("Torske", "captured", "RU", "factual")}
    assert _got("Минобороны России заявило об освобождении Торского. В ВСУ эту информацию не подтвердили и не "
                "опровергли.", gaz) == {("Torske", "captured", "RU", "factual")}
    assert _got("Міноборони рф заявило про захоплення Торського. У ЗСУ цю інформацію не підтвердили і не "
                "спростували.", gaz) == {("Torske", "captured", "RU", "factual")}
    # near miss: a plain denial still denies
    assert _got("Russia said it had captured Torske. Kyiv denied the claim.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Torske", "captured", "RU", "denied")}


# 3. "A Ukrainian spokesperson denied the claim": the one claim someone made, not the analyst's own assessment of
#    another place before it
def test_denied_the_claim_not_the_assessment(gaz: Gazetteer) -> None:
    got = _got("Geolocated footage indicates that Russian forces recently advanced in central Kupiansk. The Russian "
               "MoD claimed that Russian forces seized Torske. A Ukrainian spokesperson denied the claim.", gaz)
    assert got == {("Kupyansk", "advancing", "RU", "factual"), ("Torske", "captured", "RU", "factual"),
                   ("Torske", "captured", "RU", "denied")}


# 4. «после освобождения X бойцы продвигаются к Y», «після звільнення X підрозділи просуваються»: an ongoing present
#    after the capture is no plan (X is taken, the advance on Y goes on); a perfective future still is one
def test_ongoing_present_after_a_capture(gaz: Gazetteer) -> None:
    assert _got("Подразделения ВС РФ после освобождения Торского продвигаются в направлении Ямполя.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Yampil’", "advancing", "RU", "factual")}
    assert _got("Після звільнення Торського наші підрозділи просуваються в бік Ямполя.", gaz) == {
        ("Torske", "captured", "UA", "factual"), ("Yampil’", "advancing", "UA", "factual")}
    # near miss: a perfective future is the plan
    assert _got("После освобождения Торского наши войска продвинутся к Ямполю.", gaz) == {
        ("Torske", "captured", "RU", "conditional"), ("Yampil’", "advancing", "RU", "conditional")}


# 5. "landed on the northern part of X Island": a landing on part of an island is an advance there
def test_landing_on_part_of_an_island(gaz: Gazetteer) -> None:
    assert _got("Russian forces landed on the northern part of Bilohrudyi Island.", gaz) == {
        ("Bilohrudyi Island", "advancing", "RU", "factual")}


# 6. 'Kyiv on Monday called Russia's claim to have captured X "a lie"', "the Russian claim that X had fallen false":
#    the body that calls the claim so denies it, the possessor made it; '"The statement by the Russian general staff
#    about X is false"': the body after "statement by" is no denier
def test_called_the_claim_a_lie(gaz: Gazetteer) -> None:
    assert _got("Ukraine's army on Monday called Russia's claim to have captured Torske \"a lie\".", gaz) == {
        ("Torske", "captured", "RU", "denied"), ("Torske", "captured", "RU", "factual")}
    assert _got("Kyiv called the Russian claim that Torske had fallen false.", gaz) == {
        ("Torske", "captured", "RU", "denied"), ("Torske", "captured", "RU", "factual")}
    got = _got("\"The statement by the Russian general staff about the alleged capture of Torske is a lie,\" the "
               "task force said.", gaz)
    assert ("Torske", "captured", "UA", "denied") not in got
    # near miss: the verb "lie" locates, it denies nothing
    assert _got("Russian troops captured Torske and Serebrianka, which lie west of the river.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Serebrianka", "captured", "RU", "factual")}


# 7. "острова Великий Потьомкін", "на острове Большой Потёмкинский": a nominative two-word name after the island noun
#    is one island, not the village its adjective spells (Велике)
def test_island_name_after_the_noun(gaz: Gazetteer) -> None:
    assert _got("Росіяни висадилися на острові Великий Потьомкін.", gaz) == {
        ("Великий Потьомкін", "advancing", "RU", "factual")}
    assert _got("Российские войска высадились на острове Большой Потемкинский.", gaz) == {
        ("Большой Потемкинский", "advancing", "RU", "factual")}


# 8. «дві спроби висадки на X», «попытки высадки на X»: a landing attempt is an assault, like "landing attempts"
def test_landing_attempt_nouns(gaz: Gazetteer) -> None:
    assert _got("Російські війська здійснили дві спроби висадки на Карантинний острів.", gaz) == {
        ("Карантинний", "fighting", "RU", "factual")}
    assert _got("Украинские войска предприняли попытку высадки на Карантинный остров.", gaz) == {
        ("Карантинный", "fighting", "UA", "factual")}


# 9. «наши штурмовики продвинулись», «штурмовики просунулися»: the assault troops are a force, not an assault; a
#    place fronted before them goes to their verb
def test_assault_troops_are_a_force(gaz: Gazetteer) -> None:
    assert _got("В Торском российские штурмовики продвинулись.", gaz) == {("Torske", "advancing", "RU", "factual")}
    assert _got("У Торському російські штурмовики просунулися до центру.", gaz) == {
        ("Torske", "advancing", "RU", "factual")}
    # near miss: an assault noun is still an assault
    assert _got("Российские войска продолжают штурм Торского.", gaz) == {("Torske", "fighting", "RU", "factual")}


# 10. «про захоплення Малих Щербаків», «об освобождении Малых Щербаков»: a plural two-word village after a capture's
#     noun; «чергова брехня міноборони рф про захоплення X», «ложь Минобороны РФ о захвате X»: the lie is the body's
#     own claim (made, and denied)
def test_lie_of_a_body_about_a_capture(gaz: Gazetteer) -> None:
    assert _got("Минобороны РФ сообщило об освобождении Великих Проходов.", gaz) == {
        ("Великие Проходы", "captured", "RU", "factual")}
    assert _got("Чергова брехня міноборони рф про захоплення Торського.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Torske", "captured", "RU", "denied")}
    assert _got("Очередная ложь Минобороны РФ о захвате Торского.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Torske", "captured", "RU", "denied")}


# 11. "X залишається під контролем …, а в Y противнику вдалося закріпитися": managing to dig in is a foothold in Y,
#     the status before the comma stays with X
def test_managed_to_dig_in(gaz: Gazetteer) -> None:
    assert _got("Речник заявив, що Торське залишається під контролем українських військ, а в Серебрянці противнику "
                "вдалося закріпитися в кількох кварталах.", gaz) == {
        ("Torske", "holds", "UA", "factual"), ("Serebrianka", "advancing", "RU", "factual")}
    assert _got("Российским войскам удалось закрепиться в Торском.", gaz) == {("Torske", "advancing", "RU", "factual")}


# 12. "pushed Russian forces out of the village's western streets": out of a part only — the pushed side withdrew
#     from there, the pusher advanced; no capture (out of the whole village still is one)
def test_pushed_out_of_some_streets(gaz: Gazetteer) -> None:
    assert _got("Ukrainian troops counterattacked in Torske and pushed Russian forces out of the village's western "
                "streets.", gaz) == {("Torske", "advancing", "UA", "factual"), ("Torske", "fighting", "UA", "factual"),
                                     ("Torske", "withdrew", "RU", "factual")}
    assert _got("Ukrainian troops pushed Russian forces out of Torske.", gaz) == {
        ("Torske", "captured", "UA", "factual")}


# 13. "Russian troops still hold a foothold on the southern edge of X": a foothold kept is an advance, no hold of X
def test_still_hold_a_foothold(gaz: Gazetteer) -> None:
    assert _got("The brigade said Russian troops still hold a foothold on the southern edge of Torske.", gaz) == {
        ("Torske", "advancing", "RU", "factual")}
    assert _got("Russian troops retain a small foothold in Torske.", gaz) == {("Torske", "advancing", "RU", "factual")}
    # near miss: holding the village is a hold
    assert _got("Ukrainian troops still hold Torske.", gaz) == {("Torske", "holds", "UA", "factual")}


# 14. "the Kostiantynivka-Druzhkivka direction": two towns joined by a hyphen name an axis, like an en dash (a
#     hyphenated village keeps its name)
def test_hyphenated_axis(gaz: Gazetteer) -> None:
    assert _places("Fighting continued in the Kupiansk-Borova direction.", gaz) == set()
    assert _got("Fighting continued in Oleksiievo-Druzhkivka.", gaz) == {
        ("Oleksiyevo-Druzhkivka", "fighting", "unknown", "factual")}


# 15. "Kupiansk (Ukraine) (AFP) – …": a dateline with the country in brackets before the agency's names no place
def test_dateline_with_country(gaz: Gazetteer) -> None:
    assert _got("Kupiansk (Ukraine) (AFP) – Russian troops captured Torske.", gaz) == {
        ("Torske", "captured", "RU", "factual")}


# 16. "Бойові дії тривають у X — поки що сіра зона": a grey zone named after the fight's place leaves the fight with
#     no attacker, whoever attacked in the sentence before
def test_grey_zone_after_the_fight(gaz: Gazetteer) -> None:
    assert _got("Ворог просунувся в Степногірську. Бойові дії тривають у Торському — поки що сіра зона.", gaz) == {
        ("Stepnohirsk", "advancing", "RU", "factual"), ("Torske", "fighting", "unknown", "factual")}
    # near miss: with no grey zone the fight keeps the attacker
    assert _got("Ворог просунувся в Степногірську. Бойові дії тривають у Торському.", gaz) == {
        ("Stepnohirsk", "advancing", "RU", "factual"), ("Torske", "fighting", "RU", "factual")}


# 17. "RU MoD now claims A (region) and B", "claimed A, B": every name of the list right after "claims" is claimed
def test_claims_a_list(gaz: Gazetteer) -> None:
    assert _got("RU MoD now claims Torske (Donetsk Oblast) and Serebrianka in the north.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Serebrianka", "captured", "RU", "factual")}
    # near miss: a clause of its own after the list is not claimed
    assert _got("RU MoD now claims Torske, but Ukrainian troops hold Serebrianka.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Serebrianka", "holds", "UA", "factual")}


# 18. "landings on river islands just off Kherson/the city", "X Island, separated from Kherson's riverside": the
#     city only locates the islands
def test_islands_off_a_city(gaz: Gazetteer) -> None:
    assert _places("Ukrainian marines beat back Russian attempts to land troops on river islands just off Kherson.",
                   gaz) == set()
    assert _got("Russian assault boats tried to reach Karantynnyi Island, separated from Kherson's riverside by a "
                "narrow channel.", gaz) == {("Karantynnyi Island", "advancing", "RU", "factual")}


# 19. "had tried overnight to land small groups on X Island": an adverb between "tried" and "to land"; "the island
#     remains under Ukrainian control" a sentence later is the island named, not the headline's village
def test_landing_and_the_island(gaz: Gazetteer) -> None:
    got = _got("The spokesman said Russian forces had tried overnight to land small groups on Bilohrudyi Island. "
               "According to him, the landing party was destroyed and the island remains under Ukrainian control.",
               gaz, title="Kyiv denies Russian claim of capturing Torske")
    assert ("Bilohrudyi Island", "fighting", "RU", "factual") in got
    assert ("Bilohrudyi Island", "holds", "UA", "factual") in got
    assert ("Torske", "holds", "UA", "factual") not in got


# 20. «в районах Степногірська, Приморського, Великих Проходів та X»: a plural two-word village inside a list of
#     places is one more village of the list
def test_plural_village_in_a_list(gaz: Gazetteer) -> None:
    assert _got("Ворог 12 разів намагався просунутися в районах Степногірська, Приморського, Великих Проходів та "
                "Торського.", gaz) == {
        ("Stepnohirsk", "fighting", "RU", "factual"), ("Prymorske", "fighting", "RU", "factual"),
        ("Великі Проходи", "fighting", "RU", "factual"), ("Torske", "fighting", "RU", "factual")}


# 21. «после освобождения X в сентябре, бойцы ведут наступление в сторону Y»: the month after «после освобождения X»
#     dates X's capture; the clause after the comma is today's advance
def test_dated_after_capture_then_a_comma(gaz: Gazetteer) -> None:
    assert _got("Он добавил, что на этом направлении, после освобождения Торского в сентябре, бойцы ведут наступление "
                "в сторону Ямполя.", gaz) == {
        ("Torske", "captured", "RU", "historical"), ("Yampil’", "advancing", "RU", "factual")}


# 22. «Острів під контролем ЗСУ», «Остров под контролем ВСУ»: the island named before, held (a state: like "село під
#     контролем"), not taken
def test_the_island_under_control(gaz: Gazetteer) -> None:
    assert _got("Росіяни висадилися на острові Великий Потьомкін. Острів під контролем ЗСУ.", gaz) == {
        ("Великий Потьомкін", "advancing", "RU", "factual"), ("Великий Потьомкін", "holds", "UA", "factual")}
    assert _got("Российские войска высадились на острове Большой Потемкинский. Остров под контролем ВСУ.", gaz) == {
        ("Большой Потемкинский", "advancing", "RU", "factual"), ("Большой Потемкинский", "holds", "UA", "factual")}
