"""Failure classes found by the forty-eighth held-out set (heldout48.jsonl: an analyst's feeds over five days of
February 2026 with messy real-world text — inconsistent transliterations, machine-translated English, all-caps
flashes, mixed Russian/Ukrainian posts, reposts), each as a general rule, with other places and wording than that
set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, run

WIRE = "wire.example"
FEB = datetime(2026, 2, 14, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=FEB)


# 1. A claim made in a month of last year ("announced in late December" in a February text) is settled history, not
#    this year's dated claim; "before the full-scale invasion" / "до повномасштабного вторгнення" is no future word
def test_last_years_claim_is_history(gaz: Gazetteer) -> None:
    assert _got("Moscow announced in November that its troops had captured Siversk.", gaz) == {
        ("Siversk", "captured", "RU", "historical")}
    assert _got("Russia announced in late December that it had captured Siversk, a town of some 11,000 people "
                "before the full-scale invasion.", gaz) == {("Siversk", "captured", "RU", "historical")}
    # a month of this year still dates the claim only
    assert _got("Moscow announced in January that its troops had captured Siversk.", gaz) == {
        ("Siversk", "captured", "RU", "factual")}
    # a real "before" still blocks last year's reading of a month ahead
    assert _got("Russian forces could take Siversk before December.", gaz) == {
        ("Siversk", "captured", "RU", "conditional")}


# 2. Two capitalised words joined by a hyphen after a locative preposition ("near Hlyna-Bir", "поблизу Глина-Бора")
#    name one village missing from the gazetteer, however short the second word; after a genitive preposition a
#    short second word's "-а" is a masculine genitive ending ("поблизу Глина-Бора" → "Глина-Бор")
def test_hyphenated_village_after_locative_preposition(gaz: Gazetteer) -> None:
    assert _got("Russian forces continued assaults near Hlyna-Bir on February 11.", gaz) == {
        ("Hlyna-Bir", "fighting", "RU", "factual")}
    assert _got("Russian forces attacked near Siversk and Hlyna-Bir.", gaz) == {
        ("Siversk", "fighting", "RU", "factual"), ("Hlyna-Bir", "fighting", "RU", "factual")}
    assert _got("Ворог атакував поблизу Сіверська та Глина-Бора.", gaz) == {
        ("Siversk", "fighting", "RU", "factual"), ("Глина-Бор", "fighting", "RU", "factual")}
    # a hyphenated pair in no locative slot is not taken on shape alone
    assert _got("Russian forces attacked near Siversk, Jean-Paul said.", gaz) == {
        ("Siversk", "fighting", "RU", "factual")}


# 3. "По данным канала «Военная хроника», ВСУ оставили ...": a source named in quotes after "по данным"/"according
#    to" ends at its comma; the force after the comma is what it says, not its speaker (the outlet's side speaks)
def test_quoted_source_after_according_to(gaz: Gazetteer) -> None:
    got = {(c.place_name, c.predicate.value, c.actor.value, c.claimant_side.value)
           for c in run("По данным канала «Северный ветер», ВСУ оставили последние позиции на восточной окраине "
                        "Северска.", gaz, source=WIRE, published=FEB)}
    assert got == {("Siversk", "withdrew", "UA", "neutral")}  # an unknown channel on a wire: no side, not the UA's


# 4. Giving up (the last) positions on the outskirts of X is a withdrawal there, no foothold on its outskirts
def test_positions_given_up_on_the_outskirts(gaz: Gazetteer) -> None:
    assert _got("ЗСУ залишили останні позиції на південній околиці Сіверська.", gaz) == {
        ("Siversk", "withdrew", "UA", "factual")}
    assert _got("Ukrainian forces abandoned their last positions on the eastern outskirts of Siversk.", gaz) == {
        ("Siversk", "withdrew", "UA", "factual")}
    assert _got("Russian troops reached the eastern outskirts of Siversk.", gaz) == {
        ("Siversk", "advancing", "RU", "factual")}


# 5. A place, then "cleared (a few more) blocks" ("зачистили ще кілька кварталів", "зачистили несколько кварталов"):
#    some of its blocks, an advance; "зачистили жилые кварталы и промзону" (all of them) is still the whole place
def test_a_count_of_blocks_cleared_is_an_advance(gaz: Gazetteer) -> None:
    assert _got("Українські захисники продовжують дії в Сіверську та зачистили ще кілька кварталів.", gaz) == {
        ("Siversk", "advancing", "UA", "factual")}
    assert _got("Российские подразделения в Северске зачистили несколько кварталов.", gaz) == {
        ("Siversk", "advancing", "RU", "factual")}
    assert _got("Российские подразделения в Северске зачистили жилые кварталы и промышленную зону.", gaz) == {
        ("Siversk", "captured", "RU", "factual")}


# 6. "Киев продолжает отрицать потерю X", "Київ заперечує втрату X", "Kyiv continues to deny the loss of X": the one
#    who denies the loss speaks for its side; the other side's capture is denied
def test_who_denies_a_loss_speaks(gaz: Gazetteer) -> None:
    for text in ("Киев продолжает отрицать потерю Северска.", "Київ продовжує заперечувати втрату Сіверська.",
                 "Kyiv continues to deny the loss of Siversk."):
        got = {(c.place_name, c.predicate.value, c.actor.value, c.modality.value, c.claimant_side.value)
               for c in run(text, gaz, source=WIRE, published=FEB)}
        assert got == {("Siversk", "captured", "RU", "denied", "UA")}, text
    got = {(c.place_name, c.actor.value, c.claimant_side.value)
           for c in run("Военкоры отрицают потерю Тёткино.", gaz, source=WIRE, published=FEB)}
    assert got == {("Tëtkino", "UA", "RU")}


# 7. "X port hit in overnight attack", "was damaged in a night attack": a place struck in a raid, no ground fight
def test_hit_in_an_attack_is_a_strike(gaz: Gazetteer) -> None:
    assert _got("Live: Izmail port hit in overnight attack", gaz) == set()
    assert _got("Izmail port was damaged in a night attack.", gaz) == set()
    assert _got("Russian forces attacked near Siversk overnight.", gaz) == {("Siversk", "fighting", "RU", "factual")}


# 8. "a battle that left the city in ruins", "shelling left X in ruins": what the fighting did to it, no withdrawal
def test_left_in_ruins_is_no_withdrawal(gaz: Gazetteer) -> None:
    assert ("Siversk", "withdrew", "RU", "factual") not in _got(
        "Siversk was claimed by Russia in December after a battle that left the city in ruins.", gaz)
    assert _got("Months of shelling left Siversk in ruins.", gaz) == set()
    assert _got("Ukrainian troops have left Siversk.", gaz) == {("Siversk", "withdrew", "UA", "factual")}
    assert _got("Ukrainian troops left the town of Siversk.", gaz) == {("Siversk", "withdrew", "UA", "factual")}
