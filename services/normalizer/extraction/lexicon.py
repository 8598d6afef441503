"""Token-triggered phrase lexicons: one tokenisation pass, then dict look-ups instead of big regexes.

A spec is `(pattern, kind, value, flags)`. The pattern starts with a literal trigger word (`capt*`
ends in `*` for a prefix); the rest is a regular expression checked at the trigger's position in the
lower-cased text. Flags are free-form strings read by the analyzer (`attack`, `hist`, `side=RU`, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat, starmap
from typing import NamedTuple

from .regex_cache import compile_re

Spec = tuple[str, str, str, str]
_TRIGGER = compile_re(r"([^\W\d_]+)(\*)?")
_LEADING_GROUP = compile_re(r"^\(\?:([^()]*)\)(.*)$")
_CACHE_LIMIT = 200_000  # distinct tokens remembered before the memo starts afresh
_NO_GATE = compile_re("(?!)")  # marker: the word's gate is not built yet
_UNSEEN = object()  # marker: a word not looked up yet


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    value: str
    flags: frozenset[str]
    pattern: re.Pattern[str]
    case_sensitive: bool


@dataclass(frozen=True, slots=True)
class _Pending:
    """A spec not compiled yet."""

    kind: str
    value: str
    flags: frozenset[str]
    body: str
    case_sensitive: bool


class Hit(NamedTuple):
    """A lexicon match: `[start, end)` in the analysed text (a tuple: built by the thousand per document)."""

    start: int
    end: int
    kind: str
    value: str
    flags: frozenset[str]

    def flag(self, prefix: str) -> str | None:
        """Value of a `prefix=value` flag, if present."""
        for f in self.flags:
            if f.startswith(prefix + "="):
                return f.split("=", 1)[1]
        return None


_OPTIONAL_LAST = compile_re(r"^([^\W\d_]+)([^\W\d_])\?(?=[\s(]|$)")


def _expand(pattern: str) -> list[str]:
    """`(?:a|b) rest` → [`a rest`, `b rest`] so that every spec starts with a literal trigger; a trigger whose last
    letter is optional (`claims? to`) → [`claim to`, `claims to`] (a prefix look-up would miss the shorter word)."""
    m = _LEADING_GROUP.match(pattern)
    alternatives = [pattern] if m is None else [alt + m.group(2) for alt in m.group(1).split("|")]
    out: list[str] = []
    for alt in alternatives:
        opt = _OPTIONAL_LAST.match(alt)
        if opt is None:
            out.append(alt)
        else:
            rest = alt[opt.end():]
            out += [opt.group(1) + rest, opt.group(1) + opt.group(2) + rest]
    return out


def _top_level_bar(regex: str) -> bool:
    """A "|" outside every group and character class."""
    depth = 0
    escaped = in_class = False
    for ch in regex:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


class Lexicon:
    """A set of phrase specs indexed by their trigger word."""

    def __init__(self, specs: Iterable[Spec]) -> None:
        self.exact: dict[str, list[_Pending]] = {}
        self.prefix: dict[int, dict[str, list[_Pending]]] = {}
        self._compiled: dict[int, Entry] = {}
        for pattern, kind, value, flags in specs:
            for alternative in _expand(pattern):
                self._add(alternative, kind, value, flags)
        self.prefix_lengths = sorted(self.prefix)
        self._cache: dict[str, tuple[Entry, ...]] = {}
        # per trigger word: one alternation of all its (case-insensitive) patterns, tried before each of them
        self._gates: dict[str, re.Pattern[str] | None] = {}

    def _add(self, pattern: str, kind: str, value: str, flags: str) -> None:
        flag_set = frozenset(f for f in flags.split() if f)
        cs = "cs" in flag_set
        m = _TRIGGER.match(pattern)
        if m is None:
            raise ValueError(f"spec must start with a word: {pattern!r}")
        trigger, star = m.group(1), m.group(2)
        rest = pattern[m.end():]
        if _top_level_bar(rest):
            # "a b|c d": the second branch would never start at the trigger word, so it would never match
            raise ValueError(f"spec has a top-level alternative after its trigger: {pattern!r}")
        if rest and not star and not rest[0].isspace():
            star = "prefix"  # the regex goes on inside the first word: look it up by prefix
        literal = trigger if cs else trigger.lower()
        body = re.escape(literal) + (r"[^\W_]*" if star == "*" else "") + rest + r"(?![^\W_])"
        # compiled on the first token that triggers it: most specs never fire in a short run (start-up time)
        entry = _Pending(kind, value, flag_set, body, cs)
        key = trigger.lower()
        if star:
            self.prefix.setdefault(len(key), {}).setdefault(key, []).append(entry)
        else:
            self.exact.setdefault(key, []).append(entry)

    def entries(self, token_lower: str) -> tuple[Entry, ...]:
        """Entries triggered by one lower-cased token (memoised: the same words recur in every text)."""
        cached = self._cache.get(token_lower)
        if cached is not None:
            return cached
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
            self._gates.clear()
        found = self._lookup(token_lower)
        self._cache[token_lower] = found
        return found

    def _lookup(self, token_lower: str) -> tuple[Entry, ...]:
        found = list(self.exact.get(token_lower, ()))
        for length in self.prefix_lengths:
            if length > len(token_lower):
                break
            bucket = self.prefix[length].get(token_lower[:length])
            if bucket:
                found.extend(bucket)
        return tuple(self._entry(p) for p in found)

    def _entry(self, pending: _Pending) -> Entry:
        entry = self._compiled.get(id(pending))
        if entry is None:
            entry = Entry(pending.kind, pending.value, pending.flags, compile_re(pending.body), pending.case_sensitive)
            self._compiled[id(pending)] = entry
        return entry

    def _gate(self, word: str, entries: tuple[Entry, ...]) -> re.Pattern[str] | None:
        gate: re.Pattern[str] | None = None
        if len(entries) > 1 and not any(e.case_sensitive for e in entries):
            try:
                gate = compile_re("|".join(f"(?:{e.pattern.pattern})" for e in entries))
            except re.error:
                gate = None
        self._gates[word] = gate
        return gate

    def gate(self, word: str, entries: tuple[Entry, ...]) -> re.Pattern[str] | None:
        """The word's alternation of all its phrases (None: try each), built on first use."""
        gate = self._gates.get(word, _NO_GATE)
        if gate is _NO_GATE:
            gate = self._gate(word, entries)
        return gate


