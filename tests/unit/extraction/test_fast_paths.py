"""The fast paths added for throughput give the same answers as the slow ones they shortcut."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from services.normalizer.extraction import Gazetteer, event_time
from services.normalizer.extraction.extract import _LEX_CYR, _LEX_EN
from services.normalizer.extraction.transliteration import loose_key

PUBLISHED = datetime(2025, 2, 7, 16, 0, tzinfo=UTC)


def test_lexicon_memo_equals_lookup() -> None:
    for lexicon in (_LEX_EN, _LEX_CYR):
        for word in ["captured", "fighting", "said", "the", "освободили", "захопили", "бої", "zzz", "a"]:
            assert lexicon.entries(word) == lexicon._lookup(word)
            assert lexicon.entries(word) is lexicon.entries(word)  # memoised


def test_every_multi_token_key_has_its_prefixes(gaz: Gazetteer) -> None:
    for index, prefixes in ((gaz.index, gaz.prefixes), (gaz.loose, gaz.loose_prefixes)):
        for key in index:
            parts = key.split(" ")
            for k in range(1, len(parts)):
                assert " ".join(parts[:k]) in prefixes


def test_loose_key_works_token_by_token(gaz: Gazetteer) -> None:
    # find_mentions checks loose prefixes per token: that needs loose_key to respect token boundaries
    for key in list(gaz.index)[:5000]:
        if " " in key and not re.search("[\u0400-\u04ff]", key):
            assert loose_key(key) == " ".join(loose_key(p) for p in key.split(" "))


def _resolve_without_prefilter(sentence: str) -> tuple[datetime, datetime] | None:
    """`resolve` with every pre-check forced open: the regexes alone decide."""
    relative = tuple((pattern, kind, ("",)) for pattern, kind, _words in event_time._RELATIVE)
    with patch.object(event_time, "_WEEKDAY_WORDS", ("",)), patch.object(event_time, "_DIGIT", re.compile("")), \
            patch.object(event_time, "_RELATIVE", relative):
        return event_time.resolve(sentence, PUBLISHED)


WORDS = ["Friday", "late", "Thursday", "пятницу", "п'ятницю", "в", "last", "month", "week", "Jan.", "6", "12",
         "березня", "вчера", "вчора", "overnight", "this", "сьогодні", "за", "добу", "year", "торік", "town", "the"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8))
def test_event_time_prefilter_changes_nothing(words: list[str]) -> None:
    sentence = " ".join(words)
    assert event_time.resolve(sentence, PUBLISHED) == _resolve_without_prefilter(sentence)


MIXED = ("Russia's defence ministry said its forces captured the village of Krasnohorivka. Противник предпринял "
         "три атаки в районе населенного пункта Новомихайловка, все атаки отражены. Ворог окупував Урожайне "
         "and the General Staff said fighting continues near Pokrovsk. Бои идут на окраинах Торецка.")


def test_scanner_keeps_the_lexicons_apart() -> None:
    # one pass over mixed text gives what a pass over each script's tokens alone gives
    from services.normalizer.extraction.extract import _SCANNER, _tokens

    lower = MIXED.lower()
    tokens = _tokens(MIXED)
    cyr = [t for t in tokens if "\u0400" <= MIXED[t[0]] <= "\u04ff"]
    latin = [t for t in tokens if t not in cyr]
    separate = sorted(_SCANNER.scan(MIXED, lower, latin) + _SCANNER.scan(MIXED, lower, cyr), key=lambda h: h[0])
    assert _SCANNER.scan(MIXED, lower, tokens) == separate
    assert separate  # the text does trigger cues in both scripts


def test_place_memos_change_nothing(gaz: Gazetteer) -> None:
    from services.normalizer.extraction.extract import _tokens
    from services.normalizer.extraction.places import find_mentions

    def mentions() -> list[tuple[int, int, str, tuple[int, ...], bool]]:
        found = find_mentions(MIXED, MIXED.lower(), _tokens(MIXED), gaz, set())
        return [(m.start, m.end, m.surface, tuple(m.candidates), m.unknown) for m in found]

    gaz.dead_tokens.clear()
    cold = mentions()
    assert gaz.dead_tokens  # the first pass remembered tokens that name no place
    assert mentions() == cold
