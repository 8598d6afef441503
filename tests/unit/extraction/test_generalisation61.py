"""Failure classes found by the sixty-first held-out set (heldout61.jsonl: one analyst's feeds over 2–6 March 2026 —
Stepnohirsk, Mala Tokmachka, Orikhiv, the Huliaipole and Pokrovske sectors, Kharkiv and Sumy), each as a general rule,
with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from services.normalizer.extraction import Gazetteer

from .conftest import got, sides

WIRE = "wire.example"
MAR = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)

_got = partial(got, source=WIRE, published=MAR)
_sides = partial(sides, source=WIRE, published=MAR)


# 1. A capture in a "since" clause dated by last year's month ("since they seized X in December" in a March text) is
#    historical like the same month in a plain clause: the month is past whatever clause it stands in
def test_a_since_clause_dated_by_last_years_month(gaz: Gazetteer) -> None:
    assert _got("Russian troops have been pushing north in the area since they seized the town of Siversk in "
                "December.", gaz) == {("Siversk", "captured", "RU", "historical")}
    assert _got("Russian forces have been shelling the area since they captured the village of Zelenyi Kut in "
                "November, the governor said.", gaz) == {("Zelenyi Kut", "captured", "RU", "historical")}
    # the clause after it keeps the present
    got = _got("Russian troops have pushed west since taking Kurakhove in December, and are now closing in on "
               "Andriivka from the east.", gaz)
    assert {(pr, f) for _, pr, _, f in got} == {("captured", "historical"), ("advancing", "factual")}
