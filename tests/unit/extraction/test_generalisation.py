"""Phrasings found by the held-out set (tests/data/extraction_heldout), each as a general rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

AUGUST = datetime(2025, 8, 20, 10, 0, tzinfo=UTC)


def _places(claims: list) -> set[str]:  # type: ignore[type-arg]
    return {c.place_name for c in claims}


@pytest.mark.parametrize("text", [
    "На Покровському напрямку ворог здійснив 20 атак у районі Удачного.",
    "Russian forces kept up pressure in the Pokrovsk direction, attacking near Udachne.",
    "Kupiansk was recaptured by Ukrainian forces in 2022 during the Kharkiv counteroffensive.",
])
def test_axis_and_operation_names_are_not_places(gaz: Gazetteer, text: str) -> None:
    names = _places(run(text, gaz))
    assert not names & {"Pokrovsk", "Pokrovske", "Kharkiv", "Kharkiv Oblast"}


def test_first_name_after_a_title_is_not_a_place(gaz: Gazetteer) -> None:
    claims = run("Shoigu told President Vladimir Putin that Russian forces had taken full control of Marinka.", gaz)
    assert all("Volodymyr" not in c.place_name for c in claims)


def test_capital_speaking_is_not_a_place(gaz: Gazetteer) -> None:
    claims = run("Moscow claimed its troops had captured Huliaipole. Kyiv denied this, saying the town remained "
                 "under Ukrainian control.", gaz)
    assert "Kyiv" not in _places(claims)
    assert ("Huliaipole", "holds", "UA", "factual") in tuples(claims) or any(
        c.predicate.value == "holds" and c.actor.value == "UA" for c in claims)


def test_lies_in_ruins_is_no_denial_and_an_old_month_is_historical(gaz: Gazetteer) -> None:
    claims = run("Toretsk, which Russia captured in February, now lies in ruins.", gaz, published=AUGUST)
    assert {(c.predicate.value, c.modality.value) for c in claims} == {("captured", "historical")}


@pytest.mark.parametrize("text", [
    "У Запоріжжі внаслідок нічної атаки дронів пошкоджено багатоповерхівку.",
    "Shipping continues despite Russian attacks on port infrastructure in Odesa and Izmail.",
])
def test_strikes_are_not_ground_fighting(gaz: Gazetteer, text: str) -> None:
    assert run(text, gaz) == []


def test_flag_over_the_centre_is_a_capture(gaz: Gazetteer) -> None:
    claims = run("Russian soldiers raised the flag over the administrative building in the centre of "
                 "Velyka Novosilka, Russia's defence ministry said.", gaz)
    assert {c.predicate.value for c in claims} == {"captured"}


def test_a_village_near_a_town_does_not_capture_the_town(gaz: Gazetteer) -> None:
    claims = run("Ukrainian troops have recaptured the village of Zarichne near Lyman, the 3rd Army Corps said.", gaz)
    assert not any(c.place_name == "Lyman" and c.predicate.value == "captured" for c in claims)


def test_repelled_assaults_give_holds_and_fighting(gaz: Gazetteer) -> None:
    claims = run("Ukrainian forces repelled 14 Russian assaults near Orikhiv over the past day.", gaz)
    got = {(c.predicate.value, c.actor.value) for c in claims if c.place_name == "Orikhiv"}
    assert got == {("holds", "UA"), ("fighting", "RU")}


def test_repelled_side_attacks_flips_the_holder(gaz: Gazetteer) -> None:
    claims = run("Ukrainian soldiers repelled Russian attacks on the outskirts of Orikhiv.", gaz)
    got = {(c.predicate.value, c.actor.value) for c in claims if c.place_name == "Orikhiv"}
    assert ("holds", "UA") in got and ("fighting", "RU") in got and ("holds", "RU") not in got


def test_trying_to_advance_is_fighting(gaz: Gazetteer) -> None:
    claims = run("Ворог 45 разів намагався просунутися в районах населених пунктів Мирноград та Удачне.", gaz)
    assert {c.predicate.value for c in claims} == {"fighting"}
    assert {c.actor.value for c in claims} == {"RU"}


def test_advancing_near_a_list_claims_every_place(gaz: Gazetteer) -> None:
    claims = run("Ворог просунувся біля Курахового, Кремінної та Торецька.", gaz)
    assert {c.place_name for c in claims if c.predicate.value == "advancing"} >= {"Kurakhove", "Kreminna", "Toretsk"}


def test_hashtags_are_not_targets_next_to_running_text(gaz: Gazetteer) -> None:
    claims = run("Наші воїни звільнили Андріївку під Бахмутом! #Андріївка #Бахмут", gaz)
    assert "Bakhmut" not in _places(claims)


def test_battlegroup_is_not_a_battle(gaz: Gazetteer) -> None:
    claims = run("Units of the Battlegroup Center liberated Kurakhove, the ministry said.", gaz)
    assert {c.predicate.value for c in claims} == {"captured"}


def test_pulled_back_to_the_outskirts_is_a_withdrawal(gaz: Gazetteer) -> None:
    claims = run("Ukrainian forces had pulled back to the outskirts of Marinka, the spokesman said.", gaz)
    assert {c.predicate.value for c in claims} == {"withdrew"}


def test_regained_positions_is_advancing(gaz: Gazetteer) -> None:
    claims = run("Ukrainian forces recently regained positions in northern Kurakhove.", gaz)
    assert ("advancing", "UA") in {(c.predicate.value, c.actor.value) for c in claims}


def test_after_the_capture_of_is_conditional(gaz: Gazetteer) -> None:
    claims = run("Военкоры: после взятия Красноармейска войска двинутся дальше.", gaz, lang="ru")
    assert {c.modality.value for c in claims if c.place_name == "Pokrovsk"} == {"future"}
