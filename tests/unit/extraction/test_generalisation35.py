"""Failure classes found by the thirty-fifth held-out set (heldout35.jsonl: a representative sample of an analyst's
feeds over the first ten days of December 2025 — wires, ISW, Russian MoD bulletins and state media, Ukrainian
outlets, corps and brigade spokesmen, X and Telegram posts), each as a general rule, with other places and wording
than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places

WIRE = "wire.example"
DEC = datetime(2025, 12, 5, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=DEC)
_places = partial(places, source=WIRE, published=DEC)


# 1. A Ukrainian brigade by its abbreviation ("воїни 47-ї ОМБр", "бійці 3-ї ОШБр") is the Ukrainian side: it holds
#    the place whose assault it repelled, and the assault was Russia's
def test_brigade_abbreviation_is_the_ukrainian_side(gaz: Gazetteer) -> None:
    assert _got("Воїни 47-ї ОМБр відбили черговий штурм на околицях Курахового.", gaz) == {
        ("Kurakhove", "holds", "UA", "factual"), ("Kurakhove", "fighting", "RU", "factual")}


# 2. "the Kyiv-based X group", "a Dnipro-based think tank": where an organisation sits, no place of a claim
def test_based_adjective_is_no_place(gaz: Gazetteer) -> None:
    assert _places("Russian troops control the southern half of Kurakhove, analysts at the Kyiv-based Frontelligence "
                   "Insight group estimate.", gaz) == {"Kurakhove"}
    assert "Dnipro" not in _places("A Dnipro-based analyst said Russian troops advanced near Velyka Novosilka.", gaz)


# 3. "now control roughly a third of the town's built-up area" with the town named in an earlier sentence: a share
#    of it, an advance, not a capture
def test_share_of_the_town_named_before(gaz: Gazetteer) -> None:
    got = _got("Russian troops have fought their way into Kurakhove. Russian forces now control roughly a third of "
               "the town's built-up area, analysts say.", gaz)
    assert ("Kurakhove", "captured", "RU", "factual") not in got
    assert ("Kurakhove", "advancing", "RU", "factual") in got


# 4. One modal governs two coordinated verbs ("could turn west toward X and eventually threaten Y"): both conditional
def test_modal_governs_coordinated_verbs(gaz: Gazetteer) -> None:
    got = _got("Should Velyka Novosilka fall, Russian forces could turn north toward Komar and eventually threaten "
               "Bahatyr, analysts say.", gaz)
    assert {t[3] for t in got} == {"conditional"}


# 5. The side named after a present-tense denial ("General Staff denies Russian claim of capturing X") is the claim's,
#    not the denier's; and a body right after a claim noun ("назвав неправдивою заяву Міноборони РФ про захоплення X")
#    made the claim, it does not deny it
def test_denier_and_claim_owner(gaz: Gazetteer) -> None:
    assert _got("", gaz, title="General Staff denies Russian claim of capturing Sinkivka") == {
        ("Sinkivka", "captured", "RU", "factual"), ("Sinkivka", "captured", "RU", "denied")}
    assert _got("Речник угруповання назвав неправдивою заяву Міноборони РФ про захоплення Курахового.", gaz) == {
        ("Kurakhove", "captured", "RU", "factual"), ("Kurakhove", "captured", "RU", "denied")}


# 6. "captured Ukraine's X": the possessive names whose town it was, not who took it ("Ukraine's troops" still act)
def test_owner_possessive_is_no_actor(gaz: Gazetteer) -> None:
    assert _got("", gaz, title="Russia says it has captured Ukraine's Kurakhove and Velyka Novosilka") == {
        ("Kurakhove", "captured", "RU", "factual"), ("Velyka Novosilka", "captured", "RU", "factual")}
    assert _got("Ukraine's troops captured Russia's Tetkino.", gaz) == {("Tëtkino", "captured", "UA", "factual")}


# 7. "destroying encircled Ukrainian units in X", "продолжают уничтожение окружённых формирований ВСУ в X": a battle
#    inside the ring as well as the ring (an advance)
def test_destroying_encircled_units_is_fighting_too(gaz: Gazetteer) -> None:
    assert _got("Подразделения группировки «Центр» продолжают уничтожение окружённых формирований ВСУ в городе "
                "Курахово.", gaz) == {("Kurakhove", "advancing", "RU", "factual"),
                                      ("Kurakhove", "fighting", "RU", "factual")}
    assert _got("Russian troops were destroying encircled Ukrainian units in Kurakhove, the general said.", gaz) == {
        ("Kurakhove", "advancing", "RU", "factual"), ("Kurakhove", "fighting", "RU", "factual")}


# 8. "в Димитрове": the Russian locative of a city's old name (Димитров) is the city, not a small village whose
#    nominative happens to be the same letters (Димитрове)
def test_locative_of_a_city_beside_a_village_nominative(gaz: Gazetteer) -> None:
    assert _places("В Димитрове продолжаются уличные бои.", gaz) == {"Myrnohrad"}


# 9. "cleared Russian forces from X", "pushing RU troops back near X": the side named as the object lost ground
#    there, the subject gained it (a push back near a place is an advance, not a capture); a verb coordinated after
#    it ("… and retaking Y") keeps the subject's side
def test_side_cleared_or_pushed_back_is_the_object(gaz: Gazetteer) -> None:
    assert _got("Ukrainian forces have cleared Russian forces from Kurakhove.", gaz) == {
        ("Kurakhove", "captured", "UA", "factual")}
    assert _got("The brigade reports pushing Russian troops back near Dachne and retaking several positions in "
                "Kurakhove.", gaz) == {("Dachne", "advancing", "UA", "factual"),
                                       ("Kurakhove", "advancing", "UA", "factual")}


# 10. "ВСУ оставляют позиции у X", "ЗСУ залишають позиції біля X": giving up the ground there, in the present tense
def test_present_tense_leaving_positions_is_a_withdrawal(gaz: Gazetteer) -> None:
    assert _got("ВСУ оставляют позиции у Курахово.", gaz) == {("Kurakhove", "withdrew", "UA", "factual")}
    assert _got("ЗСУ залишають позиції біля Курахового.", gaz) == {("Kurakhove", "withdrew", "UA", "factual")}


# 11. A share of the built-up area ("більшу частину забудови", "половину застройки") is part of the town: an advance
def test_share_of_the_built_up_area(gaz: Gazetteer) -> None:
    assert _got("Бої тривають у Кураховому, де росіяни контролюють більшу частину забудови.", gaz) == {
        ("Kurakhove", "fighting", "RU", "factual"), ("Kurakhove", "advancing", "RU", "factual")}
    assert ("Kurakhove", "advancing", "RU", "factual") in _got(
        "Бои идут в Курахово, где российские войска контролируют половину застройки.", gaz)


# 12. "у X на Харківщині, де вони контролюють …": a "where" clause after a place and its oblast is about the place
def test_where_clause_after_the_oblast_locator(gaz: Gazetteer) -> None:
    assert _got("Російські війська намагаються закріпитися у Кураховому на Донеччині, де вони контролюють більшу "
                "частину забудови.", gaz) >= {("Kurakhove", "advancing", "RU", "factual")}


# 13. A post's "UA 47th Bde: …" (a brigade by its short name, its side by "UA" or a flag) speaks for Ukraine; a
#     predicative "lost" closing a quote or clause ("'X is not lost'") is a capture by the other side, here denied
def test_short_brigade_name_and_not_lost(gaz: Gazetteer) -> None:
    got = _got("Z-channels claim #Kurakhove has fallen. UA 47th Bde: 'Kurakhove is not lost', heavy fighting in the "
               "centre.", gaz)
    assert ("Kurakhove", "captured", "RU", "denied") in got
    assert ("Kurakhove", "captured", "RU", "factual") in got
    assert _got("The brigade said Dachne is not lost.", gaz) == {("Dachne", "captured", "RU", "denied")}
    assert _got("Contact with the unit was lost.", gaz) == set()


# 14. "…, the military said, rejecting Moscow's assertion last month that the city had fallen": the date is when the
#     claim was made (the advance reported before it is today's), the participle denies only the claim after it, and
#     the assertion is the named side's own claim as well
def test_rejecting_a_dated_assertion(gaz: Gazetteer) -> None:
    got = _got("Ukrainian troops have regained control of most of Kurakhove and are blocking the remaining Russian "
               "groups there, Ukraine's military said on Thursday, rejecting Moscow's assertion last month that the "
               "town had fallen.", gaz)
    assert got == {("Kurakhove", "advancing", "UA", "factual"), ("Kurakhove", "captured", "RU", "factual"),
                   ("Kurakhove", "captured", "RU", "denied")}


# 15. "earlier this year" in a December text: a settled past, like "last year"
def test_earlier_this_year_is_background(gaz: Gazetteer) -> None:
    got = _got("Russian forces launched the push into the border area earlier this year after Ukrainian troops were "
               "driven out of Sudzha.", gaz)
    assert got and {t[3] for t in got} == {"historical"}


# 16. "Russian drones also hit the district …, and attacked X": an attack whose subject is a weapon is a strike
def test_weapon_attacking_a_town_is_a_strike(gaz: Gazetteer) -> None:
    assert _places("Russian drones also hit the Nikopol district, damaging a gas pipeline and power lines, and "
                   "attacked Synelnykove, where a warehouse was set on fire.", gaz) == set()
    assert _got("Russian drones hit Synelnykove and Russian troops attacked Kurakhove.", gaz) == {
        ("Kurakhove", "fighting", "RU", "factual")}


# 17. "Russian statements about the capture of X did not correspond to reality": a denial in the past tense too
def test_did_not_correspond_to_reality(gaz: Gazetteer) -> None:
    assert _got("The brigade said Russian statements about the capture of Kurakhove did not correspond to reality.",
                gaz) == {("Kurakhove", "captured", "RU", "denied")}


# 18. "X, which Russia calls Y", "known in Russia as Y", "formerly Y": the place named before, by its other name (no
#     second place that happens to bear the other name)
def test_other_name_of_the_place_before(gaz: Gazetteer) -> None:
    assert _places("Russian forces had captured Pokrovsk and the town of Vovchansk in the Kharkiv region, the Kremlin "
                   "said. Troops had completed the liberation of Pokrovsk, which Russia calls Krasnoarmeysk.", gaz) == {
        "Pokrovsk", "Vovchansk"}
    assert _places("Russian forces entered Myrnohrad, known in Russia as Dimitrov.", gaz) == {"Myrnohrad"}


# 19. "утримують позиції в X попри заяви Кремля про повне захоплення міста", "despite Kremlin claims of its capture":
#     the claim the sentence contradicts is denied, and its capture is the claim owner's, not the holder's
def test_despite_claims_of_capture(gaz: Gazetteer) -> None:
    got = _got("Українські військові продовжують утримувати позиції в Кураховому попри заяви Кремля про повне "
               "захоплення міста.", gaz)
    assert ("Kurakhove", "captured", "RU", "denied") in got and ("Kurakhove", "captured", "UA", "factual") not in got
    got = _got("Ukrainian troops hold positions in Kurakhove despite Kremlin claims of its capture.", gaz)
    assert got == {("Kurakhove", "holds", "UA", "factual"), ("Kurakhove", "captured", "RU", "factual"),
                   ("Kurakhove", "captured", "RU", "denied")}
    assert ("Kurakhove", "captured", "RU", "denied") in _got(
        "Украинские военные удерживают позиции в Курахово, несмотря на заявления Кремля о захвате города.", gaz)


# 20. "bringing artillery within range of X": where the guns reach, no ground claim about X
def test_within_range_of_is_no_target(gaz: Gazetteer) -> None:
    assert _places("Russian troops reached the outskirts of Kurakhove, bringing artillery within range of "
                   "Pokrovske's southern suburbs.", gaz) == {"Kurakhove"}


# 21. "после освобождения X, о котором было объявлено 1 декабря, …": a capture already announced, not a future one
def test_after_an_announced_capture_is_no_future(gaz: Gazetteer) -> None:
    assert _got("После освобождения Курахово, о котором было объявлено 1 декабря, противник отошел на запад.",
                gaz) >= {("Kurakhove", "captured", "RU", "factual")}
    assert _got("После освобождения Курахово войска двинутся дальше на запад.", gaz) == {
        ("Kurakhove", "captured", "RU", "conditional")}


# 22. "Речник назвав неправдивою заяву Міноборони РФ про захоплення X: «X не захоплене»": the quote after the colon,
#     and the next sentence's "— сказав він", are the spokesman's, not the ministry's whose claim he called false
def test_quote_after_a_claim_called_false(gaz: Gazetteer) -> None:
    want = {("Kurakhove", "captured", "RU", "factual"), ("Kurakhove", "captured", "RU", "denied"),
            ("Kurakhove", "fighting", "RU", "factual")}
    assert _got('Речник Сил оборони назвав неправдивою заяву Міноборони РФ про захоплення Курахового: '
                '"Курахове не захоплене, там тривають бої".', gaz) == want
    assert _got('Речник Сил оборони назвав неправдивою заяву Міноборони РФ про захоплення Курахового. '
                '"Курахове не захоплене, там тривають бої", - сказав він.', gaz) == want


# 23. A village missing from the gazetteer after "контратаковать у", "атакуют у", "около", "возле", "вблизи" (a
#     toponymic ending): an unknown village in the nominative, the place of the attack
def test_unknown_village_after_an_attack_at_or_near(gaz: Gazetteer) -> None:
    assert _got("Попытки ВСУ контратаковать у Тернуватовки были отбиты.", gaz) == {
        ("Тернуватовка", "fighting", "UA", "factual"), ("Тернуватовка", "holds", "RU", "factual")}
    assert _places("Бои идут около Тернуватовки.", gaz) == {"Тернуватовка"}


# 24. "Складною залишається ситуація в X. Росіяни атакують місто …": "the city" is the one town the sentence before
#     named (in the same paragraph), not the title's
def test_city_anaphor_takes_the_town_just_named(gaz: Gazetteer) -> None:
    got = _got("Українські військові утримують позиції в Кураховому.\nСкладною залишається ситуація в Покровську. "
               "Росіяни атакують місто зі сходу та півдня.", gaz, title="Курахове і Покровськ: бої тривають")
    assert ("Pokrovsk", "fighting", "RU", "factual") in got
    assert ("Kurakhove", "fighting", "RU", "factual") not in got


# 25. «просочуються», «намагаються просочуватися» (Ukrainian, like the Russian «просачиваются»): infiltration is an
#     advance, an attempted one a fight
def test_ukrainian_infiltration(gaz: Gazetteer) -> None:
    assert _got("Ворог просочується малими групами в Курахове.", gaz) == {("Kurakhove", "advancing", "RU", "factual")}
    assert _got("Окупанти намагаються малими групами просочуватися в Курахове.", gaz) == {
        ("Kurakhove", "fighting", "RU", "factual")}
