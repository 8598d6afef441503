"""Failure classes found by the fifty-second held-out set (heldout52.jsonl: an analyst's feeds over 1–5 September
2025 — Siversk, Kupiansk, Borova and Lyman; wires, TASS, MoD and General Staff bulletins, brigade posts, Suspilne,
ISW, X and Telegram), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places, sides

WIRE = "wire.example"
SEPT = datetime(2025, 9, 5, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=SEPT)
_sides = partial(sides, source=WIRE, published=SEPT)
_places = partial(places, source=WIRE, published=SEPT)


# 1. «после взятия X» with a past («вышли», «вийшли») or imperfective present («перебрасывает») main verb tells a
#    taking already done, not a condition; the places after that verb are not what "после взятия" took
def test_after_taking_with_a_past_main_verb(gaz: Gazetteer) -> None:
    assert _got("По словам военкора, после освобождения Торского российские штурмовики вышли на подступы к "
                "Ямполовке.", gaz) == {("Torske", "captured", "RU", "factual"),
                                       ("Ямполовка", "advancing", "RU", "factual")}
    assert _got("Після звільнення Торського російські підрозділи вийшли на підступи до Ямполівки.", gaz) == {
        ("Torske", "captured", "RU", "factual"), ("Ямполівка", "advancing", "RU", "factual")}
    # the reserves' destination is no second place taken
    assert "Ямполовка" not in _places("После взятия Торского противник перебрасывает резервы к Ямполовке.", gaz)
    # a future main verb keeps the condition
    assert ("Torske", "captured", "RU", "conditional") in _got(
        "После взятия Торского российские войска двинутся на Ямполовку.", gaz)


# 2. "отступают/отступили из X", «відступили з X» open a withdrawal's slot for a village missing from the gazetteer;
#    a Cyrillic wire dateline («ДОНЕЦК, 4 сентября. /ТАСС/.») names where the story was filed, not "the village"
def test_retreat_slot_and_cyrillic_datelines(gaz: Gazetteer) -> None:
    assert _got("Подразделения ВСУ начали отступать из Пищанки под натиском штурмовых групп.", gaz) == {
        ("Пищанка", "withdrew", "UA", "factual")}
    assert _got("Українські підрозділи відступили з Гусарівки на нові рубежі.", gaz) == {
        ("Гусарівка", "withdrew", "UA", "factual")}
    assert _got("ДОНЕЦК, 4 сентября. /ТАСС/. Российские бойцы продвигаются по западной окраине села, сообщил "
                "Пушилин.", gaz) == set()
    assert _got("ХАРКІВ, 4 вересня. Російські військові просуваються на околиці села.", gaz) == set()


# 3. Lists of villages missing from the gazetteer: "у районах A, B та C" names every item whatever its ending, the
#    genitive slot reaches through the list (-ок → -ки, a masculine -а dropped: «Бурлука» → Бурлук; «Ивановополья» →
#    Ивановополье), and the last name of "near A, B and C" is a place too
def test_genitive_lists_of_unknown_villages(gaz: Gazetteer) -> None:
    assert _got("На Куп'янському напрямку окупанти атакували у районах Ступочок, Торського та Бурлука.", gaz) == {
        ("Ступочки", "fighting", "RU", "factual"), ("Torske", "fighting", "RU", "factual"),
        ("Бурлук", "fighting", "RU", "factual")}
    # (the improved position done is ground gained: an advance, since the seventeenth session)
    assert ("Ивановополье", "advancing", "RU", "factual") in _got(
        "Подразделения улучшили тактическое положение в районах Константиновки, Плещеевки и Ивановополья.", gaz)
    assert _got("Russian forces attacked near Torske, Zarichne and Burluk.", gaz) == {
        ("Torske", "fighting", "RU", "factual"), ("Zarichne", "fighting", "RU", "factual"),
        ("Burluk", "fighting", "RU", "factual")}
    # a speaker after the list is no place
    assert "Trehubov" not in _places("Russian forces attacked near Torske, Zarichne and Burluk, Trehubov said.",
                                     gaz)


# 4. Compass phrases: "просунулися західніше X", «продвинулись западнее X», «на захід від X» open a slot for an unknown
#    village; "counterattacked near X and advanced west of the settlement" is X's advance, not the text's topic; a
#    fronted "на північ від міста" locates what is done at the other place named, and a cleared tree line is no capture
def test_compass_phrases_and_field_features(gaz: Gazetteer) -> None:
    assert _got("Підрозділи ЗСУ просунулися західніше Гусарівки.", gaz) == {("Гусарівка", "advancing", "UA", "factual")}
    assert _got("Российские подразделения продвинулись западнее Пищанки.", gaz) == {
        ("Пищанка", "advancing", "RU", "factual")}
    got = _got("Russian forces recently advanced in Kupiansk. Ukrainian forces recently counterattacked near Torske "
               "and advanced south of the settlement.", gaz)
    assert ("Torske", "advancing", "UA", "factual") in got
    assert not any(t[0] == "Kupyansk" and t[2] == "UA" for t in got)
    got = _got("Ситуація в Лимані складна. Водночас на північ від міста Сили оборони провели контратаку: підрозділи "
               "зачистили лісосмугу та просунулися західніше Гусарівки.", gaz)
    assert got == {("Гусарівка", "advancing", "UA", "factual")}
    assert _got("Ukrainian troops cleared a tree line and advanced near Torske.", gaz) == {
        ("Torske", "advancing", "UA", "factual")}


# 5. Dated background: "the counteroffensive of September 2022" dates its verb and ", which also pushed … out of X";
#    "captured X in June 2022 and were driven out … that September" gives the second verb X and the year (the passive's
#    agent drove the subject out); "X was occupied … and liberated by Ukrainian forces in 2022" is two claims
def test_dated_background_and_coordinated_verbs(gaz: Gazetteer) -> None:
    assert _got("Izium, a key rail hub, was recaptured by Ukraine during its counteroffensive of September 2022, which "
                "also pushed Russian forces out of Balakliia.", gaz) == {
        ("Izyum", "captured", "UA", "historical"), ("Balakliya", "captured", "UA", "historical")}
    assert _got("Russian forces captured Sviatohirsk in June 2022 and were driven out by a Ukrainian counteroffensive "
                "that September.", gaz) == {("Svyatohirsk", "captured", "RU", "historical"),
                                            ("Svyatohirsk", "withdrew", "RU", "historical")}
    assert _got("Balakliia was occupied in the first days of the full-scale invasion and liberated by Ukrainian forces "
                "in September 2022.", gaz) == {("Balakliya", "captured", "RU", "historical"),
                                              ("Balakliya", "captured", "UA", "historical")}
    # a second verb with an object of its own takes no place from the first
    assert _got("Russian forces recaptured Torske in March 2025 and pushed Ukrainian units out of most of the area.",
                gaz) == {("Torske", "captured", "RU", "historical")}


# 6. Part of a town named through a pronoun or "the village": "control nearly half of it" and "pushed … out of the
#    western outskirts of the village" are advances, not a hold or a capture of the whole
def test_part_of_it_and_outskirts_of_the_village(gaz: Gazetteer) -> None:
    got = _got("Moscow says its troops are now fighting inside the city and control nearly half of it.", gaz,
               title="Vovchansk: the town Russia says it is taking")
    assert got == {("Vovchansk", "fighting", "RU", "factual"), ("Vovchansk", "advancing", "RU", "factual")}
    got = _got("Torske is under Ukrainian control. Russian troops pushed our units out of the western outskirts of the "
               "village.", gaz)
    assert got == {("Torske", "holds", "UA", "factual"), ("Torske", "advancing", "RU", "factual")}


# 7. A capture's list ends where ", as <subject> <verb>" opens the clause of what goes on meanwhile: the towns that
#    clause names were not taken
def test_as_clause_ends_a_capture_list(gaz: Gazetteer) -> None:
    assert _got("Russia said Friday its forces had seized two more villages in eastern Ukraine, Torske in the Donetsk "
                "region and Zarichne further south, as Moscow's troops step up pressure on the towns of Lyman and "
                "Siversk.", gaz) == {("Torske", "captured", "RU", "factual"), ("Zarichne", "captured", "RU", "factual"),
                                     # (the pressure stepped up on the towns is a push on them, no capture)
                                     ("Lyman", "advancing", "RU", "factual"), ("Siversk", "advancing", "RU", "factual")}


# 8. Slots and look-alikes: "the capture of nearby X" and "…, along with X" name an unknown village the capture took;
#    Дронівка is a village, not a drone («атакує біля Дронівки» is ground fighting, not a strike)
def test_nearby_along_with_and_drone_lookalikes(gaz: Gazetteer) -> None:
    assert _got("Russia claimed the capture of nearby Stupochky earlier this week.", gaz) == {
        ("Stupochky", "captured", "RU", "factual")}
    assert _got("Russia's Defense Ministry claimed the capture of Torske, along with Stupochky in the Lyman "
                "direction.", gaz) == {("Torske", "captured", "RU", "factual"),
                                       ("Stupochky", "captured", "RU", "factual")}
    assert _got("Ворог атакує біля Дронівки.", gaz) == {("Dronivka", "fighting", "RU", "factual")}


# 9. «де оборона тримається», «позиції тримаються»: the line holding at the place is a hold by the speaker's side (a
#    town that «тримається» alone is morale, no claim)
def test_the_line_holds(gaz: Gazetteer) -> None:
    got = _got("За даними бригади, бої тривають біля Торського, де оборона тримається.", gaz)
    assert ("Torske", "holds", "UA", "factual") in got
    assert _got("Торське тримається.", gaz) == set()


# 10. A post's own denial: in "X не окуповане, заява мо рф не відповідає дійсності" the ministry after the claim noun
#     made the denied claim and is no speaker of the denial (the capture denied is RU's, denied by the author's side);
#     «намагається заходити в село» (an imperfective entry attempted) is fighting, like «намагається зайти»
def test_post_denial_and_imperfective_entry_attempt(gaz: Gazetteer) -> None:
    got = sides("Торське не окуповане, заява мо рф не відповідає дійсності. Ситуація складна: противник "
                "накопичується в лісах і намагається заходити в село з півночі.", gaz, source="x.com", published=SEPT)
    assert got == {("Torske", "captured", "RU", "UA"), ("Torske", "fighting", "RU", "UA")}


# 11. "have since …", "since then", «с тех пор», «відтоді» reach the present: a sentence after a dated one does not
#     take its past
def test_have_since_is_present(gaz: Gazetteer) -> None:
    got = _got("Russian forces captured Sviatohirsk in June 2022 and were driven out that September. Moscow's troops "
               "have since attempted to push back towards the town from forests to the east.", gaz)
    assert ("Svyatohirsk", "advancing", "RU", "factual") in got
    assert ("Svyatohirsk", "advancing", "RU", "historical") not in got


# 12. "відбили штурм на X", "атаку на X": the village an assault aimed at is a slot for an unknown village (a plural
#     -ки after "на" keeps its nominative: Ступочки), held by the defender and fought for by the attacker
def test_assault_on_a_village(gaz: Gazetteer) -> None:
    assert _got("Наші воїни відбили штурм на Ступочки.", gaz, title="") == {
        ("Ступочки", "fighting", "RU", "factual"), ("Ступочки", "holds", "UA", "factual")}
    assert _got("Наші воїни відбили атаку на Пищанку.", gaz) == {
        ("Пищанка", "fighting", "RU", "factual"), ("Пищанка", "holds", "UA", "factual")}


# 13. "Russian troops attempted eleven assaults there, all of which were repelled": "there" gives the passive repel the
#     place, but the attackers' side is no holder of it
def test_passive_repel_through_there(gaz: Gazetteer) -> None:
    got = _got("According to the brigade, the neighboring village of Torske remains firmly in Ukrainian hands. Russian "
               "troops attempted eleven assaults there over the past 24 hours, all of which were repelled, he said.",
               gaz)
    assert got == {("Torske", "holds", "UA", "factual"), ("Torske", "fighting", "RU", "factual")}


# 14. A hold weighed as an option ("Утримувати позиції в селі далі означало б втратити людей", «Удерживать позиции …
#     не имело смысла», "Holding them any longer made no sense") is no hold
def test_weighed_hold_is_no_hold(gaz: Gazetteer) -> None:
    assert _got("Підрозділи відійшли з села Торське. «Утримувати позиції в селі далі означало б втратити людей», – "
                "йдеться в повідомленні.", gaz) == {("Torske", "withdrew", "UA", "factual")}
    assert _got("Удерживать позиции в Торском дальше не имело смысла.", gaz) == set()


# 15. «намагаються потрапити в X», «пытаются попасть в X»: an attempt to get into a town is fighting there (a shell
#     that «попал в здание» and units «попадают в окружение» get into nothing)
def test_trying_to_get_into_a_town(gaz: Gazetteer) -> None:
    assert _got("Російські військові намагаються потрапити в Торське, пересуваючись через трубу газопроводу.", gaz) == {
        ("Torske", "fighting", "RU", "factual")}
    assert _got("Российские штурмовики пытаются попасть в Торское.", gaz) == {("Torske", "fighting", "RU", "factual")}
    assert _got("Накануне обстрелу подвергся Торское: снаряд попал в здание магазина.", gaz) == set()


# 16. "противник отошёл на позиции у X и пытается закрепиться на высотах": the side falling back digs in on its new
#     line, no fight for X (another subject digging in after a comma keeps its advance)
def test_digging_in_after_falling_back(gaz: Gazetteer) -> None:
    got = _got("После потери Торского противник отошёл на позиции у Ямполя и пытается закрепиться на высотах.", gaz)
    assert not any(t[1] == "fighting" for t in got), got
    got = _got("Противник отошел с позиций у Торского, наши штурмовые группы закрепились в центре села.", gaz)
    assert ("Torske", "advancing", "RU", "factual") in got


# 17. "X lies 15 km southeast of Y, a town on the river that Russian forces have sought to reach": the relative clause
#     of the apposition describes the reference place Y, not the subject X
def test_relative_clause_of_a_described_reference(gaz: Gazetteer) -> None:
    assert _places("Torske lies roughly 15 kilometers east of Lyman, a town on the Siverskyi Donets river that Russian "
                   "forces have sought to reach since the spring.", gaz) == {"Lyman"}
