"""Failure classes found by the thirty-eighth held-out set (heldout38.jsonl: a plain sample of an analyst's feeds over
four winter days — wires, live blogs, ISW, Russian MoD and state media, voenkor posts, Ukrainian officials and media,
DeepState, regional administrations and X posts), each as a general rule, with other places and wording than that
set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, places, run

WIRE = "wire.example"
JAN = datetime(2026, 1, 27, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=JAN)


def _sides(text: str, gaz: Gazetteer, title: str = "") -> set[tuple[str, str, str, str]]:
    return {(c.place_name, c.predicate.value, c.actor.value, c.claimant_side.value)
            for c in run(text, gaz, source=WIRE, published=JAN, title=title)}

_places = partial(places, source=WIRE, published=JAN)


# 1. Drones or missiles as the subject of "атакували X, Y" ("86 ударних БпЛА різних типів атакували …", "57
#    беспилотников самолетного типа атаковали …"), two words between: a strike list, no ground fighting
def test_weapon_subject_strike_list(gaz: Gazetteer) -> None:
    assert _got("Вночі 86 ударних БпЛА різних типів атакували Гуляйполе, Оріхів і Малу Токмачку.", gaz) == set()
    assert _got("Ночью 57 беспилотников самолетного типа атаковали Купянск и Боровую.", gaz) == set()
    # troops attacking stay a fight
    assert _got("Ukrainian troops attacked Russian positions near Kupiansk.", gaz) == {
        ("Kupyansk", "fighting", "UA", "factual")}


# 2. An unknown village with its region's locator before its status ("X в Харьковской области остается под
#    контролем …"): the village, not the region, is the one held
def test_status_past_region_locator(gaz: Gazetteer) -> None:
    assert _got("Мирошниковка в Харьковской области остается под контролем российских войск.", gaz) == {
        ("Мирошниковка", "holds", "RU", "factual")}


# 3. The capital in the genitive after "заявления", "позиция", "версия" ("заявления Киева о «взятии» X") is the
#    government; a quoted "«взятии»" still opens the village's slot
def test_capital_as_government_and_quoted_capture(gaz: Gazetteer) -> None:
    got = _got("Пресс-служба сообщила об этом.", gaz,
               title="В Минобороны опровергли заявления Киева о «взятии» Мирошниковки")
    assert got == {("Мирошниковка", "captured", "UA", "denied")}
    assert "Kyiv" in _places("Российские войска продолжают наступление в направлении Киева.", gaz)


# 4. A semicolon ends the verb's clause: a place after it ("took a village near X; Y power station hit", "captured X;
#    in Y, residents …") is no object of the verb before it, in a headline or the text (a list "X; Y; Z." goes on)
def test_semicolon_ends_the_object(gaz: Gazetteer) -> None:
    assert _places("Officials gave no details.", gaz,
                   title="Russia says it took village near Lyman; Kharkiv power station hit") == set()
    assert _got("Russia says it captured Kupiansk; Kharkiv power station hit overnight.", gaz) == {
        ("Kupyansk", "captured", "RU", "factual")}
    assert _places("Russian troops captured Bohuslavka; in Borova, residents were evacuated.", gaz) == {"Bohuslavka"}


# 5. A share of a town in Russian ("Более половины X уже под контролем …", "в X под контролем … находится свыше 40%
#    застройки") is partial control: an advance, not a hold of the whole town
def test_share_before_the_town_or_after_the_verb(gaz: Gazetteer) -> None:
    assert _got("Более половины Купянска уже под контролем российских войск.", gaz) == {
        ("Kupyansk", "advancing", "RU", "factual")}
    assert _got("В Купянске под контролем российских войск находится свыше 40% застройки.", gaz) == {
        ("Kupyansk", "advancing", "RU", "factual")}
    assert _got("Мирошниковка под контролем российских войск.", gaz) == {("Мирошниковка", "holds", "RU", "factual")}


# 6. "украинская/российская сторона опровергла …" speaks for that side: the capture it denies is the other side's
def test_a_side_as_the_denier(gaz: Gazetteer) -> None:
    assert _sides("Ранее во вторник украинская сторона опровергла информацию о взятии Мирошниковки.", gaz) == {
        ("Мирошниковка", "captured", "RU", "UA")}
    assert _sides("Российская сторона опровергла сообщения о взятии Мирошниковки.", gaz) == {
        ("Мирошниковка", "captured", "UA", "RU")}
    assert _got("Ранее во вторник украинская сторона опровергла информацию о взятии Мирошниковки.", gaz) == {
        ("Мирошниковка", "captured", "RU", "denied")}


# 7. A demand to leave ("insisted that Ukraine withdraw from the parts … it still controls, including A and B",
#    "требует, чтобы Украина вывела войска из районов, которые она еще контролирует") holds nothing itself
def test_hold_inside_a_demand_to_leave(gaz: Gazetteer) -> None:
    assert _got("The Kremlin has insisted that Kyiv pull out of the parts of the Zaporizhzhia region it still holds, "
                "including the city of Orikhiv, as a condition for talks.", gaz) == set()
    assert _got("Москва требует, чтобы Украина вывела войска из районов Харьковской области, которые она еще "
                "контролирует, включая Купянск и Изюм.", gaz) == set()
    assert _got("Ukrainian forces still control Orikhiv.", gaz) == {("Orikhiv", "holds", "UA", "factual")}


# 8. "the city" after ", where …" in the sentence that named the town before it ("gains came around X in the Y region,
#    where its forces have pushed Russian troops out of most of the city"): that town, not the text's earlier topic
#    (a locator, "west of X, where …", is no antecedent)
def test_the_city_after_where_is_the_town_just_named(gaz: Gazetteer) -> None:
    text = ("Russian troops captured Pokrovsk in December. Ukraine's only gains came around Lyman in the Donetsk "
            "region, where its forces have pushed Russian troops out of most of the city.")
    got = _got(text, gaz)
    assert ("Lyman", "advancing", "UA", "factual") in got
    assert not any(t[0] == "Pokrovsk" and t[2] == "UA" for t in got)


# 9. "since a counteroffensive began" dates the claim by the campaign: no fight of its own (like "during the offensive")
def test_since_a_campaign_began(gaz: Gazetteer) -> None:
    assert _got("Ukraine's gains came around Lyman in the Donetsk region, where its forces have pushed Russian troops "
                "out of most of the city since a counteroffensive began in December.", gaz) == {
        ("Lyman", "advancing", "UA", "factual")}


# 10. A share of the whole country ("occupies about 19 percent of Ukraine, including Crimea and parts of the Donbas",
#     "около 20% территории Украины, включая …") is a national tally: no claim on the places it includes
def test_country_share_tally(gaz: Gazetteer) -> None:
    assert _got("Russia now controls about a fifth of Ukraine, including Crimea and parts of the Luhansk region held "
                "by its proxies since 2014.", gaz) == set()
    assert _got("Россия контролирует около 20% территории Украины, включая Крым и часть Донбасса.", gaz) == set()
    assert _got("Russian forces control about 70 percent of Huliaipole.", gaz) == {
        ("Hulyaypole", "advancing", "RU", "factual")}


# 11. "after more than a year of fighting", "after weeks of street fighting" measure the capture before it: no fight at
#     a place named in the clause after ("…, leaving X exposed", "…, they have been pushing into X")
def test_spell_of_fighting_belongs_to_the_capture_before(gaz: Gazetteer) -> None:
    got = _got("Russia captured Vuhledar in 2024 after more than a year of fighting, leaving Kurakhove exposed from "
               "the south.", gaz)
    assert not any(t[0] == "Kurakhove" for t in got)
    # the capture's own place keeps the assaults that took it
    got = _got("The ministry said its troops had taken Vuhledar after weeks of assaults.", gaz)
    assert ("Vuhledar", "captured", "RU", "factual") in got


# 12. A genitive plural in -очок ("захоплення Кривочок", "освобождение Кривочок") names a plural village in -очки
def test_genitive_plural_in_ochok(gaz: Gazetteer) -> None:
    assert _got("Российские войска завершили освобождение Кривочок.", gaz) == {
        ("Кривочки", "captured", "RU", "factual")}
    got = _got("Російські пропагандисти поширюють інформацію про нібито захоплення Кривочок, однак це не відповідає "
               "дійсності.", gaz)
    assert got == {("Кривочки", "captured", "RU", "factual"), ("Кривочки", "captured", "RU", "denied")}


# 13. An attack verb and a preposition of place ("ВСУ контратаковали у X и Y", "атакують біля X") open a slot for
#     unknown villages, the list after it included
def test_counterattacked_at_unknown_villages(gaz: Gazetteer) -> None:
    assert _got("Ночью ВСУ снова контратаковали у Мирошниковки и Кругляковки, бои идут тяжёлые.", gaz) == {
        ("Мирошниковка", "fighting", "UA", "factual"), ("Kruhliakivka", "fighting", "UA", "factual")}


# 14. "pull back from X" / "fell back from X" is a withdrawal slot (an unknown village after it is a place), and "fell
#     back" is no fall of a town
def test_pull_back_from_slot(gaz: Gazetteer) -> None:
    assert _got("Officials gave no details.", gaz, title="Ukrainian Units Pull Back From Myroshnykivka") == {
        ("Myroshnykivka", "withdrew", "UA", "factual")}
    assert _got("Ukrainian units fell back from Myroshnykivka last week.", gaz) == {
        ("Myroshnykivka", "withdrew", "UA", "factual")}
    assert _got("If Pokrovsk falls, Russia would gain a foothold.", gaz) == {
        ("Pokrovsk", "captured", "RU", "conditional")}


# 15. A count of the day's clashes with no place ("there had been 151 combat clashes over the past day", "відбулося 163
#     боєзіткнення") is a front-wide total: it takes no antecedent (a count at a named place stays a fight there)
def test_front_wide_clash_count(gaz: Gazetteer) -> None:
    assert _got("Росіяни захопили Торське. За минулу добу відбулося 163 боєзіткнення.", gaz) == {
        ("Torske", "captured", "RU", "factual")}
    assert _got("Russia said it had taken Torske. Ukraine's General Staff said there had been 151 combat clashes over "
                "the past day.", gaz) == {("Torske", "captured", "RU", "factual")}
    assert ("Kupyansk", "fighting", "RU", "factual") in _got("There were 12 Russian attacks near Kupiansk.", gaz)


# 16. A force's name in quotes with a gloss in brackets ('its "Vostok" (East) group of forces') is no place
def test_force_name_with_a_bracketed_gloss(gaz: Gazetteer) -> None:
    got = _places('The ministry said units of its "Vostok" (East) group of forces had taken Torske.', gaz)
    assert got == {"Torske"}


# 17. A name before "crossings" or "river" ("the Siverskyi Donets crossings", "the Oskil river") is a river
def test_river_before_crossings(gaz: Gazetteer) -> None:
    got = _places("Russian troops are trying to advance toward Kivsharivka and the Siverskyi Donets crossings.", gaz)
    assert got == {"Kivsharivka"}


# 18. "there was no point in holding ruins", "немає сенсу утримувати руїни": the hold given up, no hold claimed
def test_no_point_in_holding(gaz: Gazetteer) -> None:
    assert _got('Ukrainian units pulled out of Torske last week. "The village was practically destroyed, there was no '
                'point in holding ruins at the cost of lives," he said.', gaz) == {
        ("Torske", "withdrew", "UA", "factual")}
    assert _got("Українські підрозділи вийшли з Торського. «Село повністю зруйноване, немає сенсу утримувати руїни», – "
                "сказав він.", gaz) == {("Torske", "withdrew", "UA", "factual")}


# 19. "українські підрозділи також просунулися й відтіснили противника": the units' side named right before them acts,
#     even with an adverb before the verb and the enemy named after it
def test_side_named_units_before_the_verb(gaz: Gazetteer) -> None:
    assert _got("Біля Лимана українські підрозділи також просунулися й відтіснили противника.", gaz) == {
        ("Lyman", "advancing", "UA", "factual")}
