"""Readable rendering of status changes for terminals."""

from __future__ import annotations

from schemas.models import StatusChange
from services.common.place_names import other_name


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
