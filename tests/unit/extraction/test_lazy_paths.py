"""Start-up fast paths: lexicon specs compiled on first use, the tie-break memo; outputs stay the same."""

from __future__ import annotations

import re

from services.normalizer.extraction import Gazetteer, extract
from services.normalizer.extraction.places import _tie_break, _tie_break_uncached


def test_every_lexicon_spec_compiles() -> None:
    for lexicon in (extract._LEX_EN, extract._LEX_CYR):
        pending = [p for bucket in lexicon.exact.values() for p in bucket]
        pending += [p for by_len in lexicon.prefix.values() for bucket in by_len.values() for p in bucket]
        assert pending
        for p in pending:
            re.compile(p.body)


def test_tie_break_memo_equals_the_computation(gaz: Gazetteer) -> None:
    cands = list(dict.fromkeys(gaz.index["покровск"]))
    for surface in ("Покровске", "Покровского", "Покровськ", "Покровское"):
        first = _tie_break(gaz, cands, surface)
        assert first == _tie_break_uncached(gaz, cands, surface) == _tie_break(gaz, cands, surface)


def test_prebuilt_index_is_current_and_equals_a_fresh_build() -> None:
    import hashlib

    from services.normalizer.extraction import gazetteer as g

    prebuilt = g._load_index(g.INDEX_PATH, hashlib.sha256(g.DATA_PATH.read_bytes()).hexdigest())
    assert prebuilt is not None, "run services.normalizer.extraction.gazetteer.write_index() after a data rebuild"
    fresh = g._load(g.DATA_PATH)
    assert prebuilt.places == fresh.places and prebuilt.by_id == fresh.by_id and prebuilt.admin == fresh.admin
    assert list(prebuilt.index.items()) == list(fresh.index.items())
    assert list(prebuilt.loose.items()) == list(fresh.loose.items())
    assert (prebuilt.first_keys, prebuilt.prefixes, prebuilt.loose_prefixes) == (
        fresh.first_keys, fresh.prefixes, fresh.loose_prefixes)


def test_a_stale_prebuilt_index_is_ignored() -> None:
    from services.normalizer.extraction import gazetteer as g

    assert g._load_index(g.INDEX_PATH, "0" * 64) is None
