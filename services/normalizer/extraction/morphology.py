"""A suffix model of Russian and Ukrainian noun and adjective inflection for place names.

Place names inflect ("Авдеевки", "у Вовчанську", "Великої Новосілки"); both the gazetteer alias and
the text token are reduced to the same stem key by stripping one inflectional ending, so any case
form meets the nominative. Alternations the suffix model cannot see (Харків/Харкова) are caught
because the gazetteer also carries the Russian form (Харьков → харков).
"""

from __future__ import annotations

from functools import lru_cache

from .transliteration import APOSTROPHES

_FOLD = str.maketrans({"ё": "е", "є": "е", "ї": "і", "ґ": "г", "ь": None, "ъ": None,
                       **{ap: None for ap in APOSTROPHES}})
# Longest first. Covers noun and adjective case endings of both languages.
_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        {
            "ого", "его", "ому", "ему", "ими", "ыми", "ами", "ями", "ові", "еві",
            "ах", "ях", "ам", "ям", "ой", "ей", "ий", "ый", "ій", "ая", "яя", "ое", "ее", "ие", "ые",
            "ых", "их", "ым", "им", "ую", "юю", "ою", "ею", "ої", "еї", "ом", "ем", "ім", "а", "я", "у",
            "ю", "е", "є", "и", "ы", "і", "о",
        },
        key=len,
        reverse=True,
    )
)
_ENDINGS = tuple(sorted({e.translate(_FOLD) for e in _ENDINGS}, key=len, reverse=True))
# Which text endings can inflect which dictionary-form endings (Вовчанськ → Вовчанську, not Вовчанське).
_COMPATIBLE: dict[str, frozenset[str]] = {
    "": frozenset({"а", "у", "е", "ом", "і", "ові", "ем", "и"}),
    # "Ярова" → "у Яровій", "Ярової": a feminine adjective-shaped name takes adjective endings in Ukrainian
    "а": frozenset({"и", "і", "у", "ю", "е", "ой", "ою", "ей", "ы", "ій", "оі"}),  # "оі": "ої" folded
    "я": frozenset({"и", "і", "ю", "е", "ей", "ею"}),
    # a plural name (Ставки, Піски): genitive "Ставків"/"Ставков", locative "Ставках", dative, instrumental
    "и": frozenset({"ів", "ов", "ах", "ам", "ами"}),
    "ое": frozenset({"ого", "ому", "ом", "ым"}),
    "ее": frozenset({"его", "ему", "ем"}),
    "е": frozenset({"ого", "ому", "ім", "им"}),
    # a Russian name in -ино/-ово declined as an adjective in Ukrainian text ("Тьоткіно" → "біля Тьоткіного")
    "о": frozenset({"ого", "ому", "ім"}),
    "ий": frozenset({"ого", "ому", "ом", "ім", "им"}),
    "ый": frozenset({"ого", "ому", "ом", "ым"}),
    "ая": frozenset({"ой", "ую", "ою"}),
}


def fold(token: str) -> str:
    """Lower case with ё/є/ї/ґ folded and soft signs and apostrophes dropped."""
    return token.lower().translate(_FOLD)


def inflection_score(alias: str, surface: str) -> int:
    """0 when `surface` is `alias` itself, 1 when its ending can inflect the alias's, 3 otherwise."""
    a, s = fold(alias), fold(surface)
    if a == s:
        return 0
    if len(a) > 4 and a.endswith(("ске", "цке", "зке")) and s == a[:-1] + "ое":
        return 0  # "Приморское": the Russian form of the Ukrainian neuter name Приморське, the name itself
    if len(a) > 4 and a.endswith(("ске", "цке", "зке")) and s.startswith(a[:-1]) and s[len(a) - 1:] in ("ого", "ому",
                                                                                                      "ом"):
        return 1  # "в Приморском", "у Приморского": the Russian neuter's oblique cases of a Ukrainian name in -ське
    stem = cyrillic_key(alias)
    if not (a.startswith(stem) and s.startswith(stem)):
        return 3
    a_end, s_end = a[len(stem):], s[len(stem):]
    return 1 if s_end in _COMPATIBLE.get(a_end, frozenset()) else 3


@lru_cache(maxsize=131072)
def cyrillic_key(token: str, min_stem: int = 3) -> str:
    """Stem key of one Cyrillic token: lower case, soft signs and apostrophes dropped, one ending off."""
    low = token.lower().translate(_FOLD)
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= min_stem:
            return low[: -len(ending)]
    return low


