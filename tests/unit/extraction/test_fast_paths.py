"""The fast paths added for throughput give the same answers as the slow ones they shortcut."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import Document
from services.normalizer.extraction import Gazetteer, event_time, extract_claims
from services.normalizer.extraction.extract import _LEX_CYR, _LEX_EN, _Doc
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
    # same arity as the real word tuples: the compiled module checks the shape of what it reads
    relative = tuple((pattern, kind, ("",) * len(words)) for pattern, kind, words in event_time._RELATIVE)
    always = re.compile("")
    with patch.object(event_time, "_WEEKDAY_WORD", always), patch.object(event_time, "_DIGIT", always), \
            patch.object(event_time, "_RELATIVE_WORD", always), patch.object(event_time, "_RELATIVE", relative):
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


# ------------------------------------------------------------------ pre-checks added for the one-core target

SLOT_WORDS = ["village", "villages of", "town", "сел", "село", "н.п.", "н. п.", "населенного пункта", "captured",
              "near", "toward", "into eastern", "withdrew from", "бои за", "«", "\"", "'", "”", "of", "the", "said",
              ".", ",", "!", "—", "(", "5", "_", "x", "п.", "@", "#", "🚨"]
SLOT_GAPS = ["", " ", "  ", "\t", "\n", "\u00a0", ". ", ", "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SLOT_WORDS), st.sampled_from(SLOT_GAPS)), max_size=6),
       st.text(alphabet="aп.«' \t_5,", max_size=6))
def test_slot_precheck_never_hides_a_slot(parts: list[tuple[str, str]], tail: str) -> None:
    from services.normalizer.extraction.places import _CAPTURE_BEFORE, _PLACE_NOUN, _STRONG_SLOT, may_end_in_slot

    before = ("".join(w + g for w, g in parts) + tail)[-45:]
    if not may_end_in_slot(before):
        assert not any(p.search(before) for p in (_PLACE_NOUN, _CAPTURE_BEFORE, _STRONG_SLOT)), before


def test_slot_precheck_lets_the_slots_through() -> None:
    from services.normalizer.extraction.places import may_end_in_slot

    for before in ("the village of ", "в н.п. ", "captured \" ", "said on monday. ", "5 "):
        assert may_end_in_slot(before) is (before != "said on monday. ")
    assert not may_end_in_slot("") and not may_end_in_slot("captured")  # no space before the name: no slot


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aBcДдЁё #'’-.\n5ǅİ", max_size=60))
def test_start_tokens_equal_the_plain_loop(text: str) -> None:
    from services.normalizer.extraction.extract import _tokens
    from services.normalizer.extraction.places import start_tokens

    tokens = _tokens(text)
    plain = [j for j, (s, _) in enumerate(tokens) if text[s].isupper() or (s > 0 and text[s - 1] == "#")]
    assert start_tokens(text, tokens) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab '’.-5\n", max_size=80))
def test_tokens_without_the_cap_equal_the_capped(text: str) -> None:
    from itertools import islice

    from services.normalizer.extraction import extract
    from services.normalizer.extraction.gazetteer import TOKEN_RE

    capped = [m.span() for m in islice(TOKEN_RE.finditer(text), 3)]
    with patch.object(extract, "MAX_TOKENS", 3):
        assert extract._tokens(text) == capped


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .!?\n\t\u00a0\u2003«»\"A", max_size=80))
def test_sentence_trim_equals_the_character_loop(text: str) -> None:
    from services.normalizer.extraction.sentences import _push

    for start in range(0, len(text) + 1, 7):
        for end in range(start, len(text) + 1, 5):
            spans: list[tuple[int, int]] = []
            _push(text, start, end, spans)
            s, e = start, end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            assert spans == ([(s, e)] if e > s else [])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="fridaymonthweekyesterdaтижнсьогодні п'ʼ", max_size=40))
def test_event_time_word_gates_equal_substring_tests(low: str) -> None:
    assert (event_time._WEEKDAY_WORD.search(low) is not None) == any(w in low for w in event_time._WEEKDAY_WORDS)
    words = [w for _, _, ws in event_time._RELATIVE for w in ws]
    assert (event_time._RELATIVE_WORD.search(low) is not None) == any(w in low for w in words)


def _scan_every_entry_alike(text: str, lower: str, tokens: list[tuple[int, int]]) -> list[tuple[object, ...]]:
    """`Scanner.scan` without its gates and its one-entry shortcut: every entry of every word tried."""
    from services.normalizer.extraction.extract import _SCANNER

    hits: list[tuple[object, ...]] = []
    busy_until: dict[tuple[bool, str], int] = {}
    for s, e in tokens:
        word = lower[s:e]
        cyrillic = "\u0400" <= word[0] <= "\u04ff"
        entries = (_SCANNER.cyrillic if cyrillic else _SCANNER.latin).entries(word)
        best: dict[str, tuple[int, object]] = {}
        for entry in entries:
            m = entry.pattern.match(text if entry.case_sensitive else lower, s)
            if m is not None and (entry.kind not in best or m.end() > best[entry.kind][0]):
                best[entry.kind] = (m.end(), entry)
        for kind, (stop, found) in best.items():
            if busy_until.get((cyrillic, kind), -1) > s:
                continue
            busy_until[(cyrillic, kind)] = stop
            hits.append((s, stop, kind, found.value, found.flags))  # type: ignore[attr-defined]
    return hits


def test_scanner_shortcuts_change_nothing() -> None:
    from services.normalizer.extraction.extract import _SCANNER, _tokens

    texts = [MIXED, "Ukrainian forces repelled 14 Russian assaults near Pokrovsk, the General Staff said on Friday.",
             "«Минобороны: подразделения освободили н.п. Урожайное», — сообщил военкор. Kyiv denied the claim."]
    for text in texts:
        lower, tokens = text.lower(), _tokens(text)
        assert _SCANNER.scan(text, lower, tokens) == _scan_every_entry_alike(text, lower, tokens)


# ------------------------------------------------------------------ second round: regexes the engine can skip through

# The formulations these regexes had before they were rewritten for speed: the rewrites must find the same.
OLD_BOUNDARY = re.compile(r"[.!?…]+[\"'”»’)]*(?=\s+[\"'“«(‘]*[A-ZА-ЯІЇЄҐ0-9#@])|\n+")
OLD_NEGATION = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bno\s+longer|\bfailed\s+to|\bfail\s+to|\bnobody|\bno\s+one|\bне|\bні|\bнет|"
    r"\bникогда|\bніколи|\bніхто|\bникто)"
    r"\s+(?:(?:yet|been|have|has|had|be|officially|fully|completely|so\s+far|\w+ly|удалось|вдалося|змогли|"
    r"смогли|было|було)\s+){0,3}$")
OLD_PARTIAL = re.compile(r"\d+\s?%|\bhalf\b|\bpart(?:s)? of\b|\bmost of\b|\bmuch of\b|\bsome of\b|\bsections? of\b|"
                         r"\bdistricts?\b|\bneighbo(?:u)?rhoods?\b|\boutskirts\b|\bquarter of\b|\bblocks? of\b|"
                         r"\b(?:third|fifth)s?\s+of\b|\bpercent\b|\bper cent\b|"
                         r"половин\w*|част\w*|окраин\w*|околиц\w*|район\w* (?:міста|города)|"
                         r"трет\w*|квартал\w*|\bcent(?:re|er)\s+of\b|\b(?:city|town)\s+cent(?:re|er)\b")
OLD_CLAUSE_BREAK = re.compile(r";|—|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\bоднак\w*|\bале\b|\bно\b|\bпроте\b|"
                              r"\bа\s")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".!?…\n \"'”»’)“«(‘AаZ0#@x\t", max_size=30))
def test_sentence_boundary_rewrite_finds_the_same_spans(text: str) -> None:
    from services.normalizer.extraction.sentences import _BOUNDARY

    assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in OLD_BOUNDARY.finditer(text)]


CUE_WORDS = ["not", "n't", "never", "no longer", "failed to", "fail to", "не", "ні", "нет", "никогда", "ніколи", "yet",
             "been", "fully", "quickly", "удалось", "so far", "half", "part of", "parts of", "most of", "percent",
             "per cent", "30%", "5 %", "centre of", "town center", "thirds of", "половину", "частину", "района міста",
             "nobody", "no one", "ніхто", "but", "while", "however", "однако", "але", "но", "проте", "а ", ";",
             "—", "x", "the", "captured", "nota"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=7), st.sampled_from(["", " ", "  ", "-", "x"]),
       st.integers(min_value=0, max_value=6))
def test_window_regex_rewrites_find_the_same(words: list[str], tail: str, cut: int) -> None:
    from services.normalizer.extraction.extract import _CLAUSE_BREAK, _PARTIAL
    from services.normalizer.extraction.modality import _NEGATION

    text = " ".join(words) + tail
    for pos in range(min(cut, len(text)) + 1):
        assert (_NEGATION.search(text, pos) is None) == (OLD_NEGATION.search(text, pos) is None)
        assert (_PARTIAL.search(text, pos) is None) == (OLD_PARTIAL.search(text, pos) is None)
        assert (_CLAUSE_BREAK.search(text, pos) is None) == (OLD_CLAUSE_BREAK.search(text, pos) is None)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["native", "natives of", "born in", "grew up", "hails from", "hail", "33-year-old",
                                 "evacuated the", "evacuees", "to", "in", "уродженець", "уроженец", "родом из",
                                 "евакуйовано", "эвакуированы", "born", "grew", "живёт", "живет", "живе", "живут",
                                 "живуть", "живый", "проживает", "lives", "olives", "with", "her", "son", "x"]),
                max_size=7), st.sampled_from(["", " ", "\n"]))
def test_people_gate_equals_its_regex(words: list[str], tail: str) -> None:
    from services.normalizer.extraction.places import _PEOPLE_GATE, _people_gate

    text = " ".join(words) + tail
    assert _people_gate(text) == (_PEOPLE_GATE.search(text) is not None)


def test_people_gate_equals_its_regex_on_every_labelled_text() -> None:
    from services.normalizer.extraction.places import _PEOPLE_GATE, _people_gate

    data = Path(__file__).resolve().parents[2] / "data" / "extraction_heldout"
    texts = [json.loads(line)["doc"]["text"].lower() for path in sorted(data.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 900
    assert sum(_people_gate(t) for t in texts) > 20  # the gate does open on these texts
    assert [_people_gate(t) for t in texts] == [_PEOPLE_GATE.search(t) is not None for t in texts]


def test_lower_casing_keeps_every_character_class() -> None:
    # `_tokens_and_words` tokenises the lower-cased text: each character must stay a letter, an apostrophe or neither
    letter, apostrophe = re.compile(r"[^\W\d_]"), re.compile(r"['’ʼ`]")
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        lowered = ch.lower()
        for low in ([lowered] if len(lowered) == 1 else [ch]) + (["ς"] if ch == "Σ" else []):
            assert (letter.match(ch) is None) == (letter.match(low) is None), hex(cp)
            assert (apostrophe.match(ch) is None) == (apostrophe.match(low) is None), hex(cp)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aBcДдЁё #'’ʼ`-.\n5_ǅİΣẞ", max_size=60))
def test_tokens_and_words_equal_tokens_and_slices(text: str) -> None:
    from services.normalizer.extraction.extract import _safe_lower, _tokens, _tokens_and_words

    lower = _safe_lower(text)
    tokens = _tokens(text)
    assert _tokens_and_words(lower) == (tokens, [lower[s:e] for s, e in tokens])


def test_gazetteer_cache_round_trip_and_staleness(tmp_path: object, gaz: Gazetteer) -> None:
    from pathlib import Path

    from services.normalizer.extraction import gazetteer as g

    assert isinstance(tmp_path, Path)
    path = tmp_path / "gazetteer.cache"
    assert g._load_cache(path, "a" * 64) is None  # missing
    g._write_cache(path, gaz, "a" * 64)
    cached = g._load_cache(path, "a" * 64)
    assert cached is not None
    assert cached.places == gaz.places and cached.by_id == gaz.by_id and cached.admin == gaz.admin
    assert list(cached.index.items()) == list(gaz.index.items())
    assert list(cached.loose.items()) == list(gaz.loose.items())
    assert (cached.first_keys, cached.prefixes, cached.loose_prefixes) == (
        gaz.first_keys, gaz.prefixes, gaz.loose_prefixes)
    assert g._load_cache(path, "b" * 64) is None  # built from another data file
    path.write_bytes(b"\x00garbage")
    assert g._load_cache(path, "a" * 64) is None  # unreadable
    g._write_cache(tmp_path / "missing-dir" / "gazetteer.cache", gaz, "a" * 64)  # unwritable: no error


def test_documents_without_a_claim_cue_skip_nothing_that_matters(gaz: Gazetteer) -> None:
    # `extract_claims` stops after the cue scan when no predicate or denial cue is found: over every labelled
    # document it skips, the whole analysis finds no claim either
    skipped = 0
    for path in sorted(Path("tests/data/extraction_heldout").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            document = Document.model_validate(json.loads(line)["doc"])
            if _Doc(document, gaz).analyse():
                continue
            skipped += 1
            full = _Doc(document, gaz)
            assert full.analyse(gate=False)
            assert full.claims(full.run()) == [], document.doc_id
            assert extract_claims(document, gaz) == []
    assert skipped >= 100  # the claimless strike, aid and diplomacy stories of fifty sets, and more
