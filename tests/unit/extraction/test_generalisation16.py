"""Failure classes found by the sixteenth held-out set (heldout16.jsonl), each as a general rule, with other places
and wording than that set."""

from __future__ import annotations

from services.normalizer.extraction import Gazetteer

from .conftest import run, tuples

GS = "facebook.com/GeneralStaff.ua"


# 1. "the enemy attacked our positions": "our positions" names the defender, however far the subject is
def test_enemy_attacking_our_positions_is_the_attacker(gaz: Gazetteer) -> None:
    got = tuples(run("На Лиманському напрямку ворог п'ять разів атакував позиції наших підрозділів у районах "
                     "Торського та Ямполя.", gaz, source=GS))
    assert ("Torske", "fighting", "RU", "factual") in got
    assert not any(t[1] == "fighting" and t[2] == "UA" for t in got)


def test_attempted_storm_of_our_positions_is_the_enemy(gaz: Gazetteer) -> None:
    got = tuples(run("На Куп'янському напрямку противник здійснив спробу штурму наших позицій біля Торського.",
                     gaz, source=GS))
    assert ("Torske", "fighting", "RU", "factual") in got
    assert not any(t[2] == "UA" and t[1] == "fighting" for t in got)


def test_russian_our_positions_is_the_defender(gaz: Gazetteer) -> None:
    got = tuples(run("Противник трижды атаковал позиции наших подразделений у Торского.", gaz,
                     source="mil.ru"))
    assert ("Torske", "fighting", "UA", "factual") in got
    assert not any(t[1] == "fighting" and t[2] == "RU" for t in got)


# 2. an old city name that its oblast keeps is the oblast, not the renamed city
def test_bare_old_oblast_name_is_not_the_renamed_city(gaz: Gazetteer) -> None:
    claims = run("Russian troops pushed deeper into Kirovohrad, the governor said.", gaz)
    assert all(c.place_name != "Kropyvnytskyi" for c in claims)
    claims = run("Russian forces advanced in Dnepropetrovsk on Tuesday.", gaz)
    assert all(c.place_name != "Dnipro" for c in claims)


def test_city_that_keeps_its_name_is_still_the_city(gaz: Gazetteer) -> None:
    got = tuples(run("Russian troops advanced towards Kharkov, the ministry said.", gaz))
    assert all(t[0] != "Kharkiv Oblast" for t in got)


# 3. polite withdrawals: "moved to more advantageous lines", "the exit of troops from X"
def test_moved_to_better_lines_is_a_withdrawal(gaz: Gazetteer) -> None:
    got = tuples(run("Підрозділи Сил оборони здійснили маневр і перемістилися на вигідніші рубежі західніше "
                     "Торського.", gaz, source="t.me/ua_brigade"))
    assert ("Torske", "withdrew", "UA", "factual") in got
    assert not any(t[1] == "advancing" for t in got)


def test_exit_of_troops_noun_is_a_withdrawal_of_the_named_side(gaz: Gazetteer) -> None:
    got = tuples(run("Вчора завершився вихід українських військ з Торського.", gaz, source="t.me/ua_brigade"))
    assert ("Torske", "withdrew", "UA", "factual") in got
    assert not any(t[1] in ("captured", "advancing") for t in got)


def test_exit_onto_a_line_is_no_withdrawal(gaz: Gazetteer) -> None:
    got = tuples(run("Вихід ворога на околиці Торського зупинено.", gaz, source="t.me/ua_brigade"))
    assert not any(t[1] == "withdrew" for t in got)


# second pass
# 4. a Russian/Ukrainian day-month-year date needs no preposition to settle the past
def test_cyrillic_day_month_year_date_is_historical(gaz: Gazetteer) -> None:
    got = tuples(run("5 марта 2016 года подразделения народной милиции завершили освобождение Торского.", gaz,
                     source="t.me/ru_blog"))
    assert ("Torske", "captured", "RU", "historical") in got
    assert not any(t[3] == "factual" for t in got)
    got = tuples(run("12 березня 2016 року завершився вихід українських військ з Торського.", gaz,
                     source="t.me/ua_brigade"))
    assert ("Torske", "withdrew", "UA", "historical") in got
    assert not any(t[3] == "factual" for t in got)


# 5. a time word inside a later clause ("since its troops entered it last year") dates that clause only
def test_time_in_a_later_clause_does_not_date_the_claim(gaz: Gazetteer) -> None:
    got = tuples(run("Russia said its troops had captured Torske, a mining town of 9,000 people before the war, in "
                     "what would be its largest gain since its troops entered the area last year.", gaz))
    assert ("Torske", "captured", "RU", "factual") in got
    assert not any(t[3] == "historical" for t in got)


# 6. a sentence with no time of its own that refers back keeps the previous sentence's settled past
def test_date_carries_to_the_next_sentence_without_a_time(gaz: Gazetteer) -> None:
    got = tuples(run("Torske fell to Russian troops on March 3, 2016, after weeks of shelling. Hundreds of "
                     "Ukrainian soldiers withdrew through the fields at night.", gaz))
    assert ("Torske", "captured", "RU", "historical") in got
    assert ("Torske", "withdrew", "UA", "historical") in got
    assert not any(t[3] == "factual" for t in got)


def test_present_time_stops_the_carried_date(gaz: Gazetteer) -> None:
    got = tuples(run("Torske fell to Russian troops on March 3, 2016, after weeks of shelling. Today Ukrainian "
                     "soldiers withdrew from the town again.", gaz))
    assert ("Torske", "withdrew", "UA", "historical") not in got


# 7. the past imperfective "утримували"/"удерживали" tells what was held, not what is held now
def test_past_imperfective_hold_is_not_a_present_hold(gaz: Gazetteer) -> None:
    got = tuples(run("Окупанти утримували Торське з середини травня.", gaz, source="t.me/ua_brigade"))
    assert not any(t[1] == "holds" and t[3] == "factual" for t in got)
    got = tuples(run("Наші підрозділи утримують Торське.", gaz, source="t.me/ua_brigade"))
    assert ("Torske", "holds", "UA", "factual") in got


# 8. a capitalised adjective of an institution ("Головному управлінні розвідки") is no place
def test_institution_adjective_is_not_a_place(gaz: Gazetteer) -> None:
    claims = run("Українські підрозділи зайшли до Торського, повідомило джерело у Головному управлінні розвідки.",
                 gaz, source="tsn.ua")
    assert {c.place_name for c in claims} == {"Torske"}


# 9. '"repelled three counterattacks" by Ukrainian units': the quote does not hide the attacker
def test_quoted_repelled_counterattacks_by_a_side(gaz: Gazetteer) -> None:
    got = tuples(run("Russia's Defence Ministry said its forces had \"repelled two counterattacks\" by Ukrainian "
                     "units in the Torske area and kept their positions.", gaz, source="apnews.com"))
    assert ("Torske", "fighting", "UA", "factual") in got
    assert ("Torske", "holds", "RU", "factual") in got
    assert ("Torske", "holds", "UA", "factual") not in got
    assert ("Torske", "fighting", "RU", "factual") not in got


# 10. "taken up positions on the village's edge" is a foothold, not a capture
def test_taken_up_positions_is_no_capture(gaz: Gazetteer) -> None:
    got = tuples(run("A Ukrainian outlet said Ukrainian units had taken up positions on the northern edge of "
                     "Torske.", gaz))
    assert not any(t[1] == "captured" for t in got)
