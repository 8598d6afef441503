"""Failure classes found by the twelfth held-out set (heldout12.jsonl), each as a general rule, with other places and
wording than that set."""

from __future__ import annotations

from schemas.models import Claim
from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

GS = "facebook.com/GeneralStaff.ua"


def _names(claims: list[Claim]) -> set[str]:
    return {c.place_name for c in claims} | {c.matched_alias for c in claims}


# 1. a repelling verb between a side and the attack: the subject held, the other side attacked
def test_our_soldiers_repelled_an_assault(gaz: Gazetteer) -> None:
    got = tuples(run("Наші бійці відбили штурм поблизу Торецька.", gaz, source=GS))
    assert ("Toretsk", "fighting", "RU", "factual") in got
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert ("Toretsk", "fighting", "UA", "factual") not in got
    assert ("Toretsk", "holds", "RU", "factual") not in got


def test_our_soldiers_repelled_after_an_enemy_clause(gaz: Gazetteer) -> None:
    got = tuples(run("Ворог тричі атакував; наші захисники відбили штурм поблизу Торецька.", gaz, source=GS))
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert ("Toretsk", "holds", "RU", "factual") not in got


def test_ukrainian_defenders_repelled_an_assault(gaz: Gazetteer) -> None:
    got = tuples(run("Українські воїни відбили штурм біля Часового Яру.", gaz, source=GS))
    assert ("Chasiv Yar", "fighting", "RU", "factual") in got
    assert ("Chasiv Yar", "holds", "UA", "factual") in got


def test_defence_forces_stopped_enemy_assault_actions(gaz: Gazetteer) -> None:
    got = tuples(run("Сили оборони зупинили чотири атаки противника біля Часового Яру.", gaz, source=GS))
    assert ("Chasiv Yar", "holds", "UA", "factual") in got
    assert ("Chasiv Yar", "fighting", "RU", "factual") in got
    assert ("Chasiv Yar", "fighting", "UA", "factual") not in got


def test_stopped_an_offensive_near_two_villages(gaz: Gazetteer) -> None:
    got = tuples(run("Наші бійці зупинили наступ ворога біля Торецька та Щербинівки.", gaz, source=GS))
    assert ("Toretsk", "holds", "UA", "factual") in got
    assert ("Toretsk", "fighting", "RU", "factual") in got


def test_russian_units_stopped_a_ukrainian_attack(gaz: Gazetteer) -> None:
    got = tuples(run("Российские войска остановили атаку ВСУ у Тёткино.", gaz, source="mil.ru"))
    assert ("Tëtkino", "holds", "RU", "factual") in got
    assert ("Tëtkino", "fighting", "UA", "factual") in got


def test_english_defenders_stopped_assaults(gaz: Gazetteer) -> None:
    got = tuples(run("Ukrainian defenders stopped five Russian assaults near Siversk.", gaz))
    assert ("Siversk", "holds", "UA", "factual") in got
    assert ("Siversk", "fighting", "RU", "factual") in got


def test_a_plain_assault_keeps_its_attacker(gaz: Gazetteer) -> None:
    got = tuples(run("Окупанти штурмували позиції наших захисників поблизу Торецька.", gaz, source=GS))
    assert ("Toretsk", "fighting", "RU", "factual") in got
    assert not any(t[1] == "holds" and t[2] == "RU" for t in got)


# 2. passive Russian MoD wording: "Отражены N контратаки ... ВСУ в районе X"
def test_passive_repelled_counterattacks_with_a_count(gaz: Gazetteer) -> None:
    got = tuples(run("Отражены три контратаки штурмовых групп ВСУ в районе Глушково.", gaz, source="mil.ru"))
    assert ("Glushkovo", "fighting", "UA", "factual") in got
    assert ("Glushkovo", "holds", "RU", "factual") in got


def test_units_qualified_by_the_enemy_are_the_enemy(gaz: Gazetteer) -> None:
    got = tuples(run("Отразили две контратаки подразделений ВСУ в районе Глушково.", gaz, source="mil.ru"))
    assert ("Glushkovo", "fighting", "UA", "factual") in got
    assert ("Glushkovo", "fighting", "RU", "factual") not in got


def test_passive_repelled_attack_without_count(gaz: Gazetteer) -> None:
    got = tuples(run("Отражена атака ВСУ в районе Глушково.", gaz, source="mil.ru"))
    assert ("Glushkovo", "holds", "RU", "factual") in got


