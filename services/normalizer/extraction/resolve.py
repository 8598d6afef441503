"""Choosing one place among same-name candidates from context, or saying it cannot be chosen."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from .gazetteer import Gazetteer, Place
from .morphology import CYR_VOWELS, fold, inflection_score, nominative_guess
from .places import Mention
from .settlements import settlement_name_of
from .transliteration import is_cyrillic, latin_key, loose_key, romanisations


@dataclass(frozen=True)
class ResolvedPlace:
    """The place a claim is about, as written into the Claim."""

    place_id: str
    name: str
    aliases: tuple[str, ...]
    admin_area: str | None
    lat: float | None
    lon: float | None
    ambiguous: bool
    note: str | None
    is_region: bool
    admin_code: str | None


def _km(a: Place, lat: float, lon: float) -> float:
    if a.lat is None or a.lon is None:
        return 1e9
    dy = (a.lat - lat) * 111.0
    dx = (a.lon - lon) * 111.0 * math.cos(math.radians(lat))
    return math.hypot(dx, dy)


def distance_km(a: Place, lat: float, lon: float) -> float:
    """Roughly how far a place lies from a point (1e9 when it has no coordinates)."""
    return _km(a, lat, lon)


_KNOWN_MEMO_LIMIT = 50_000


def _known(gaz: Gazetteer, place: Place, surface: str, ambiguous: bool = False, note: str | None = None
           ) -> ResolvedPlace:
    # a pure function of its arguments and an immutable result: remembered per gazetteer
    memo_key = (place.place_id, surface, ambiguous, note)
    found: ResolvedPlace | None = gaz.known_cache.get(memo_key)
    if found is None:
        if len(gaz.known_cache) >= _KNOWN_MEMO_LIMIT:
            gaz.known_cache.clear()
        found = gaz.known_cache[memo_key] = _known_uncached(gaz, place, surface, ambiguous, note)
    return found


def _known_uncached(gaz: Gazetteer, place: Place, surface: str, ambiguous: bool, note: str | None
                    ) -> ResolvedPlace:
    aliases = list(place.aliases)
    if surface not in aliases:
        aliases.append(surface)
    return ResolvedPlace(place.place_id, place.name, tuple(aliases[:60]), place.name if place.is_region
                         else gaz.admin_name(place.admin_code), place.lat, place.lon, ambiguous, note,
                         place.is_region, place.admin_code)


# the case endings of a surname-shaped name in -ченко/-щенко ("Шевченка", "Шевченку", "Кравченком")
_SURNAME_CASE_ENDS = ("ченка", "ченку", "ченком", "ченкові", "щенка", "щенку", "щенком", "щенкові")


def unresolved(gaz: Gazetteer, mention: Mention, admin_code: str | None, ambiguous: bool,
               note: str | None) -> ResolvedPlace:
    """A place the gazetteer lacks (or cannot pick): `unresolved:<normalised name>` with its spellings."""
    guess = mention.name_guess or mention.surface
    if is_cyrillic(mention.surface) and not mention.name_guess:
        guess = _dictionary_form(gaz, mention)
    names: dict[str, None] = {mention.surface: None, guess: None}
    if fold(mention.surface).endswith(_SURNAME_CASE_ENDS) and " " not in mention.surface:
        # "поблизу Шевченка" when the gazetteer has a Шевченка elsewhere: the surname-shaped name's nominative
        # (Шевченко) is a spelling of it too
        names[nominative_guess(mention.surface)] = None
    if is_cyrillic(guess):
        for form in romanisations(guess):
            names[form] = None
    key = latin_key(guess) if not is_cyrillic(guess) else fold(guess)
    canonical = settlement_name_of(mention.surface)
    if canonical is not None:
        # the codifier's name: "Vyimka", «Выемке» and «Виїмці» are one place, whatever the language
        key = fold(canonical)
        names[canonical] = None
        for form in romanisations(canonical):
            names[form] = None
    surface_key = latin_key(mention.surface)
    # only other spellings of this very name (Krymskoye → Krymske), never a same-name place's other names
    # (a Druzhba whose GeoNames name is Khutir-Mykhaylivskyi)
    spellings = [_spelling_key(n) for n in names if not is_cyrillic(n)]
    for idx in mention.candidates:
        cand = gaz.places[idx]
        if latin_key(cand.name) == surface_key or _is_spelling_of(_spelling_key(cand.name), spellings):
            names[cand.name] = None
    display = guess
    for idx in mention.candidates:
        if latin_key(gaz.places[idx].name) == surface_key:
            display = gaz.places[idx].name
            break
    return ResolvedPlace(f"unresolved:{' '.join(key.split())}", display, tuple(names), gaz.admin_name(admin_code),
                         None, None, ambiguous, note, False, admin_code)


def known_place(gaz: Gazetteer, place: Place, surface: str) -> ResolvedPlace:
    """A mention resolved to a given gazetteer place (for a choice made from the whole text)."""
    return _known(gaz, place, surface)


def _spelling_key(name: str) -> str:
    return loose_key(" ".join(latin_key(w) for w in name.split()))


def _is_spelling_of(key: str, spellings: list[str]) -> bool:
    """Ukrainian/Russian forms and romanisations of one name stay close (Pishchane/Peschanoye 0.78,
    Krymske/Krymskoye 0.93); another name of the same place does not (Druzhba/Khutir-Mykhaylivskyi 0.25)."""
    return any(fuzz.ratio(key, other) >= 70 for other in spellings)


def _dictionary_form(gaz: Gazetteer, mention: Mention) -> str:
    """The nominative of an inflected Cyrillic mention: the best-fitting alias, else a suffix-model guess."""
    words = mention.surface.split()
    best: tuple[int, str] | None = None
    for idx in mention.candidates:
        for alias in gaz.places[idx].aliases:
            alias_words = alias.split()
            if len(alias_words) != len(words) or not is_cyrillic(alias):
                continue
            score = sum(inflection_score(a, w) for a, w in zip(alias_words, words, strict=True))
            if score <= len(words) and (best is None or score < best[0]):
                best = (score, alias)
    if best is not None:
        return best[1]
    low = fold(mention.surface)
    if len(words) == 1 and low.endswith(("ова", "ову", "овом", "ові")):
        nominative = low[:low.rindex("ов")] + "ів"  # "до Зінькова" → Зіньків: the і/о alternation of a -ів name
        for idx in mention.candidates:
            for alias in gaz.places[idx].aliases:
                if fold(alias) == nominative:
                    return alias
    return " ".join(nominative_guess(w) for w in words)


_CITY = 100_000


def _fit(place: Place, surface: str, cyr: bool) -> int:
    """How well `surface` reads as a form of the place's name: 0 the name itself, 1 an inflection, 3 not at all."""
    if not cyr:
        key = latin_key(surface)
        return 0 if any(latin_key(a) == key for a in place.aliases if not is_cyrillic(a)) else 3
    return min((inflection_score(a, surface) for a in place.aliases if " " not in a and is_cyrillic(a)), default=3)


