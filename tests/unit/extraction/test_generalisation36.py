"""Failure classes found by the thirty-sixth held-out set (heldout36.jsonl: a week of an analyst's feeds in June 2026 —
live blogs, an ISW-style assessment, MoD bulletins, a General Staff report, long features with buried claims, a
correction notice, X and Telegram posts), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places, sides

WIRE = "wire.example"
JUNE = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=JUNE)
_places = partial(places, source=WIRE, published=JUNE)
_sides = partial(sides, source=WIRE, published=JUNE)


# 1. "вибили ворога з X" (UK) like "выбили противника из X" (RU): the enemy knocked out of X lost it, the side doing it
#    took it; out of a part ("з південної околиці X") it is no capture of the whole place
def test_enemy_knocked_out_of_a_place(gaz: Gazetteer) -> None:
    assert _got("ЗСУ вибили ворога з Торського.", gaz) == {("Torske", "captured", "UA", "factual")}
    assert _got("Прикордонники вибили окупантів із Торського.", gaz) == {("Torske", "captured", "UA", "factual")}
    assert _got("Российские десантники выбили противника из Работино.", gaz) == {
        ("Работино", "captured", "RU", "factual")}
    assert ("Torske", "captured", "UA", "factual") not in _got(
        "Десантники вибили ворога з південної околиці Торського.", gaz)


# 2. The General Staff's impersonal "відбито чотири атаки поблизу X" names no attacker: the reporting (Ukrainian) side
#    repelled them and holds X, its enemy attacked
def test_impersonal_repelled_attacks(gaz: Gazetteer) -> None:
    assert _got("На Лиманському напрямку відбито чотири атаки поблизу Торського.", gaz) == {
        ("Torske", "holds", "UA", "factual"), ("Torske", "fighting", "RU", "factual")}


# 3. "ворог шість разів штурмував українські позиції біля X": the side whose positions were stormed is no attacker,
#    however close it stands to the verb
def test_attacked_positions_side_is_no_attacker(gaz: Gazetteer) -> None:
    assert _got("За добу ворог шість разів штурмував українські позиції біля Торського.", gaz) == {
        ("Torske", "fighting", "RU", "factual")}
    assert _got("Ворог 14 разів атакував українські позиції поблизу Торського.", gaz) == {
        ("Torske", "fighting", "RU", "factual")}


# 4. A live blog: its title ("… war live: X; Y") lists the day's items and is no referent, and a time stamp on a line
#    of its own opens a new entry, whose "the city" or placeless clashes are not about the entries before
def test_live_blog_entries(gaz: Gazetteer) -> None:
    text = ("10.15 BST\nUkrainian forces say they have recaptured Torske, a village north-east of Lyman.\n\n"
            "09.50 BST\nThree people were killed when Russian drones struck Odesa overnight.\n\n"
            "09.20 BST\nUkraine's general staff reported 150 combat clashes along the front over the past day.")
    got = _got(text, gaz, title="Russia-Ukraine war live: Kyiv retakes village near Lyman; three killed in Odesa")
    assert got == {("Torske", "captured", "UA", "factual")}


# 5. A claim whose actor the text leaves open ("units had been ordered to pull back") adds nothing next to the same
#    claim about the same place with its side named
def test_unknown_actor_next_to_the_sided_claim(gaz: Gazetteer) -> None:
    text = ("Ukraine's military confirmed its troops have withdrawn from Torske, a village north of Lyman. "
            "Units had been ordered to pull back to prepared positions to avoid encirclement, the corps said.")
    assert _got(text, gaz) == {("Torske", "withdrew", "UA", "factual")}


# 6. Ukraine's operational-strategic groups ("the Dnipro operational-strategic group said", "в оперативно-
#    стратегічному угрупованні військ") speak for Ukraine: "our units" are Ukrainian
def test_operational_strategic_group_speaks_for_ukraine(gaz: Gazetteer) -> None:
    text = ('Russia said it had taken Torske. "This is not true. Our units remain in the village and are '
            'conducting defensive operations," the Dnipro operational-strategic group said.')
    assert ("Torske", "holds", "UA", "UA") in _sides(text, gaz)
    assert _sides("«Наші підрозділи утримують позиції в Торському», — повідомили в оперативно-стратегічному "
                  "угрупованні військ «Дніпро».", gaz) == {("Torske", "holds", "UA", "UA")}


# 7. A date after a relative clause's own verb ("X, a village that Russian units entered last month") dates that
#    verb, not the main clause's; and "border troops" speak for Ukraine
def test_date_of_a_relative_clause(gaz: Gazetteer) -> None:
    text = ("Ukrainian border troops say they have pushed Russian forces out of Robotyne, a village in the "
            "Zaporizhzhia region that Russian units entered last month.")
    assert ("Robotyne", "captured", "UA", "factual") in _got(text, gaz)
    assert ("Robotyne", "captured", "UA", "UA") in _sides(text, gaz)


# 8. "abandoned" after a determiner or a quantifier ("a few abandoned houses") is an adjective, no withdrawal
def test_abandoned_as_an_adjective(gaz: Gazetteer) -> None:
    assert _got("Reeds, willows and a few abandoned houses line the bank near Kozatske.", gaz) == set()


# 9. A Russian adjective stressed on its ending ("на Большом Потемкинском острове") has the nominative in -ой
def test_island_adjective_stressed_on_the_ending(gaz: Gazetteer) -> None:
    assert _got("Российские штурмовые группы закрепились на Большом Потемкинском острове.", gaz) == {
        ("Большой Потемкинский", "advancing", "RU", "factual")}


# 10. A river's flood plain or bed ("в пойме Днепра", "у заплаві Дніпра") names the river, not the city
def test_river_flood_plain(gaz: Gazetteer) -> None:
    assert _places("Бои идут на островах в пойме Днепра у Херсона.", gaz) == {"Kherson"}
    assert _places("Бої тривають на островах у заплаві Дніпра.", gaz) == set()


# 11. "Kyiv said the claim was false" under a headline "Russia says it captured village in Ukraine's X region": the
#     denied claim is the village's; the headline's region only locates it
def test_denied_claim_is_the_village_not_the_headline_region(gaz: Gazetteer) -> None:
    text = ("Russia said on Monday its forces had captured the village of Kolodiazne in Ukraine's Kharkiv region. "
            "Ukraine's military said the claim was false.")
    got = _got(text, gaz, title="Russia says it captured village in Ukraine's Kharkiv region, Kyiv says fighting "
                                "continues")
    assert got == {("Kolodiazne", "captured", "RU", "factual"), ("Kolodiazne", "captured", "RU", "denied")}


# 12. "больше половины города уже под контролем": more than half of the town held is a share, an advance, no capture
def test_more_than_half_under_control(gaz: Gazetteer) -> None:
    assert _got("«Наши подразделения продвигаются в Часовом Яре, больше половины города уже под контролем», — сказал "
                "Пушилин.", gaz) == {("Chasiv Yar", "advancing", "RU", "factual")}


# 13. "завершена зачистка X" (RU), "завершено зачистку X" (UK): the passive of "завершили зачистку", a capture
def test_clearing_completed_passive(gaz: Gazetteer) -> None:
    assert ("Kurakhove", "captured", "RU", "factual") in _got(
        "По словам Пушилина, российскими подразделениями завершена зачистка Курахово.", gaz)
    assert _got("Завершено зачистку Торського, повідомили в бригаді.", gaz) == {("Torske", "captured", "UA", "factual")}


# 14. "Противник там пытался закрепиться, но сейчас населённый пункт полностью под нашим контролем": the possessive
#     inside "под нашим контролем" names the holder (the speaker's side), not the enemy of the clause before; and
#     "там" opening the sentence ties "населённый пункт" to the one place just named, not the text's main town
def test_under_our_control_after_the_enemy_clause(gaz: Gazetteer) -> None:
    text = ("Российские войска наступают на Торецк. Бои идут в центре Торецка. По словам Пушилина, завершена "
            "зачистка Курахово. «Противник там пытался закрепиться в подвалах, но сейчас населённый пункт полностью "
            "под нашим контролем», — добавил Пушилин.")
    got = _got(text, gaz)
    assert ("Kurakhove", "captured", "RU", "factual") in got
    assert not any(g[0] == "Toretsk" and g[1] == "captured" for g in got)
    assert ("Kurakhove", "captured", "UA", "factual") not in got


# 15. "captured in May, and …": the month is no modal "may" (no conditional for the clauses around it)
def test_may_the_month_is_no_modal(gaz: Gazetteer) -> None:
    text = ("The spokesman said Russian troops held Robotyne, which Russia says it took in May, and were attacking "
            "near Kozatske.")
    got = _got(text, gaz)
    assert ("Kozatske", "fighting", "RU", "factual") in got
    assert not any(g[3] == "conditional" for g in got)


# 16. "trying to push toward X from the village of Y": Y is where the push starts, not a place advanced on
def test_push_from_the_village_of(gaz: Gazetteer) -> None:
    assert _got("Russian troops were trying to push toward Orikhiv from the village of Robotyne.", gaz) == {
        ("Orikhiv", "advancing", "RU", "factual")}


# 17. "pressing towards X, months after the fall of Y last winter opened a new axis of attack in the Z region": the
#     date is the fall's (the marker spans that cue), not the advance's; an "axis of attack" is no battle
def test_date_of_an_after_clause_and_axis_of_attack(gaz: Gazetteer) -> None:
    text = ("Russian forces are pressing towards the town of Orikhiv from the east, Ukrainian officials say, months "
            "after the fall of Huliaipole last winter opened a new axis of attack in the Zaporizhzhia region.")
    got = _got(text, gaz)
    assert ("Orikhiv", "advancing", "RU", "factual") in got
    assert not any(g[0] == "Zaporizhzhia Oblast" for g in got)


# 18. "edging closer to X" is an advance on X; "армія увійшла в квартали X", "армия вошла в кварталы X": the singular
#     of "увійшли"/"вошли" enters too; "Ukraine's" right before a town's name locates it, no actor
def test_edging_closer_and_singular_entered(gaz: Gazetteer) -> None:
    assert _got("Russian troops are edging closer to the town of Pokrovsk.", gaz) == {
        ("Pokrovsk", "advancing", "RU", "factual")}
    assert _got("Russian troops edge closer to Ukraine's Pokrovsk.", gaz) == {
        ("Pokrovsk", "advancing", "RU", "factual")}
    assert _got("Армія РФ увійшла в північно-східні квартали Торецька.", gaz) == {
        ("Toretsk", "advancing", "RU", "factual")}
    assert _got("Армия РФ вошла в северо-восточные кварталы Торецка.", gaz) == {
        ("Toretsk", "advancing", "RU", "factual")}


# 19. "з боку X і Y", "со стороны X и Y": both are where the attackers come from, even when the gazetteer lacks X
def test_second_of_two_origins(gaz: Gazetteer) -> None:
    assert _got("Окупанти намагаються інфільтруватися в Торецьк з боку Щербинівки і Дачного.", gaz) == {
        ("Toretsk", "fighting", "RU", "factual")}


# 20. "X, a town that …" introduces X as "a town": the next sentence's "the town" is X, even under a headline about
#     another town that the text names more often
def test_appositive_town_is_the_next_sentences_town(gaz: Gazetteer) -> None:
    text = ("Ukrainian troops continue to hold Kupiansk. The city of Kupiansk is under the control of the Defense "
            "Forces. Further south, Russian forces are trying to reach Borova, a town that sits on the road between "
            "Kupiansk and Lyman. The corps said Russian troops had advanced to within about 6 kilometers of the "
            "town's eastern edge.")
    got = _got(text, gaz, title="Ukraine holds Kupiansk, but Russia pushes toward Borova")
    assert not any(g[0] == "Kupyansk" and g[1] == "advancing" for g in got)
    assert ("Borova", "advancing", "RU", "factual") in got


# 21. "форсировали Северский Донец": the river crossed, with its adjective, is no place
def test_river_with_an_adjective_crossed(gaz: Gazetteer) -> None:
    assert _places("Подразделения форсировали Северский Донец в районе Кривой Луки и закрепились на правом берегу.",
                   gaz) == {"Kryva Luka"}


# 22. "освободили населённый пункт Новый Донбасс Донецкой Народной Республики": after "населённый пункт" an adjective
#     and even a region's word ("Донбасс") make one unknown village's name, and the region after it only locates it
def test_named_settlement_with_a_region_word(gaz: Gazetteer) -> None:
    assert _got("Подразделения группировки войск «Центр» освободили населённый пункт Новый Донбасс Донецкой Народной "
                "Республики.", gaz) == {("Новый Донбасс", "captured", "RU", "factual")}


# 23. "Наши «Северяне» держат.": a bare "держат" ending the sentence is the speaker's side holding the place just
#     talked about
def test_bare_hold_ends_the_sentence(gaz: Gazetteer) -> None:
    assert _got("ВСУ снова пытаются зайти в Журавлевку малыми группами. Наши бойцы держат.", gaz) == {
        ("Журавлёвка", "fighting", "UA", "factual"), ("Журавлёвка", "holds", "RU", "factual")}


# 24. "Жодних «кварталів під контролем» у них немає", "никаких кварталов под контролем": "none" before its noun negates
#     the control after it, and quarters (a part) denied are a foothold denied, no capture; "намагаються
#     інфільтруватися в X" is an attempt, a fight, no gain
def test_no_quarters_under_control(gaz: Gazetteer) -> None:
    text = ("«Окупанти намагаються інфільтруватися в Торецьк малими групами. Жодних «кварталів під контролем» у них "
            "немає», — сказав речник угруповання.")
    assert _got(text, gaz) == {("Toretsk", "fighting", "RU", "factual"), ("Toretsk", "advancing", "RU", "denied")}


# 25. "Бои идут на южной окраине." / "Бої тривають на південній околиці." with no name after: the outskirts of the
#     place just named
def test_outskirts_with_no_name_are_the_place_just_named(gaz: Gazetteer) -> None:
    assert ("Torske", "fighting", "UA", "factual") in _got(
        "Наші штурмовики зайшли в Торське. Бої тривають на південній околиці.", gaz)
    assert ("Работино", "fighting", "RU", "factual") in _got(
        "Наши штурмовики зашли в Работино! Бои идут на северной окраине, противник стягивает резервы.", gaz)


# 26. "The village is cleared and under our control": the control after "is … and" is a state, a hold besides the
#     capture the clearing states
def test_cleared_and_under_control(gaz: Gazetteer) -> None:
    got = _got('Ukrainian troops pushed Russian forces out of Robotyne. "The village is cleared and under our '
               'control," a brigade spokesman said.', gaz)
    assert {("Robotyne", "captured", "UA", "factual"), ("Robotyne", "holds", "UA", "factual")} <= got


# 27. "бои идут за населённые пункты западнее города", "відійти на позиції західніше села": the town or village after a
#     direction word only locates the villages fought for or the positions taken up
def test_town_after_a_direction_word_only_locates(gaz: Gazetteer) -> None:
    got = _got("Пушилин напомнил, что Курахово находится под полным контролем российских войск, а бои сейчас идут за "
               "населённые пункты западнее города.", gaz)
    assert not any(g[1] == "fighting" for g in got)
    got = _got("Українські підрозділи відійшли з Торського. «Через постійні інфільтрації противника підрозділи "
               "отримали наказ відійти на заздалегідь підготовлені позиції західніше села», — йдеться в повідомленні.",
               gaz)
    assert not any(g[1] == "advancing" for g in got)


# 28. "Their advance stalled some 20 km from X": a stalled advance gains nothing, X only measures how far off it is
def test_stalled_advance(gaz: Gazetteer) -> None:
    assert _got("Their advance stalled some 20 km (12 miles) from the regional capital, Kharkiv, a city of about "
                "1.3 million people.", gaz) == set()


# 29. "Заходим со стороны X": the place the attackers come from is no referent of the next clause's "там"; and
#     "Противник … откатился обратно" fell back from the one place the sentence before named, not the headline's
def test_origin_is_no_referent_and_fell_back_from_the_place_just_named(gaz: Gazetteer) -> None:
    got = _got("Российские подразделения вошли в северо-восточные кварталы Торецка. «Заходим малыми группами со "
               "стороны Щербиновки. Противник держится за многоэтажки в центре, там укрепрайон, но мы закрепились "
               "на окраине и продвигаемся», — пояснил он.", gaz, title="Бои за Торецк")
    assert {g[0] for g in got} == {"Toretsk"}
    got = _got("Подразделения продвинулись на Большом Потемкинском острове. По его словам, украинские военные "
               "предприняли попытку высадить десант в районе Корсунки, однако лодки были уничтожены. «Противник понёс "
               "потери и откатился обратно», — уточнил источник.", gaz, title="Бои на Большом Потемкинском острове")
    assert ("Корсунка", "withdrew", "UA", "factual") in got
    assert not any(g[1] == "withdrew" and g[0] != "Корсунка" for g in got)


# 30. "… infiltrate X from the direction of Y, a village Russian forces captured last autumn": the date belongs to the
#     appositive's own verb, not to the infiltration
def test_date_of_an_appositive_relative_clause(gaz: Gazetteer) -> None:
    got = _got("Soldiers said Russian assault groups had been trying for weeks to infiltrate Toretsk's eastern "
               "districts from the direction of Shcherbynivka, a village Russian forces captured last autumn.", gaz)
    assert ("Toretsk", "fighting", "RU", "factual") in got
    assert not any(g[0] == "Toretsk" and g[3] == "historical" for g in got)


# 31. "which has been under assault since last year": a fight going on since then is going on now
def test_under_assault_since_last_year(gaz: Gazetteer) -> None:
    assert _got("Toretsk, which has been under assault since last year, is almost empty.", gaz) == {
        ("Toretsk", "fighting", "unknown", "factual")}
    assert _got("Toretsk was attacked last year.", gaz) == set()  # historical: a past fight settles nothing


# 32. "Russian marines have established positions on parts of X island": positions set up on a place are a foothold
def test_established_positions_on(gaz: Gazetteer) -> None:
    assert _got("Russian marines have established positions on parts of Velykyi Potomkin Island, the largest in the "
                "delta.", gaz) == {("Velykyi Potomkin", "advancing", "RU", "factual")}


# 33. "a claim … that was soon undermined by a Ukrainian counteroffensive": "soon" before a past participle tells a past
#     event, no future
def test_soon_before_a_past_participle(gaz: Gazetteer) -> None:
    got = _got("Months after Moscow claimed to have captured Kupiansk — a claim Kyiv rejected and that was soon "
               "undermined by a Ukrainian counteroffensive — Ukrainian troops still hold the town.", gaz)
    assert ("Kupyansk", "fighting", "UA", "factual") in got
    assert ("Pokrovsk", "advancing", "RU", "conditional") in _got("Russian troops could soon reach Pokrovsk.", gaz)


# 34. "said it had repelled three assaults near X overnight and that the village remained under Ukrainian control":
#     "the village" after "and that" is the one place this sentence just named, not one named a sentence before
def test_the_village_after_and_that_is_this_sentences_place(gaz: Gazetteer) -> None:
    got = _got("Russia claimed its troops had taken the village of Kozatske. Ukraine's southern command said it had "
               "repelled two assaults near Robotyne overnight and that the village remained under Ukrainian control.",
               gaz)
    assert ("Robotyne", "holds", "UA", "factual") in got
    assert not any(g[0] == "Kozatske" and g[3] == "denied" for g in got)


# 35. "leverage infiltration tactics to pressure defenses around X and Y": a way of attacking, a fight, no gain
def test_infiltration_tactics_are_a_fight(gaz: Gazetteer) -> None:
    assert _got("Russian forces continue to leverage infiltration tactics to pressure Ukrainian defenses around "
                "Pokrovsk and Myrnohrad.", gaz) == {("Pokrovsk", "fighting", "RU", "factual"),
                                                   ("Myrnohrad", "fighting", "RU", "factual")}