# 3. "десантно-штурмовой бригады": a unit's type is no assault
def test_air_assault_brigade_is_no_fighting(gaz: Gazetteer) -> None:
    claims = run("Поражение нанесено живой силе десантно-штурмовой бригады ВСУ в районе Тёткино.", gaz,
                 source="mil.ru")
    assert not any(c.predicate.value == "fighting" and c.actor.value == "UA" for c in claims)


def test_assault_units_that_attacked_still_fight(gaz: Gazetteer) -> None:
    got = tuples(run("Штурмовые подразделения ВСУ атаковали Глушково.", gaz, source="mil.ru"))
    assert ("Glushkovo", "fighting", "UA", "factual") in got


# 4. "намагався витіснити наші підрозділи з позицій в районах X": an assault by the subject
def test_tried_to_dislodge_our_units_is_an_enemy_assault(gaz: Gazetteer) -> None:
    got = tuples(run("Ворог намагався витіснити наші підрозділи з позицій в районах Торецька та Щербинівки.", gaz,
                     source=GS))
    assert ("Toretsk", "fighting", "RU", "factual") in got
    assert ("Toretsk", "fighting", "UA", "factual") not in got


def test_russian_tried_to_dislodge_is_an_assault(gaz: Gazetteer) -> None:
    got = tuples(run("Противник пытался вытеснить наши подразделения из Тёткино.", gaz, source="mil.ru"))
    assert ("Tëtkino", "fighting", "UA", "factual") in got
    assert ("Tëtkino", "fighting", "RU", "factual") not in got


# 5. coordinated axis names: "на X-ому і Y-ому напрямках"
def test_coordinated_direction_names_are_no_places(gaz: Gazetteer) -> None:
    claims = run("На Покровському та Костянтинівському напрямках ворог атакував.", gaz, source=GS)
    assert claims == []


def test_coordinated_directions_in_russian(gaz: Gazetteer) -> None:
    claims = run("На Купянском и Лиманском направлениях противник атаковал.", gaz, source="mil.ru")
    assert claims == []


def test_coordinated_places_without_direction_are_places(gaz: Gazetteer) -> None:
    claims = run("Бої тривають біля Покровська та Мирнограда.", gaz, source=GS)
    assert {"Pokrovsk", "Myrnohrad"} <= _names(claims)


def test_single_direction_name_is_no_place(gaz: Gazetteer) -> None:
    claims = run("На Покровському напрямку ворог атакував поблизу Шевченка.", gaz, source=GS)
    assert not any(c.place_name.startswith("Pokrovs") for c in claims)


# 6. hyphenated names in the genitive plural: "Самарів-Оріхових"
def test_hyphenated_genitive_plural_resolves(gaz: Gazetteer) -> None:
    claims = run("Ворог атакував поблизу Самарів-Оріхових.", gaz, source=GS)
    assert "Samary-Orikhovi" in _names(claims)
    assert "Самарів" not in _names(claims)


def test_hyphenated_locative_still_resolves(gaz: Gazetteer) -> None:
    claims = run("Бої тривають у Пісках-Радьківських.", gaz, source=GS)
    assert any(c.place_name.startswith("Pisky") for c in claims)


def test_unknown_hyphenated_village_stays_one_name(gaz: Gazetteer) -> None:
    claims = run("Ворог атакував поблизу Олександро-Шультиного.", gaz, source=GS)
    assert not any(c.place_name in ("Олександро", "Олександр") for c in claims)


# 7. the General Staff's Facebook page is the General Staff
def test_general_staff_page_is_its_claimant(gaz: Gazetteer) -> None:
    claims = run("Ворог атакував поблизу Торецька.", gaz, source=GS)
    assert claims and all(c.claimant == "ua_general_staff" and c.claimant_side.value == "UA" for c in claims)


def test_other_facebook_pages_are_not_the_general_staff(gaz: Gazetteer) -> None:
    claims = run("Ворог атакував поблизу Торецька.", gaz, source="facebook.com/some.page")
    assert all(c.claimant != "ua_general_staff" for c in claims)


def test_repelled_attacks_without_count_still_hold(gaz: Gazetteer) -> None:
    got = tuples(run("Українські захисники відбили дві атаки біля Іванівського.", gaz, source=GS))
    assert ("Ivanivske", "holds", "UA", "factual") in got or ("Іванівське", "holds", "UA", "factual") in got
