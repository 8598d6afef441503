"""How surely a claim is put: conditional, future, historical, denied, or plain (asserted/reported)."""

from __future__ import annotations

import re
from datetime import datetime

from .lexicon import Hit

# (the words share one leading \b: the engine then skips most positions at once, five times faster)
_NEGATION = re.compile(
    r"(?:\b(?:not|never|no\s+longer|failed\s+to|fail\s+to|nobody|no\s+one|не|ні|нет|никогда|ніколи|ніхто|никто|жодн(?:ого|е|ий|их|а|ої)|никак(?:ого|ой|их))|n['’]t)"
    r"\s+(?:(?:yet|been|have|has|had|be|officially|fully|completely|so\s+far|\w+ly|удалось|вдалося|змогли|"
    r"смогли|было|було)\s+){0,3}[\"«“„]?$")
# "in May 2023", "in early September 2022", "in the autumn of 2022", "on Nov. 10, 2022"
_YEAR = re.compile(r"\b(?:in|since|back in|on|by|в|у|з|летом|зимой|весной|осенью|влітку|улітку|взимку|навесні|"
                   r"восени)\s+"
                   r"(?:(?:the|early|late|mid|[a-zа-яіїє]+\.?|\d{1,2},?)[\s-]+){0,3}"
                   r"(?:of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


# "18 февраля 2015 года", "18 лютого 2015 року": a Russian/Ukrainian day-month-year date needs no preposition
_DMY = re.compile(r"\b\d{1,2}\s+[а-яіїє]{3,}\s+((?:19|20)\d\d)\s*(?:год|рок|г\.|р\.)", re.IGNORECASE)
# "captured X ..., since its troops entered it last year": a time word inside a later clause dates that clause
_CLAUSE = re.compile(r"\b(?:since|after|when|while|before|until)\s+(?:its|their|the|his|her|it|they|russian|"
                     r"ukrainian|moscow|kyiv)\b")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = re.compile(r"\b(?:in|since|back in|by|until)\s+(?:(?:early|late|mid)[\s-]*)?"
                    r"(january|february|march|april|may|june|july|august|september|"
                    r"october|november|december)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r",?\s+(\d{4})")
# "seized in the spring", "влітку 2025 року", "весной": a season of the publication year (or of no year)
_SEASON = re.compile(r"\b(?:in\s+(?:the\s+)?(?:(?:early|late)\s+)?(spring|summer|autumn)(?:\s+of)?"
                     r"|(весной|весною|навесні|летом|влітку|улітку|осенью|восени))\b", re.IGNORECASE)
_SEASON_WORDS = ("pring", "ummer", "utumn", "есной", "есною", "весні", "етом", "літку", "сенью", "осени")  # gate
_SEASON_MID = {"spring": 4, "summer": 7, "autumn": 10, "весной": 4, "весною": 4, "навесні": 4, "летом": 7,
               "влітку": 7, "улітку": 7, "осенью": 10, "восени": 10}


def negated_before(lower: str, cue_start: int) -> bool:
    """True when the words just before a predicate cue negate it ("have not captured", "не взяли")."""
    return bool(_NEGATION.search(lower[max(0, cue_start - 40):cue_start]))


def past_years(unit_text: str, published_at: datetime) -> list[int]:
    """Offsets of dates settled in the past: a year before publication ("in May 2023" in a 2025 text), or
    a month at least two months before it in the same year ("captured in February" in an August text)."""
    out: list[int] = []
    if "19" in unit_text or "20" in unit_text:  # every year `_YEAR` takes begins so; most sentences have none
        out = [m.start() for m in _YEAR.finditer(unit_text) if int(m.group(1)) < published_at.year]
        out += [m.start() for m in _DMY.finditer(unit_text) if int(m.group(1)) < published_at.year]
    for m in _MONTH.finditer(unit_text):
        month = _MONTHS.index(m.group(1).lower()[:3]) + 1
        year = _YEAR_AFTER.match(unit_text, m.end())
        # "By mid-March 2025" in a November 2025 text: a month of the publication year counts like a bare month
        if published_at.month - month >= 2 and (year is None or int(year.group(1)) == published_at.year):
            out.append(m.start())
    if not any(w in unit_text for w in _SEASON_WORDS):
        return sorted(out)
    for m in _SEASON.finditer(unit_text):
        # a season whose middle month is two or more months before publication, in the same year
        month = _SEASON_MID[(m.group(1) or m.group(2)).lower()]
        year = _YEAR_AFTER.match(unit_text, m.end())
        if published_at.month - month >= 2 and (year is None or int(year.group(1)) == published_at.year):
            out.append(m.start())
    return sorted(out)


def marker_modality(markers: list[Hit], cue_start: int, cue_end: int, unit_text: str,
                    published_at: datetime) -> str | None:
    """Conditional / future / historical from the unit's markers, scoped to the cue; None if plain."""
    for hit in markers:
        near = "near" in hit.flags
        before = hit.end <= cue_start
        if hit.kind == "cond":
            if near and before and cue_start - hit.end <= 40:
                return "conditional"
            if not near and (before or hit.start - cue_end <= 40):
                return "conditional"
    for hit in markers:
        before = hit.end <= cue_start
        if hit.kind == "future":
            if "once" in hit.flags and before and cue_start - hit.end <= 40:
                return "future"
            if "near" in hit.flags and "once" not in hit.flags and before and cue_start - hit.end <= 40:
                return "future"
            if "after" in hit.flags and hit.start >= cue_end and hit.start - cue_end <= 40:
                return "future"  # "освободить X планируется", "to take X is planned": the plan after its infinitive
    for hit in markers:
        if hit.kind == "hist" and ("near" not in hit.flags or abs(hit.start - cue_start) <= 40):
            if hit.start >= cue_end and _CLAUSE.search(unit_text.lower(), cue_end, hit.start):
                continue
            return "historical"
    return None