# What one lower-cased word triggers: its entries, the gate of its phrases (None: try each) and its script.
_Plan = tuple[tuple[Entry, ...], re.Pattern[str] | None, bool]
# A hit before it is placed in its sentence: (start, end, kind, value, flags).
RawHit = tuple[int, int, str, str, frozenset[str]]


class Scanner:
    """Two lexicons in one pass over the tokens: Latin-initial tokens use `latin`, Cyrillic-initial `cyrillic`."""

    def __init__(self, latin: Lexicon, cyrillic: Lexicon) -> None:
        self.latin = latin
        self.cyrillic = cyrillic
        # lower-cased word → its plan, None when it triggers nothing: the same words recur in every text
        self._plans: dict[str, _Plan | None] = {}

    def _plan(self, word: str) -> _Plan | None:
        if len(self._plans) >= _CACHE_LIMIT:
            self._plans.clear()
        cyrillic = "\u0400" <= word[0] <= "\u04ff"
        lexicon = self.cyrillic if cyrillic else self.latin
        entries = lexicon.entries(word)
        plan = (entries, lexicon.gate(word, entries) if len(entries) > 1 else None, cyrillic) if entries else None
        self._plans[word] = plan
        return plan

    def scan(self, text: str, lower: str, tokens: Sequence[tuple[int, int]],
             words: list[str] | None = None) -> list[RawHit]:
        """All hits in token order, longest first at each token; overlapping hits of one kind (per lexicon) keep
        the earliest-longest. `words`, when given, are the tokens' lower-case text."""
        if words is None:
            words = list(map(lower.__getitem__, starmap(slice, tokens)))
        plans = list(map(self._plans.get, words, repeat(_UNSEEN)))
        if _UNSEEN in plans:  # words not met before
            plan_of = self._plan
            plans = [p if p is not _UNSEEN else plan_of(w) for p, w in zip(plans, words, strict=True)]
        hits: list[RawHit] = []
        busy_until: dict[tuple[bool, str], int] = {}
        # only the tokens that trigger something (about a quarter of them) are visited
        for i in compress(range(len(words)), plans):
            plan: _Plan = plans[i]  # type: ignore[assignment]
            entries, gate, cyrillic = plan
            start = tokens[i][0]
            if gate is not None and gate.match(lower, start) is None:
                continue  # none of the word's phrases goes on here ("the", "в" before an ordinary word)
            if len(entries) == 1:  # the common case, without the per-kind bookkeeping below
                entry = entries[0]
                m = entry.pattern.match(text if entry.case_sensitive else lower, start)
                if m is None:
                    continue
                busy = (cyrillic, entry.kind)
                if busy_until.get(busy, -1) > start:
                    continue
                busy_until[busy] = stop = m.end()
                hits.append((start, stop, entry.kind, entry.value, entry.flags))
                continue
            best: dict[str, tuple[int, Entry]] = {}
            for entry in entries:
                m = entry.pattern.match(text if entry.case_sensitive else lower, start)
                if m is None:
                    continue
                current = best.get(entry.kind)
                if current is None or m.end() > current[0]:
                    best[entry.kind] = (m.end(), entry)
            for kind, (stop, entry) in best.items():
                busy = (cyrillic, kind)
                if busy_until.get(busy, -1) > start:
                    continue
                busy_until[busy] = stop
                hits.append((start, stop, kind, entry.value, entry.flags))
        return hits
