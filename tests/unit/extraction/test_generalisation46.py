"""Failure classes found by the forty-sixth held-out set (heldout46.jsonl: an analyst's feeds over a week in early
October 2026 weighted to hard formats — flashes, headline-only items, live blogs, long analyses, map updates, MoD and
General Staff lists, emoji brigade posts, reposts), each as a general rule, with other places and wording than that
set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, sides

WIRE = "wire.example"
OCT = datetime(2026, 10, 8, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=OCT)
_sides = partial(sides, source=WIRE, published=OCT)


# 1. "rejected a Russian claim that its troops had captured X", "denied Moscow's claim that its forces took X": the
#    possessive is the claim's owner's, not the side of the speaker who rejects it
def test_its_troops_inside_a_named_sides_claim(gaz: Gazetteer) -> None:
    assert _sides("Ukraine's army on Sunday rejected a Russian claim that its troops had captured the village "
                  "of Bohuslavka.", gaz) == {("Bohuslavka", "captured", "RU", "RU"),
                                             ("Bohuslavka", "captured", "RU", "UA")}
    assert _got("Ukraine's General Staff denied Moscow's claim that its forces had taken Bohuslavka.", gaz) == {
        ("Bohuslavka", "captured", "RU", "factual"), ("Bohuslavka", "captured", "RU", "denied")}


# 2. "pushed Russian forces back from X and were holding the village": the side pushed back is the object; the hold
#    that follows is the pusher's
def test_hold_after_pushing_the_other_side_back(gaz: Gazetteer) -> None:
    assert _got("Ukrainian troops pushed Russian forces back from Bohuslavka and are holding the village.", gaz) == {
        ("Bohuslavka", "withdrew", "RU", "factual"), ("Bohuslavka", "holds", "UA", "factual")}


# 3. A short first part before a hyphen and a toponym ("Рай-Олександрівку", "Рай-Александровку") is one village,
#    not the one-word place "Рай" and a second village
def test_short_first_part_of_a_hyphenated_village(gaz: Gazetteer) -> None:
    assert _got("ВСУ оставили Рай-Александровку.", gaz) == {("Рай-Александровка", "withdrew", "UA", "factual")}
    assert _got("ВСУ оставили Рай-Александровку и Ковшаровку.", gaz) == {
        ("Рай-Александровка", "withdrew", "UA", "factual"), ("Kivsharivka", "withdrew", "UA", "factual")}


# 4. "X is fully/completely under Ukrainian control": still a state (a hold), like "X is under Ukrainian control"
def test_fully_under_control_is_a_state(gaz: Gazetteer) -> None:
    assert _got("The corps says Siversk is fully under Ukrainian control.", gaz) == {
        ("Siversk", "holds", "UA", "factual")}
    assert _got("The corps said Siversk is completely under Ukrainian control.", gaz) == {
        ("Siversk", "holds", "UA", "factual")}


# 5. "pushed Russian forces back two kilometers toward X": the pusher advanced toward X (no capture by the side pushed)
def test_pushed_back_a_distance_toward_a_place(gaz: Gazetteer) -> None:
    assert _got("The brigade said its paratroopers had pushed Russian troops back three kilometers toward Bohuslavka "
                "over the past week, retaking several tree lines.", gaz) == {
        ("Bohuslavka", "advancing", "UA", "factual")}


# 6. "without mentioning X", «без згадки X»: nothing said about X
def test_without_mentioning_a_place(gaz: Gazetteer) -> None:
    assert _got("The General Staff said its troops had repelled attacks near Bohuslavka, without mentioning Siversk.",
                gaz) == {("Bohuslavka", "holds", "UA", "factual"), ("Bohuslavka", "fighting", "RU", "factual")}


# 7. "There was nothing left to hold", «там нечего было удерживать», «нічого було утримувати»: a reason to leave,
#    no hold
def test_nothing_left_to_hold(gaz: Gazetteer) -> None:
    assert _got("Ukrainian troops pulled back from Bohuslavka. There was nothing left to hold.", gaz) == {
        ("Bohuslavka", "withdrew", "UA", "factual")}
    assert _got("Украинские военные отошли из Богуславки, потому что там нечего было удерживать.", gaz) == {
        ("Bohuslavka", "withdrew", "UA", "factual")}
    assert _got("Українські військові відійшли з Богуславки, бо там нічого було утримувати.", gaz) == {
        ("Bohuslavka", "withdrew", "UA", "factual")}


# 8. "captured X in the Y region, where its troops have been pushing since last year": the date belongs to the
#    where-clause, the capture is news
def test_date_inside_a_where_clause(gaz: Gazetteer) -> None:
    assert _got("Russia's army said Thursday it had captured the village of Bohuslavka in Ukraine's Kharkiv region, "
                "where its troops have been pushing since last year.", gaz) == {
        ("Bohuslavka", "captured", "RU", "factual")}


# 9. "captures village in Ukraine's X region", «освободили село в X области»: one unnamed village; the region only
#    locates it
def test_unnamed_village_in_a_region(gaz: Gazetteer) -> None:
    assert _got("", gaz, title="Russia says captures village in Ukraine's Kharkiv region") == set()
    assert _got("Российские войска освободили село в Харьковской области.", gaz) == set()


# 10. "Окуповано: X (…напрямок), Y": a summary's impersonal verb (a colon or the "-ано" form), not the adjective
#     "окупована X" of a long-held place
def test_impersonal_occupied_heading(gaz: Gazetteer) -> None:
    assert _got("Окуповано: Богуславка (Куп'янський напрямок).", gaz) == {("Bohuslavka", "captured", "RU", "factual")}
    assert _got("Оккупировано: Богуславка.", gaz) == {("Bohuslavka", "captured", "RU", "factual")}


# 11. "ворожих наступальних дій не зафіксовано", «наступательных действий не зафиксировано»: no action seen
def test_no_offensive_actions_recorded(gaz: Gazetteer) -> None:
    assert _got("На Харківському напрямку біля Вовчанська ворожих наступальних дій не зафіксовано.", gaz) == set()
    assert _got("На Курском направлении и в приграничье Сумской области наступательных действий противника не "
                "зафиксировано.", gaz) == set()


# 12. "Russian troops who had infiltrated the outskirts of X were pushed out", «які просочилися на околиці X, були
#     вибиті»: the infiltration is undone, no advance
def test_infiltrators_pushed_out(gaz: Gazetteer) -> None:
    assert _got("Russian troops who had infiltrated the northern outskirts of Bohuslavka were also pushed out, and the "
                "village is under Ukrainian control, the corps said.", gaz) == {
        ("Bohuslavka", "holds", "UA", "factual")}
    assert _got("Російські військові, які просочилися на околиці Богуславки, були вибиті.", gaz) == set()


# 13. "… infiltrated the northern outskirts of X were pushed out, and the village is under Ukrainian control": "the
#     village" is X, named with its edge in the same sentence, not the village of the sentence before
def test_the_village_after_a_place_named_with_its_edge(gaz: Gazetteer) -> None:
    assert _got("Ukrainian forces have liberated the village of Siversk, the corps said. Russian troops who had "
                "infiltrated the northern outskirts of Bohuslavka were also pushed out, and the village is under "
                "Ukrainian control, the corps said.", gaz) == {
        ("Siversk", "captured", "UA", "factual"), ("Bohuslavka", "holds", "UA", "factual")}


# 14. "claims capture of A and B in the DPR, plus C in Zaporizhzhia Oblast": "plus" joins the list like "and", so an
#     unknown village after it is listed too
def test_plus_joins_a_list_of_villages(gaz: Gazetteer) -> None:
    assert _got("Russian MoD claims capture of Bohuslavka and Siversk in the DPR, plus Yablokovo in Zaporizhzhia "
                "Oblast.", gaz) == {("Bohuslavka", "captured", "RU", "factual"),
                                    ("Siversk", "captured", "RU", "factual"),
                                    ("Yablokovo", "captured", "RU", "factual")}


# 15. «бои идут в районе элеватора», «бої тривають у районі вокзалу»: a landmark of the place just named, so the
#     fight is there
def test_fighting_near_a_landmark_of_the_place_just_named(gaz: Gazetteer) -> None:
    assert _got("Наши подразделения вошли в Богуславку с востока, бои идут в районе элеватора.", gaz) == {
        ("Bohuslavka", "advancing", "RU", "factual"), ("Bohuslavka", "fighting", "RU", "factual")}
    assert _got("Наші підрозділи зайшли в Богуславку, бої тривають у районі вокзалу.", gaz) == {
        ("Bohuslavka", "advancing", "UA", "factual"), ("Bohuslavka", "fighting", "UA", "factual")}
