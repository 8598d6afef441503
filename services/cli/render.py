"""Readable rendering of status changes for terminals."""

from __future__ import annotations

from schemas.models import StatusChange

_RU_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
})


def other_name(name: str, aliases: list[str]) -> str | None:
    """The place's other common name, e.g. the Russian form Dzerzhinsk for Toretsk, if it has one.

    Taken as the Latin alias that is the plain transliteration of one of its Cyrillic aliases, so that
    German or French exonyms in GeoNames are never shown.
    """
    latin = {a.casefold(): a for a in aliases if a.isascii()}
    for alias in aliases:
        if alias.isascii():
            continue
        key = alias.casefold().translate(_RU_LATIN)
        if key in latin and key != name.casefold():
            return latin[key]
    return None


def place_label(change: StatusChange) -> str:
    place = change.place
    other = other_name(place.name, place.aliases)
    label = f"{place.name} ({other})" if other else place.name
    return f"{label}, {place.admin_area}" if place.admin_area else label


def render_change(change: StatusChange) -> str:
    """Two lines: what changed for which place, then why."""
    when = change.at.strftime("%Y-%m-%d %H:%MZ")
    silent = "" if change.alert else " [silent backfill]"
    head = (
        f"{when}  {place_label(change)}: {change.previous.label()} → {change.current.label()}"
        f"  ({change.change_type.value}; confidence {change.confidence:.2f}; "
        f"{change.independent_sources} independent source{'s' if change.independent_sources != 1 else ''})"
        f"{silent}"
    )
    return f"{head}\n    {change.explanation}"


def matches_place(change: StatusChange, wanted: str) -> bool:
    """True when `wanted` names the place: its id, name or any alias, case-insensitively."""
    needle = wanted.casefold().strip()
    names = [change.place.place_id, change.place.name, *change.place.aliases]
    return any(n.casefold() == needle for n in names)