def village_candidates(cands: list[Place], surface: str) -> list[Place]:
    """In a text about villages, a city whose name only shares a stem with the others' ("Зарічного": the villages
    Зарічне, not Sumy's Zarichnyi district) is not the place when a village's name reads the mention at least as
    well; same-name cities (Mykolaiv) and a city named by one of its own names ("Брянск" beside the village
    Брянское, "Makiivka") stay."""
    if len(cands) < 2 or all(c.population < _CITY for c in cands):
        return cands
    small = [c for c in cands if c.population < _CITY]
    big = [c for c in cands if c.population >= _CITY]
    if not small or any(c.name == s.name for c in big for s in small):
        return cands
    cyr = is_cyrillic(surface)
    best_small = min(_fit(c, surface, cyr) for c in small)
    best_big = min(_fit(c, surface, cyr) for c in big)
    if best_small >= 3 or best_big == 0 or best_small > best_big:
        return cands  # ("Makiivka", "Макіївка": a name of the city itself stays the city)
    return small


_ADJ_OBLIQUE = ("ого", "ому", "ском", "цком")  # (Russian "в Приморском": the neuter's locative)
_NEUTER_ENDS = ("ое", "е")
_MASCULINE_ENDS = ("ий", "ый", "іи", "ыи", "ии")


