"""Resolve relative time cues ("Friday", "late Thursday", "on Jan. 6", "last month") against publication time."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from .regex_cache import compile_re

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
    "субботу": 5, "суббота": 5, "воскресенье": 6, "понеділок": 0, "понеділка": 0, "вівторок": 1,
    "середу": 2, "середа": 2, "четвер": 3, "пʼятницю": 4, "п'ятницю": 4, "п’ятницю": 4, "пятницю": 4,
    "суботу": 5, "субота": 5, "неділю": 6, "неділя": 6,
}
_WEEKDAY_WORDS = tuple(sorted({w.split("'")[-1].split("’")[-1].split("ʼ")[-1] for w in _WEEKDAYS}))
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12, "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12, "січ": 1, "лют": 2, "берез": 3,
    "квіт": 4, "травн": 5, "черв": 6, "лип": 7, "серп": 8, "верес": 9, "жовт": 10, "листопад": 11,
    "груд": 12,
}
_PART = {"early": (0, 12), "morning": (6, 12), "afternoon": (12, 18), "late": (18, 24), "evening": (18, 24),
         "night": (18, 24), "утром": (6, 12), "вечером": (18, 24), "вранці": (6, 12), "ввечері": (18, 24)}
_WEEKDAY_RE = compile_re(
    r"\b(?:(early|late)\s+)?(" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")"
    r"(?:\s+(morning|afternoon|evening|night))?\b", re.IGNORECASE)
_EN_DATE_RE = compile_re(
    r"\b(?:on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(\d{4}))?\b|\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{4}))?\b",
    re.IGNORECASE)
_CYR_DATE_RE = compile_re(r"\b(\d{1,2})\s+([а-яіїє]+)(?:\s+(\d{4}))?", re.IGNORECASE)
# (pattern, kind, words one of which the lower-cased sentence must contain: a cheap pre-check)
_RELATIVE = (
    (compile_re(r"\b(?:last|past) month\b|\bв прошлом месяце\b|\bминулого місяця\b", re.I), "last_month",
     ("month", "месяц", "місяц")),
    (compile_re(r"\bthis month\b|\bв этом месяце\b|\bцього місяця\b", re.I), "this_month",
     ("month", "месяц", "місяц")),
    (compile_re(r"\b(?:last|past) week\b|\bна прошлой неделе\b|\bминулого тижня\b", re.I), "last_week",
     ("week", "недел", "тижн")),
    (compile_re(r"\bthis week\b|\bна этой неделе\b|\bза неделю\b|\bза тиждень\b|\bцього тижня\b", re.I),
     "this_week", ("week", "недел", "тижд", "тижн")),
    (compile_re(r"\blast year\b|\bв прошлом году\b|\bминулого року\b|\bторік\b", re.I), "last_year",
     ("year", "году", "року", "торік")),
    (compile_re(r"\byesterday\b|\bвчера\b|\bвчора\b", re.I), "yesterday", ("yesterday", "вчера", "вчора")),
    (compile_re(r"\btoday\b|\bсегодня\b|\bсьогодні\b|\bза сутки\b|\bза добу\b", re.I), "today",
     ("today", "сегодня", "сьогодні", "сутки", "добу")),
    (compile_re(r"\bovernight\b|\blast night\b|\bэтой ночью\b|\bцієї ночі\b|\bминулої ночі\b", re.I), "overnight",
     ("night", "ночью", "ночі")),
)
_DIGIT = compile_re(r"\d")
# one search instead of a Python loop over the words (most sentences have none): a word occurs as a substring
_WEEKDAY_WORD = compile_re("|".join(map(re.escape, _WEEKDAY_WORDS)))
_RELATIVE_WORD = compile_re("|".join(re.escape(w) for _, _, words in _RELATIVE for w in words))


def _day(d: date, hours: tuple[int, int] = (0, 24)) -> tuple[datetime, datetime]:
    start = datetime.combine(d, time(0), tzinfo=UTC) + timedelta(hours=hours[0])
    end = datetime.combine(d, time(0), tzinfo=UTC) + timedelta(hours=hours[1])
    return start, end


def _month(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1, tzinfo=UTC)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
    return start, end


def resolve(sentence: str, published_at: datetime) -> tuple[datetime, datetime] | None:
    """The interval a sentence's time cue points at, or None when it has no cue."""
    pub = published_at.astimezone(UTC)
    today = pub.date()
    low = sentence.lower()
    m = _WEEKDAY_RE.search(sentence) if _WEEKDAY_WORD.search(low) is not None else None
    if m:
        target = _WEEKDAYS[m.group(2).lower()]
        back = (today.weekday() - target) % 7
        part = (m.group(1) or m.group(3) or "").lower()
        return _day(today - timedelta(days=back), _PART.get(part, (0, 24)))
    has_digit = _DIGIT.search(sentence) is not None
    m = _EN_DATE_RE.search(sentence) if has_digit else None
    if m:
        mon = _MONTHS[(m.group(1) or m.group(5)).lower()[:3]]
        day = int(m.group(2) or m.group(4))
        year_text = m.group(3) or m.group(6)
        return _dated(today, mon, day, year_text)
    for m in _CYR_DATE_RE.finditer(sentence) if has_digit else ():
        word = m.group(2).lower()
        for stem, mon in _MONTHS.items():
            if len(stem) > 2 and word.startswith(stem):
                return _dated(today, mon, int(m.group(1)), m.group(3))
    if _RELATIVE_WORD.search(low) is None:
        return None
    for pattern, kind, words in _RELATIVE:
        if any(w in low for w in words) and pattern.search(sentence):
            return _relative(kind, pub)
    return None


def _dated(today: date, month: int, day: int, year_text: str | None) -> tuple[datetime, datetime] | None:
    year = int(year_text) if year_text else today.year
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if not year_text and d > today + timedelta(days=1):
        try:
            d = date(year - 1, month, day)
        except ValueError:
            return None
    return _day(d)


def _relative(kind: str, pub: datetime) -> tuple[datetime, datetime]:
    today = pub.date()
    if kind == "last_month":
        first = today.replace(day=1) - timedelta(days=1)
        return _month(first.year, first.month)
    if kind == "this_month":
        return datetime(today.year, today.month, 1, tzinfo=UTC), pub
    if kind == "last_week":
        monday = today - timedelta(days=today.weekday() + 7)
        return _day(monday)[0], _day(monday + timedelta(days=6))[1]
    if kind == "this_week":
        monday = today - timedelta(days=today.weekday())
        return _day(monday)[0], max(pub, _day(monday)[0])
    if kind == "last_year":
        return datetime(today.year - 1, 1, 1, tzinfo=UTC), datetime(today.year, 1, 1, tzinfo=UTC)
    if kind == "yesterday":
        return _day(today - timedelta(days=1))
    if kind == "overnight":
        return pub - timedelta(hours=18), pub
    return _day(today)
