"""Sentence splitting with character offsets, bounded in work."""

from __future__ import annotations

from .regex_cache import compile_re

MAX_SENTENCES = 400
# No real sentence is longer; a longer run (a list without full stops, junk) is cut at whitespace so that
# the per-sentence pairing of places and cues stays bounded.
MAX_SENTENCE_CHARS = 1_500
_ABBREV = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col",
    "maj", "capt", "sgt", "brig", "adm", "cpl", "pvt", "mr", "mrs", "ms", "dr", "st", "no", "vs", "u.s", "e.g", "i.e",
    "etc", "approx", "gov", "sen",
    "г", "гг", "ул", "им", "обл", "р", "с", "н.п", "пгт", "смт", "т.е", "т.д", "км", "тыс", "млн", "ст",
})
# A full stop (!, ?, …) before whitespace and a capital (or a flag emoji opening a post's next line: ". 🇺🇦 Kharkiv
# grouping says …"), or a run of newlines. Written to begin with one character
# class so that the regex engine skips to candidate characters instead of trying the pattern at every position
# (five times faster); it matches exactly what `[.!?…]+[quotes]*(?=\s+[quotes]*[A-Z…])|\n+` does.
_BOUNDARY = compile_re(r"[.!?…\n](?:(?<=\n)\n*|(?<=[.!?…])[.!?…]*[\"'”»’)]*"
                       r"(?=\s+[\"'“«(‘]*[A-ZА-ЯІЇЄҐ0-9#@\U0001F1E6-\U0001F1FF]))")


def split_sentences(text: str, limit: int = MAX_SENTENCES) -> list[tuple[int, int]]:
    """`(start, end)` offsets of the sentences of `text`, whitespace trimmed, at most `limit` of them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        at, after = m.span()
        mark = text[at]
        if mark == ".":
            space = text.rfind(" ", start, at)
            word_start = space + 1 if space >= 0 else start  # "MAJ." opening a paragraph is a word too
            word = text[word_start:at].lower().lstrip("(\"'“«")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        _push(text, start, after if mark != "\n" else at, spans)
        start = after
        if len(spans) >= limit:
            return spans
    _push(text, start, len(text), spans)
    return spans[:limit]


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # trim whitespace (str.strip's whitespace is str.isspace's) with C loops rather than Python ones
    piece = text[start:end]
    trimmed = piece.lstrip()
    start += len(piece) - len(trimmed)
    end = start + len(trimmed.rstrip())
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
