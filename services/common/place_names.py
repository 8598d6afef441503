"""How a place is named to people: its GeoNames name and, where it has one, its other common name."""

from __future__ import annotations

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