_NOMINATIVE_RULES: tuple[tuple[str, str], ...] = (
    # (inflected ending, nominative ending) for the common place-name shapes.
    # a surname-shaped name in -ченко/-щенко declines as a masculine noun ("поблизу Шевченка", "в Шевченку",
    # "Кравченком" → Шевченко, Кравченко); before the feminine -ка rules
    ("ченка", "ченко"), ("ченку", "ченко"), ("ченком", "ченко"), ("ченкові", "ченко"),
    ("щенка", "щенко"), ("щенку", "щенко"), ("щенком", "щенко"), ("щенкові", "щенко"),
    ("ку", "ка"), ("ки", "ка"), ("ке", "ка"), ("кой", "ка"), ("ці", "ка"), ("кою", "ка"),
    ("ого", "ое"), ("ому", "ое"), ("ском", "ское"), ("его", "ее"), ("ему", "ее"),
    ("ську", "ськ"), ("ська", "ськ"), ("ському", "ськ"), ("ска", "ск"), ("ске", "ск"),
    ("ове", "ове"), ("ово", "ово"), ("ину", "ина"), ("ини", "ина"), ("ино", "ино"),
    ("цы", "ца"), ("цу", "ца"), ("граду", "град"), ("града", "град"),
    ("полью", "полье"), ("полья", "полье"), ("польем", "полье"),  # "у Николайполья" → "Николайполье"
    ("полю", "поль"), ("поля", "поль"),
    ("ова", "ово"), ("ову", "ово"),  # "окраины Дерилова" → "Дерилово": villages in -ово are neuter
    ("ости", "ость"),  # "в районе Снагости" → "Снагость": a feminine name in -ость
    ("ии", "ия"), ("ию", "ия"), ("ией", "ия"),  # "у Филии" → "Филия": a feminine name in -ия
    ("очок", "очки"),  # genitive plural "захоплення Ступочок" → "Ступочки": a plural name in -очки
    # its dative, instrumental and locative ("к Ступочкам", "под Ступочками", "в Ступочках") only a plural has
    ("ками", "ки"), ("кам", "ки"), ("ках", "ки"),
    ("щины", "щина"), ("щину", "щина"), ("щине", "щина"), ("щиной", "щина"),  # "из Храповщины" → "Храповщина"
    ("ычей", "ычи"), ("ичей", "ичи"),  # genitive plural "в районах Бердычей" → "Бердычи": a plural name in -ичи
    ("ычах", "ычи"), ("ичах", "ичи"), ("ычам", "ычи"), ("ичам", "ичи"),
    # "взятие Локни", "в Олешне" → "Локня", "Олешня": a feminine name in -кня/-шня
    ("кни", "кня"), ("кню", "кня"), ("кней", "кня"), ("кне", "кня"), ("шни", "шня"), ("шню", "шня"), ("шней", "шня"),
    ("шне", "шня"),
)


_UKRAINIAN_LETTERS = frozenset("іїєґ")
CYR_VOWELS = frozenset("аеёиоуыэюяіїє")  # (places and resolve use it too)
_NOMINATIVE_RULES_UK: tuple[tuple[str, str], ...] = (
    # Ukrainian neuter adjectives (Острівського → Острівське) and feminine ones (Золотої → Золота)
    ("ського", "ське"), ("ському", "ське"), ("цького", "цьке"), ("ого", "е"), ("ому", "е"), ("ьої", "я"), ("ої", "а"),
    ("агів", "аги"),  # genitive plural "Водолагів" → "Водолаги"
    ("ії", "ія"), ("ію", "ія"), ("ією", "ія"),  # "поблизу Філії" → "Філія": a feminine name in -ія
    ("щини", "щина"), ("щину", "щина"), ("щині", "щина"), ("щиною", "щина"),  # "з Храпівщини" → "Храпівщина"
    ("піллі", "пілля"), ("піллю", "пілля"), ("піллям", "пілля"),  # "у Миколайпіллі" → "Миколайпілля"
    ("иці", "иця"), ("ицю", "иця"), ("ицею", "иця"),  # "в бік Стариці" → "Стариця": a feminine name in -иця
    # "на околицях Локні", "в Олешні" → "Локня", "Олешня": a feminine name in -кня/-шня (not -на: "Калині")
    ("кні", "кня"), ("кню", "кня"), ("кнею", "кня"), ("шні", "шня"), ("шню", "шня"), ("шнею", "шня"),
)


def _min_stem(ending: str) -> int:
    """How many letters must stand before an ending: two ("Локня" has only "Ло" before "кня"), else three."""
    return 1 if ending.startswith(("кн", "шн")) else 2


def nominative_guess(token: str, ukrainian: bool = False) -> str:
    """Best guess of the dictionary form of an inflected Cyrillic place name (Новоалексеевку → Новоалексеевка)."""
    if token.endswith(("ське", "цьке", "зьке")):
        return token  # "звільнили Сухецьке": a Ukrainian neuter adjective name in the nominative already
    low = token.lower()
    if len(low) > 5 and low.endswith(("ним", "ным", "ном")) and low[-4] not in CYR_VOWELS and low[-4] != "ь":
        # "під Спірним", «под Спорным», «в Спорном»: a neuter adjective-shaped name (Спірне, Спорное) in the
        # instrumental or locative (a consonant before -ном: not "Лиманом", a noun's instrumental)
        uk = ukrainian or bool(_UKRAINIAN_LETTERS.intersection(low))
        return token[:-3] + ("не" if uk and low.endswith("ним") else "ное")
    if ukrainian or _UKRAINIAN_LETTERS.intersection(token.lower()) or "ськ" in token or "цьк" in token:
        for ending, nominative in _NOMINATIVE_RULES_UK:
            if token.endswith(ending) and len(token) > len(ending) + _min_stem(ending):
                return token[: -len(ending)] + nominative
    for ending, nominative in _NOMINATIVE_RULES:
        if token.endswith(ending) and len(token) > len(ending) + _min_stem(ending):
            return token[: -len(ending)] + nominative
    return token