def neuter_candidates(cands: list[Place], surface: str) -> list[Place]:
    """In a text about villages, an adjective-shaped name in an oblique case ("Приморского") that fits both a neuter
    village name (Приморское, Приморське) and a masculine one (Приморский, a town or a city district) names the
    village: «село» is neuter and the name agrees with it."""
    if len(cands) < 2 or " " in surface or not is_cyrillic(surface) or not fold(surface).endswith(_ADJ_OBLIQUE):
        return cands
    neuter: list[Place] = []
    masculine = False
    for c in cands:
        forms = [fold(a) for a in c.aliases if " " not in a and is_cyrillic(a) and inflection_score(a, surface) <= 1]
        if any(f.endswith(_NEUTER_ENDS) for f in forms):
            neuter.append(c)
        elif any(f.endswith(_MASCULINE_ENDS) or (f[-1:] not in CYR_VOWELS and fold(surface).endswith("ом"))
                 for f in forms):
            masculine = True  # (a consonant-final town, Приморск, whose instrumental "Приморском" looks the same)
    return neuter if neuter and masculine else cands


def resolve_mention(gaz: Gazetteer, mention: Mention, unit_admins: set[str], doc_admins: Counter[str],
                    centroid: tuple[float, float] | None, anchor: Place | None, villages: bool = False
                    ) -> ResolvedPlace:
    """Pick the place a mention means, from the unit's and document's oblasts, anchors and proximity."""
    if mention.unknown or not mention.candidates:
        code = next(iter(sorted(unit_admins)), None) or (doc_admins.most_common(1)[0][0] if doc_admins else None)
        return unresolved(gaz, mention, code, False, None)
    cands = [gaz.places[i] for i in mention.candidates]
    if villages and not mention.is_region:
        cands = village_candidates(cands, mention.surface)
        cands = neuter_candidates(cands, mention.surface)
    if mention.is_region:
        return _known(gaz, cands[0], mention.surface)
    context = set(unit_admins) or set(doc_admins)
    if anchor is not None and anchor.lat is not None and anchor.lon is not None:
        near = sorted((_km(c, anchor.lat, anchor.lon), i) for i, c in enumerate(cands))
        if near and near[0][0] <= 60:
            return _known(gaz, cands[near[0][1]], mention.surface)
        context = context or ({anchor.admin_code} if anchor.admin_code else set())
        fitting = [c for c in cands if c.admin_code in context]
        if len(fitting) == 1:
            return _known(gaz, fitting[0], mention.surface)
        code = anchor.admin_code or next(iter(sorted(context)), None)
        return unresolved(gaz, mention, code, len(fitting) > 1,
                          f"no gazetteer place of this name near {anchor.name}")
    pops = sorted((c.population for c in cands), reverse=True)
    dominant = len(cands) == 1 or (pops[0] >= 10000 and pops[0] >= 5 * max(pops[1], 1))
    if context:
        fitting = [c for c in cands if c.admin_code in context]
        if len(fitting) == 1:
            return _known(gaz, fitting[0], mention.surface)
        if len(fitting) > 1:
            if centroid is not None:
                ranked = sorted((_km(c, *centroid), i) for i, c in enumerate(fitting))
                clear = len(ranked) < 2 or ranked[0][0] * 2 < ranked[1][0]
                return _known(gaz, fitting[ranked[0][1]], mention.surface, not clear,
                              None if clear else _note(gaz, mention, fitting))
            best = max(fitting, key=lambda c: c.population)
            return _known(gaz, best, mention.surface, True, _note(gaz, mention, fitting))
        if dominant and pops[0] >= 20000:
            return _known(gaz, max(cands, key=lambda c: c.population), mention.surface)
        code = doc_admins.most_common(1)[0][0] if doc_admins else next(iter(sorted(context)))
        return unresolved(gaz, mention, code, False,
                          f"no {mention.surface} in {gaz.admin_name(code)} in the gazetteer")
    if dominant:
        return _known(gaz, max(cands, key=lambda c: c.population), mention.surface)
    if centroid is not None:
        ranked = sorted((_km(c, *centroid), i) for i, c in enumerate(cands))
        if ranked[0][0] <= 150 and (len(ranked) < 2 or ranked[0][0] * 2 < ranked[1][0]):
            return _known(gaz, cands[ranked[0][1]], mention.surface)
    return unresolved(gaz, mention, None, True, _note(gaz, mention, cands))


def _note(gaz: Gazetteer, mention: Mention, cands: list[Place]) -> str:
    areas = sorted({gaz.admin_name(c.admin_code) or "?" for c in cands})
    return f"ambiguous: {len(cands)} places named {mention.surface} ({', '.join(areas[:6])})"
