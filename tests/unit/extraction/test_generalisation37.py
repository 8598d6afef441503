"""Failure classes found by the thirty-seventh held-out set (heldout37.jsonl: a plain sample of an analyst's feeds over
five days in mid-November 2026 — wires, Russian MoD bulletins and state media, General Staff reports, DeepState,
ISW, brigade and voenkor Telegram posts, X), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from services.normalizer.extraction import Gazetteer

from .conftest import FACT, run

WIRE = "wire.example"
NOV = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def _got(text: str, gaz: Gazetteer, title: str = "", source: str = WIRE) -> set[tuple[str, str, str, str]]:
    """(place name, predicate, actor, factuality) of every claim: exact, aliases left out."""
    return {(c.place_name, c.predicate.value, c.actor.value, FACT.get(c.modality.value, c.modality.value))
            for c in run(text, gaz, source=source, published=NOV, title=title)}


def _places(text: str, gaz: Gazetteer, title: str = "", source: str = WIRE) -> set[str]:
    return {c.place_name for c in run(text, gaz, source=source, published=NOV, title=title)}


# 1. «заявления Киева об освобождении X»: the capital in the genitive after a statement noun is the government that
#    speaks, not a place; a name in -щина is guessed in the nominative; «вытеснили … из X» takes X
def test_kyivs_statements_and_names_in_shchyna(gaz: Gazetteer) -> None:
    assert _places("Эксперт опроверг заявления Киева об освобождении Олешковщины.", gaz, source="ria.ru") == {
        "Олешковщина"}
    assert _places("Заяви Києва про звільнення Новопокровки українськими військами — неправда.", gaz) == {
        "Новопокровка"}
    assert _got("По словам эксперта, украинские подразделения вытеснили российских военных из Малой Токмачки.",
                gaz) == {("Mala Tokmachka", "captured", "UA", "factual")}
    # near miss: a push that only reached a part of the town is no capture
    assert _got("Противник вытеснил наши подразделения из центральной части Малой Токмачки.", gaz) == set()
    # near miss: Kyiv as a place is still one
    assert _got("Российские войска подошли к Киеву.", gaz) == {("Kyiv", "advancing", "RU", "factual")}


# 2. "в районе населённого пункта X": the settlement noun heads X, so it refers to nothing else (a strike area named in
#    the bulletin's next sentence is no target of the repelled attacks)
def test_settlement_noun_heading_a_name(gaz: Gazetteer) -> None:
    got = _got("Отражены две атаки штурмовых групп ВСУ в районе населённого пункта Степное. Нанесено поражение "
               "формированиям ВСУ в районах населённых пунктов Вильча и Охримовка.", gaz, source="function.mil.ru")
    assert {t[0] for t in got} == {"Stepnoye"}
    # near miss: "вошли в населённый пункт X и ведут бои за его центральную часть": "его" is X
    got = _got("Российские штурмовые группы вошли в населённый пункт Новопавловка и ведут бои за его центральную "
               "часть.", gaz)
    assert {(t[0], t[1]) for t in got} == {("Новопавловка", "advancing"), ("Новопавловка", "fighting")}


# 3. "the Ukrainian town of X" locates X: the adjective names no force
def test_country_adjective_before_a_settlement_noun(gaz: Gazetteer) -> None:
    assert _got("Russia says troops entered Ukrainian town of Hulyaipole; Kyiv denies", gaz) == {
        ("Hulyaypole", "advancing", "RU", "factual"), ("Hulyaypole", "advancing", "RU", "denied")}
    # near miss: a force named by the adjective still acts
    assert _got("Ukrainian troops entered Robotyne.", gaz) == {("Robotyne", "advancing", "UA", "factual")}


# 4. "Not full control of the village yet", "do not control the entire settlement": a part held, an advance by the
#    side named (or by the other side of the one still holding out), not a denied capture
def test_not_full_control_is_a_partial_gain(gaz: Gazetteer) -> None:
    assert _got("Russian forces do not control the entire settlement of Robotyne.", gaz) == {
        ("Robotyne", "advancing", "RU", "factual")}
    got = _got("Footage shows RU troops raising a flag in central #Robotyne. Not full control of the village yet: UA "
               "units are still holding positions in its southern part.", gaz)
    assert ("Robotyne", "advancing", "RU", "factual") in got
    assert not any(t[3] == "denied" for t in got)
    assert _got("Російські війська не контролюють повністю Новопавлівку.", gaz) == {
        ("Новопавлівка", "advancing", "RU", "factual")}
    # near miss: a plain negation still denies
    assert ("Robotyne", "captured", "RU", "denied") in _got("Russian forces have not captured Robotyne.", gaz)


# 5. "X lies south of Y, one of the last cities still under Ukrainian control": the apposition describes Y; "did not
#    say which side controlled the settlement" asks, it claims nothing
def test_apposition_after_a_reference_place(gaz: Gazetteer) -> None:
    assert _got("Robotyne lies just south of Orikhiv, one of the last towns in the region still under Ukrainian "
                "control.", gaz) == {("Orikhiv", "holds", "UA", "factual")}
    assert _got("Mala Tokmachka lies about 8 km east of Orikhiv, a frontline town that Ukrainian forces have held "
                "since the start of the war.", gaz) == {("Orikhiv", "holds", "UA", "factual")}
    assert _got("The army did not say which side controlled the village of Robotyne.", gaz) == set()
    assert _got("Неясно, кто контролирует Работино.", gaz) == set()
    # near miss: places named between them are the subject of their own clause
    got = _got("Near Orikhiv, the villages of Robotyne and Mala Tokmachka are now fully under Russian control.", gaz)
    assert ("Robotyne", "captured", "RU", "factual") in got and "Orikhiv" not in {t[0] for t in got}


# 6. "have been fighting in X since September", "are now trying to close in on X": going on, not dated by the marker
def test_ongoing_fight_is_not_dated(gaz: Gazetteer) -> None:
    assert _got("Russian troops have been fighting in the eastern part of Siversk since September.", gaz) == {
        ("Siversk", "fighting", "RU", "factual")}
    got = _got("Russian forces have been pressing across the region since they captured Hulyaipole last winter, "
               "and are now trying to close in on Orikhiv.", gaz)
    assert got == {("Hulyaypole", "captured", "RU", "historical"), ("Orikhiv", "advancing", "RU", "factual")}


# 7. «продолжили продвижение в глубину обороны противника, нанесли поражение … в районах X»: the push names no place,
#    the places after it are where strikes hit
def test_advance_into_the_defences(gaz: Gazetteer) -> None:
    assert _got("Подразделения «Востока» продолжили продвижение в глубину обороны противника, нанесли поражение "
                "формированиям ВСУ в районах населённых пунктов Новопавловка и Тарасовка.", gaz) == set()
    # near miss: the advance's own area right after it
    got = _got("Подразделения продвинулись в глубину обороны противника в районах Новопавловки и Тарасовки.", gaz)
    assert {t[1] for t in got} == {"advancing"}


# 8. 'Claims that X is already "liberated"': the name before the participle is an unknown village too
def test_already_liberated_slot(gaz: Gazetteer) -> None:
    got = _got('Claims by RU milbloggers that Shcherbynivka is already "liberated" are false at this point.', gaz)
    assert ("Shcherbynivka", "captured", "RU", "denied") in got


# 9. "X's fall is a matter of time" / «вопрос времени» is not yet; «после освобождения X подразделения продолжают
#    зачистку» is done; "debris fell in the city of X" is no fall
def test_matter_of_time_after_liberation_and_debris(gaz: Gazetteer) -> None:
    assert _got("«Освобождение Северска — вопрос времени», — добавил он.", gaz) == {
        ("Siversk", "captured", "RU", "conditional")}
    assert _got("The fall of Siversk to Russian forces is only a matter of time.", gaz) == {
        ("Siversk", "captured", "RU", "conditional")}
    assert _got("После освобождения Северска штурмовые подразделения продолжают зачистку лесополос.", gaz) == {
        ("Siversk", "captured", "RU", "factual")}
    # near miss: "после освобождения X откроется путь" is still a future
    assert ("Siversk", "captured", "RU", "conditional") in _got(
        "После освобождения Северска откроется путь на Славянск.", gaz)
    assert _places("The governor said debris fell on an industrial site in the city of Balashov.", gaz) == set()
    assert _got("Siversk fell to Russian forces last winter.", gaz) == {("Siversk", "captured", "RU", "historical")}


# 10. «в восточной части Покровского Днепропетровской области»: an adjective-shaped name before its oblast is one
#     place, not half of a two-word name the gazetteer lacks
def test_adjective_shaped_name_before_its_oblast(gaz: Gazetteer) -> None:
    got = _got("Подразделения ведут бои в восточной части Покровского Днепропетровской области.", gaz,
               source="function.mil.ru")
    assert {(t[0], t[1]) for t in got} == {("Pokrovske", "fighting")}


# 11. «щоб уникнути оточення», «чтобы избежать окружения»: a withdrawal's reason, no encirclement; the reason alone
#     adds no second withdrawal
def test_avoiding_encirclement(gaz: Gazetteer) -> None:
    assert _got("Українські підрозділи вийшли з села Мала Токмачка, щоб уникнути оточення.", gaz) == {
        ("Mala Tokmachka", "withdrew", "UA", "factual")}
    assert _got("Украинские подразделения отошли из Степногорска, чтобы избежать окружения.", gaz) == {
        ("Stepnohirsk", "withdrew", "UA", "factual")}
    assert _got("Ukrainian troops withdrew from Robotyne. The decision was made to avoid encirclement.", gaz) == {
        ("Robotyne", "withdrew", "UA", "factual")}


# 12. «вийшли зі X», «просунувся в X»: the other spellings of "from" and the singular verb
def test_withdrew_from_and_singular_advance(gaz: Gazetteer) -> None:
    assert _got("Українські підрозділи вийшли зі Степногірська.", gaz) == {("Stepnohirsk", "withdrew", "UA", "factual")}
    got = _got("Ворог просунувся в Новопавлівці та поблизу Роботиного.", gaz, source="t.me")
    assert {(t[1], t[2]) for t in got} == {("advancing", "RU")} and len(got) == 2


# 13. A repelled assault with no side named: the defender is the side the post's own words speak for
def test_repelled_assault_in_a_voiced_post(gaz: Gazetteer) -> None:
    got = _got("Десантники відбили черговий штурм у Новопавлівці. Ворог пішов двома групами — знищено 9 окупантів.",
               gaz, source="t.me")
    assert {(t[1], t[2]) for t in got} == {("holds", "UA"), ("fighting", "RU")}


# 14. "after taking Y": a capture of Y, whose object follows it (not the place the sentence's main verb is about)
def test_after_taking(gaz: Gazetteer) -> None:
    got = _got("Russia stepped up its push on Siversk after taking Bilohorivka in the summer of 2025.", gaz)
    assert ("Bilohorivka", "captured", "RU", "historical") in got
    assert not any(t[0] == "Siversk" and t[1] == "captured" for t in got)


# 15. "advancing in the region since taking the town of X": X is the object of the capture only
def test_since_taking_the_town_of(gaz: Gazetteer) -> None:
    assert _got("Russia has been advancing steadily in the region since taking the town of Siversk last winter.",
                gaz) == {("Siversk", "captured", "RU", "historical")}
    # near miss: "attacks on the outskirts of X" still names X
    got = _got("Ukrainian troops repelled Russian attacks on the outskirts of Robotyne.", gaz)
    assert ("Robotyne", "fighting", "RU", "factual") in got


# 16. "have been trying to push into X": an assault, like "tried to advance"
def test_trying_to_push_into(gaz: Gazetteer) -> None:
    assert _got("Russian forces have for months been trying to push into Siversk from the east.", gaz) == {
        ("Siversk", "fighting", "RU", "factual")}
    assert _got("Russian forces pushed into Siversk.", gaz) == {("Siversk", "advancing", "RU", "factual")}


# 17. A fight with no attacker named: the side the text's gains and the other side's withdrawals show pressing
def test_fight_actor_from_withdrawals(gaz: Gazetteer) -> None:
    got = _got("Ukraine's military said its troops had withdrawn from Mala Tokmachka. Ukrainian border guards said "
               "they had recaptured Andriivka in the Sumy region. Fighting continues around nearby Orikhiv, the "
               "army said.", gaz)
    assert ("Orikhiv", "fighting", "RU", "factual") in got


# 18. «закріпитися йому не вдається»: a failed foothold is a fight; "taken up positions" after a capture holds it
def test_failed_foothold_and_positions_taken_up(gaz: Gazetteer) -> None:
    got = _got("На північних околицях Роботиного тривають бої, противник намагається зайти малими групами, але "
               "закріпитися йому не вдається.", gaz, source="ukrinform.ua")
    assert {t[1] for t in got} == {"fighting"}
    got = _got("Ukrainian units have cleared Robotyne and taken up positions on its northern edge.", gaz)
    assert {t[1] for t in got} == {"captured", "holds"}
    # near miss: positions taken up on the outskirts with no capture are a foothold
    assert _got("Russian troops have taken up positions on the outskirts of Robotyne.", gaz) == {
        ("Robotyne", "advancing", "RU", "factual")}


# 19. "X, a village on the river …" tells what "the village" refers to; a title's "village near Ukraine's Y" only
#     locates the village, so Y is no antecedent (nor a force: "near Ukraine's" is a place)
def test_apposed_village_and_title_locator(gaz: Gazetteer) -> None:
    got = _got("Russia says its forces have captured Novoplatonivka, a village on the eastern bank of the river north "
               "of Kupiansk. \"The fighting continues in the village itself,\" a Ukrainian spokesperson said.", gaz,
               title="Russia claims capture of village near Ukraine's Kupiansk")
    assert got == {("Novoplatonivka", "captured", "RU", "factual"), ("Novoplatonivka", "fighting", "RU", "factual")}
    assert _got("Fighting rages near Ukraine's Kupiansk.", gaz) == {("Kupyansk", "fighting", "unknown", "factual")}


# 20. "captured X, a village north of the city of Y, as fighting intensifies": the compass reference only locates X,
#     the backdrop's fight is at neither
def test_compass_reference_is_no_backdrop_target(gaz: Gazetteer) -> None:
    got = _got("Russia says its forces have captured Synkivka, a village north of the Ukrainian city of Kupiansk, as "
               "fighting intensifies ahead of winter.", gaz)
    assert {t[0] for t in got} == {"Synkivka"}
    # near miss: "the eastern outskirts of X" is X's own part
    got = _got("Russian assault units have broken into the eastern outskirts of Siversk and are fighting to expand "
               "the bridgehead.", gaz)
    assert {t[1] for t in got} == {"advancing", "fighting"}


# 21. «Продолжается уничтожение подразделений ВСУ в X»: a fight inside X by the other side of the one destroyed
def test_continued_destruction_inside_a_town(gaz: Gazetteer) -> None:
    assert _got("Продолжается уничтожение подразделений ВСУ в Северске.", gaz, source="function.mil.ru") == {
        ("Siversk", "fighting", "RU", "factual")}
    # near miss: the strike formula over areas stays no claim of its own
    assert _got("Нанесено поражение формированиям ВСУ в районах населённых пунктов Северск и Серебрянка.", gaz,
                source="function.mil.ru") == set()


# 22. "tried to encircle X, a railway hub that it occupied in 2022": the date in the relative clause after the cue's
#     object is that clause's, not the cue's
def test_relative_clause_date(gaz: Gazetteer) -> None:
    assert _got("Russia has tried for months to encircle Lyman, a railway hub that it occupied in the first months of "
                "the 2022 invasion.", gaz) == {("Lyman", "advancing", "RU", "factual")}
    # near miss: the cue's own date
    assert _got("Russian forces captured Lyman in the first months of the 2022 invasion.", gaz) == {
        ("Lyman", "captured", "RU", "historical")}


# 23. "вытеснили российских военных из X и подняли там флаг": the flag verb coordinated with the capture verb shares its
#     subject, not the side named as the capture's object
def test_flag_verb_shares_the_subject(gaz: Gazetteer) -> None:
    assert _got("Ранее сообщалось, что украинские подразделения вытеснили российских военных из Степановки и подняли "
                "там флаг.", gaz) == {("Степановка", "captured", "UA", "factual")}
    assert _got("Ukrainian border guards pushed Russian troops out of Stepanivka and raised the flag there.", gaz) == {
        ("Stepanivka", "captured", "UA", "factual")}
    # near miss: a flag raised by the side named before it
    assert _got("Russian troops raised the flag over Stepanivka.", gaz) == {("Stepanivka", "captured", "RU", "factual")}


# 24. «продвинулись западнее X и улучшили тактическое положение»: the second verb tells how the advance went, X keeps
#     the advance
def test_advance_and_improved_position(gaz: Gazetteer) -> None:
    assert _got("Штурмовые подразделения продвинулись западнее Малиевки и улучшили тактическое положение.", gaz) == {
        ("Maliyivka", "advancing", "RU", "factual")}
    # near miss: the General Staff's attempt formula alone is an assault
    assert _got("Противник намагався покращити тактичне положення в районі Малієвки.", gaz) == {
        ("Maliyivka", "fighting", "RU", "factual")}


# 25. «опроверг заявления Киева об «освобождении» X» in a Russian outlet: the liberator's word quoted from the other
#     side and rejected is that side's claim (and the Ukrainian «спростував заяви про «звільнення» X» the Russian one)
def test_scare_quoted_liberation_rejected(gaz: Gazetteer) -> None:
    assert _got("Эксперт опроверг заявления Киева об «освобождении» Степановки.", gaz, source="ria.ru") == {
        ("Степановка", "captured", "UA", "factual"), ("Степановка", "captured", "UA", "denied")}
    # (the claims rejected were made: Russia's, stated, as in the Russian outlet's case above)
    assert _got("Генштаб спростував заяви про «звільнення» Степанівки.", gaz, source="pravda.com.ua") == {
        ("Степанівка", "captured", "RU", "factual"), ("Степанівка", "captured", "RU", "denied")}
    # near miss: the outlet's own side's word in quotes, not rejected, stays that side's
    assert _got("В Минобороны заявили об «освобождении» Степановки.", gaz, source="ria.ru") == {
        ("Степановка", "captured", "RU", "factual")}
