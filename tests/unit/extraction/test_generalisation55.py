"""Failure classes found by the fifty-fifth held-out set (heldout55.jsonl: one analyst's feeds over five days of July
2026 on the Sumy/Kharkiv border and in Kursk/Belgorod — wires, ISW, the RU MoD and state media, voenkor channels, the
General Staff, spokesmen, DeepState and OSINT posts), each as a general rule, with other places and wording than that
set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places, sides

WIRE = "wire.example"
JUL = datetime(2026, 7, 14, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=JUL)
_places = partial(places, source=WIRE, published=JUL)
_sides = partial(sides, source=WIRE, published=JUL)


# 1. "у районах Куп'янська, Тихого та Петропавлівки": an adjective-shaped case form that reads only as a masculine
#    name far from every other place of the text (the gazetteer's Тихий in Zakarpattia) is a neuter village missing
#    from the gazetteer; a Latin neuter adjective in -khe/-zhe ("near Tykhe") is a toponym shape; "the situation in
#    both villages was under control" is a hold, not a capture
def test_far_masculine_reads_as_neuter_village(gaz: Gazetteer) -> None:
    got = _places("Ворог атакував у районах Куп'янська, Тихого та Петропавлівки.", gaz)
    assert "Tykhyi" not in got and "Тихе" in got
    assert _got("Russian troops attacked near Kupiansk and Tykhe.", gaz) == {
        ("Kupyansk", "fighting", "RU", "factual"), ("Tykhe", "fighting", "RU", "factual")}
    # near miss: with no other place to compare, the gazetteer's place stays
    assert _places("Ворог атакував у районі Тихого.", gaz) == {"Tykhyi"}
    got = _got("Russian troops attacked near Kupiansk and Petropavlivka. Ukraine's military said the situation in "
               "both villages was under control.", gaz)
    assert {t for t in got if t[1] != "fighting"} == {("Kupyansk", "holds", "UA", "factual"),
                                                     ("Petropavlivka", "holds", "UA", "factual")}


# 2. Names missing from the gazetteer and where a force went: "withdrawn from nearby X" / "out of neighbouring X" are
#    slots; a channel's «наши забрали X» (Ukrainian «росіяни забрали X») takes X, only with the place right after;
#    «отошли в направлении X и Y» names two destinations, not the place left; «у Нового Пути» is "Новый Путь"
def test_slots_destinations_and_put(gaz: Gazetteer) -> None:
    assert _got("Ukrainian troops had withdrawn from nearby Novoplatonivka.", gaz) == {
        ("Novoplatonivka", "withdrew", "UA", "factual")}
    assert _got("Наши штурмовики забрали Бердичи.", gaz) == {("Бердичи", "captured", "RU", "factual")}
    assert _got("Росіяни забрали Старомайорське.", gaz) == {("Staromaiorske", "captured", "RU", "factual")}
    # near miss: what was taken away is no place
    assert _places("Наши забрали раненых из Бердичей.", gaz) == set()
    got = _got("Российские войска освободили Торское. Остатки подразделений ВСУ отошли в направлении Ямполя и "
               "Серебрянки.", gaz)
    assert {t for t in got if t[1] == "withdrew"} == {("Torske", "withdrew", "UA", "factual")}
    got = _places("Противник пытался прорваться в районе Нового Пути.", gaz)
    assert got == {"Новый Путь"}


# 3. Footholds and wedges: "the enemy controls the northern part of the village" (a compass share of it) and "presence
#    in the city's northern and central parts" are advances, not holds (but "наши удерживают северную часть села" is
#    still the speaker's hold); «вклиниться в нашу оборону у X» is the attacker's advance (the defence is no hold);
#    «Бои идут в самом селе» is the village just named; «Военные корреспонденты» are the voenkor channels
def test_footholds_and_wedges(gaz: Gazetteer) -> None:
    assert _got("У Торському тривають бої, російські військові контролюють східну частину села.", gaz) == {
        ("Torske", "fighting", "RU", "factual"), ("Torske", "advancing", "RU", "factual")}
    assert _got("Russian milbloggers claimed gains in Siversk, but there is evidence of Russian presence only in the "
                "town's eastern and southern parts.", gaz) == {("Siversk", "advancing", "RU", "factual")}
    got = _got("Заявления ВСУ о взятии Торского — ложь. Наши подразделения удерживают западную часть села.", gaz)
    assert ("Torske", "holds", "RU", "factual") in got and ("Torske", "advancing", "RU", "factual") not in got
    assert _got("ВСУ удалось вклиниться в нашу оборону у Торского.", gaz) == {("Torske", "advancing", "UA", "factual")}
    got = _got("ВСУ вклинились в оборону у Торского. Бои идут в самом селе.", gaz)
    assert ("Torske", "fighting", "UA", "factual") in got
    got = _sides("Военные корреспонденты сообщают о боях у Торского.", gaz)
    assert {t[3] for t in got} == {"RU"}


# 4. A wire's round-up of gains and losses: "acknowledged pulling its troops out of X" is a withdrawal (not from the
#    region that locates X); "gaining ground in X" an advance, told by the reporter, not by "Moscow" in the relative
#    clause "where Moscow claimed victory" (the capture claimed there is Moscow's); "the southern part of that village
#    is still theirs" holds the place the sentence before named last; "insisting on Ukraine's withdrawal from the
#    parts of four regions" is a demand, no withdrawal from a place named before
def test_gains_and_losses_roundup(gaz: Gazetteer) -> None:
    got = _sides("Ukraine has acknowledged pulling its troops out of Torske, in the north of the Donetsk region, to "
                 "avoid encirclement.", gaz)
    assert got == {("Torske", "withdrew", "UA", "UA")}
    got = _sides("In the south, Russian forces appear to be gaining ground in Stepnohirsk, where Moscow claimed "
                 "victory last week. Ukrainian officers say the western part of that town is still theirs.", gaz)
    assert got == {("Stepnohirsk", "advancing", "RU", "neutral"), ("Stepnohirsk", "captured", "RU", "RU"),
                   ("Stepnohirsk", "holds", "UA", "UA")}
    assert _places("Defenders of Mariupol were among those freed. Talks remain stalled, with Moscow insisting on "
                   "Ukraine's withdrawal from the parts of four regions it still controls.", gaz) == set()


# 5. Holds in a bulletin and a post: «Отражены четыре контратаки 80-й бригады в районе X» in one side's bulletin names
#    no side, yet the attackers are the other side's and the bulletin's side holds X (not "… в направлении X": where
#    they aimed); «штурмовых групп», «десантно-штурмовой бригады» name units, no fight of their own; 'MoD still says
#    the village is "under control"' is a hold, quoted or not
def test_bulletin_and_post_holds(gaz: Gazetteer) -> None:
    mod = partial(got, source="mil.ru", published=JUL)
    assert mod("Отражены три контратаки штурмовых групп 47-й механизированной бригады в районе Купянска.", gaz) == {
        ("Kupyansk", "fighting", "UA", "factual"), ("Kupyansk", "holds", "RU", "factual")}
    assert ("Kupyansk", "holds", "RU", "factual") not in mod(
        "Отражены три контратаки штурмовых групп 47-й бригады в направлении Купянска.", gaz)
    # assault units by name are who acts: "штурмові підрозділи вибили окупантів із X" is a capture, no fight at X;
    # near miss: "кидає на село штурмові групи" sends them to attack
    assert _got("Штурмові підрозділи ЗСУ вибили окупантів із Торського.", gaz) == {
        ("Torske", "captured", "UA", "factual")}
    assert ("Torske", "fighting", "RU", "factual") in _got(
        "Торське тримаємо. Противник щодня кидає на село штурмові групи.", gaz)
    got_ = _got('Russian forces were pushed back near Lyman. The Russian MoD still says the town is "under control".',
                gaz)
    assert ("Lyman", "captured", "RU", "factual") not in got_ and ("Lyman", "holds", "RU", "factual") in got_


# 6. An OSINT post's two sides: a flag emoji after a full stop opens a new sentence ("… of #Kupiansk. 🇺🇦 …"); "MoD
#    claims #X" claims X taken; "Kupiansk grouping says" is a grouping speaking; "RU only reached the outskirts and
#    the village is still held" is RU's advance and, with no agent, the other side's hold
def test_osint_post_two_sides(gaz: Gazetteer) -> None:
    got = _sides("🇷🇺 MoD claims #Stepnohirsk (Stepnogorsk) W of #Orikhiv. 🇺🇦 Southern grouping says RU only reached "
                 "the outskirts and the village is still held.", gaz)
    assert got == {("Stepnohirsk", "captured", "RU", "RU"), ("Stepnohirsk", "advancing", "RU", "UA"),
                   ("Stepnohirsk", "holds", "UA", "UA")}
    # near miss: held by a named side keeps it
    got = _got("Russian troops reached the outskirts of Stepnohirsk, which is still held by Ukrainian forces.", gaz)
    assert ("Stepnohirsk", "holds", "UA", "factual") in got


# 7. Regional capitals as locators: "improved their positions along the front line near X" (the MoD in English) is an
#    advance; "X, a larger village north of the regional capital Y, which Russian troops have been trying to take" is
#    about X (the capital only locates it); "Y has been hit since Russian troops launched their push into the oblast's
#    northern districts" pushes into the region, not into the city named before
def test_regional_capital_locators(gaz: Gazetteer) -> None:
    got = _got('The ministry said its forces had "improved their positions along the front line" near Velykyi '
               "Burluk, a town about 80 km east of the regional capital Kharkiv, which Russian troops have been "
               "trying to take for months.", gaz)
    assert got == {("Velykyi Burluk", "advancing", "RU", "factual")}
    assert _places("Kharkiv, about 30 km from the border, has been shelled daily since Russian troops launched their "
                   "push into the region's northern districts last year.", gaz) == set()
    # near miss: the push into the town itself stays an advance
    assert _got("Russian troops launched a push into Vovchansk.", gaz) == {("Vovchansk", "advancing", "RU", "factual")}


# 8. Ukrainian news copy: «Десантно-штурмових військ» is a compound adjective, no village Десантне; «коли росія
#    розпочала наступ на Харківщині, X перетворився на руїни» is an offensive into the region, not on X; «У 95 ОДШБр це
#    спростували, зазначивши, що бої в селі тривають»: the brigade speaks, and the village is the one just claimed
def test_ukrainian_news_copy(gaz: Gazetteer) -> None:
    assert _places("Бійці Оперативно-тактичного угруповання та Десантно-штурмових військ ЗСУ звільнили Торське.",
                   gaz) == {"Torske"}
    assert _places("Від травня 2024 року, коли росія розпочала наступ на Сумщині, Юнаківка перетворилася на руїни.",
                   gaz) == set()
    # near miss: an attempt into a region at a named village stays at the village
    assert _places("Попытка ДРГ проникнуть в Курскую область у Тёткино сорвана.", gaz) == {"Tëtkino"}
    got = _sides("Міноборони рф заявило про захоплення Торського. У 63 ОМБр це спростували, зазначивши, що бої в "
                 "селі тривають.", gaz)
    assert ("Torske", "captured", "RU", "UA") in got and ("Torske", "fighting", "RU", "UA") in got


# 9. An assessment's own voice: "… have not seized the entire town, contrary to the Russian Ministry of Defense's (MoD)
#    July 7 claim" — the ministry named inside "contrary to …" is the claim opposed, not the speaker (the denial and
#    the partial control are the analysts', the capture denied is Russia's)
def test_contrary_to_a_dated_claim(gaz: Gazetteer) -> None:
    got = _sides("Russian forces likely control most of Siversk but have not seized the entire town, contrary to the "
                 "Russian Ministry of Defense's (MoD) June 3 claim.", gaz)
    assert got == {("Siversk", "advancing", "RU", "neutral"), ("Siversk", "captured", "RU", "neutral")}
    assert _got("Russian forces likely control most of Siversk but have not seized the entire town, contrary to the "
                "Russian Ministry of Defense's (MoD) June 3 claim.", gaz) == {
        ("Siversk", "advancing", "RU", "factual"), ("Siversk", "captured", "RU", "denied")}


# 10. "They have not managed to gain a foothold there" (as "failed to gain a foothold"): a failed attempt is an
#     assault, no advance
def test_not_managed_to_gain_a_foothold(gaz: Gazetteer) -> None:
    assert _got("Ukrainian troops hold Torske. The Russians have not managed to gain a foothold there.", gaz) == {
        ("Torske", "holds", "UA", "factual"), ("Torske", "fighting", "RU", "factual")}
    # near miss: a foothold gained is an advance
    assert _got("The Russians have managed to gain a foothold in Torske.", gaz) == {
        ("Torske", "advancing", "RU", "factual")}


# 11. Ukrainian feminine names in -иця: «в бік Криниці», «біля Лозовиці» are Криниця, Лозовиця (not "-ика": the
#     locative «в Кіндратівці» of -ка names keeps its own rule)
def test_feminine_names_in_ytsia(gaz: Gazetteer) -> None:
    assert _places("Ворог атакував у районі Куп'янська і в бік Піщаниці.", gaz) >= {"Піщаниця"}
    assert "Піщаника" not in _places("Ворог атакував у районі Куп'янська і в бік Піщаниці.", gaz)


# 12. A landmark named with its adjective («в районі коксохімічного заводу», «в районе агрегатного завода») is a part of
#     the town just named, as «в районі заводу» was
def test_landmark_with_adjective(gaz: Gazetteer) -> None:
    got = _got("Бої в Торецьку тривають. Сили оборони утримують позиції в районі коксохімічного заводу.", gaz)
    assert ("Toretsk", "holds", "UA", "factual") in got
    got = _got("Бои в Торецке продолжаются. ВСУ удерживают позиции в районе коксохимического завода.", gaz)
    assert ("Toretsk", "holds", "UA", "factual") in got
