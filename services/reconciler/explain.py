"""Readable names of claimants and reporters, and the one-sentence explanation of a status."""

from __future__ import annotations

from collections.abc import Sequence

from schemas.models import Evidence, PlaceRef, PlaceStatus, StatusValue

_NAMES = {
    "ru_mod": "Russian MoD",
    "ru_government": "Russian government",
    "ru_president": "Russian president",
    "kremlin": "Kremlin",
    "ru_state_media": "Russian state media",
    "ru_milbloggers": "Russian milbloggers",
    "wagner": "Wagner",
    "ua_general_staff": "UA General Staff",
    "ua_army": "UA army",
    "ua_president": "UA president",
    "ua_government": "UA government",
    "deepstate": "DeepState map",
    "isw": "ISW",
    "ap": "AP",
    "apnews.com": "AP",
    "reuters": "Reuters",
    "reuters.com": "Reuters",
    "afp": "AFP",
    "afp.com": "AFP",
    "x:@deepstateua": "DeepState map",
}


def display_name(entity: str) -> str:
    """`ru_mod` → "Russian MoD", `x:@name` → "@name", `ua_28th_brigade` → "UA 28th brigade"."""
    key = entity.strip().casefold()
    if key in _NAMES:
        return _NAMES[key]
    if key.startswith("x:@"):
        return entity.strip()[2:]
    if key[:3] in ("ru_", "ua_"):
        return f"{key[:2].upper()} {key[3:].replace('_', ' ')}"
    return entity.strip()


def describe(evidence: Evidence) -> str:
    """Who said it, and through whom: "UA army via AP"."""
    claimant = display_name(evidence.claimant)
    reporter = display_name(evidence.reporter)
    if reporter and reporter != claimant and evidence.reporter.casefold() != evidence.claimant.casefold():
        return f"{claimant} via {reporter}"
    return claimant


def _names(evidence: Sequence[Evidence]) -> str:
    seen: dict[str, None] = {}
    for item in evidence:
        seen.setdefault(describe(item), None)
    return ", ".join(seen)


def place_label(place: PlaceRef, aliases: Sequence[str] = ()) -> str:
    """"Toretsk (Dzerzhinsk), Donetsk Oblast"."""
    label = place.name
    other = next((a for a in aliases if a and a.casefold() != place.name.casefold()), None)
    if other:
        label = f"{label} ({other})"
    return f"{label}, {place.admin_area}" if place.admin_area else label


def explanation(
    place: PlaceRef,
    status: PlaceStatus,
    supporting: Sequence[Evidence],
    disputing: Sequence[Evidence],
    independent: int,
    aliases: Sequence[str] = (),
    historical: bool = False,
) -> str:
    """One sentence: where, what is believed, who claims it, who disputes it, how many voices."""
    side = status.side.value if status.side is not None else ""
    who = _names(supporting)
    match status.status:
        case StatusValue.claimed:
            what = f"capture claimed by {side}"
        case StatusValue.confirmed if historical:
            what = f"taken by {side} earlier (historical statement)"
        case StatusValue.confirmed:
            what = f"capture by {side} confirmed"
        case StatusValue.held:
            what = f"held by {side}"
        case StatusValue.contested:
            what = "fighting reported"
        case _:
            what = "status unknown"
    text = f"{place_label(place, aliases)}: {what}"
    if who:
        text += f" ({who})"
    if status.disputed and disputing:
        text += f"; disputed by {_names(disputing)}"
    noun = "claimant" if independent == 1 else "claimants"
    return f"{text}; {independent} independent {noun}."
