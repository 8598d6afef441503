"""`claimwatch status PLACE [--as-of T]`: what did we believe at T, and why (from PostgreSQL)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from schemas.models import StatusChange
from services.cli.render import render_change
from services.common.db import create_pool
from services.common.settings import ServiceSettings

_QUERY = """
SELECT body FROM status_changes
WHERE (place_id = $1 OR lower(place_name) = lower($1)
       OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(body -> 'place' -> 'aliases') AS alias
                  WHERE lower(alias) = lower($1)))
  AND recorded_at <= $2
ORDER BY recorded_at, event_id
"""


async def show_status(place: str, as_of: str | None, as_json: bool) -> int:
    """Print the place's status as of a time with the events that led there; exit code 1 if unknown."""
    when = datetime.now(UTC) if as_of is None else _parse_time(as_of)
    pool = await create_pool(ServiceSettings().database_url, attempts=3)
    try:
        rows = await pool.fetch(_QUERY, place, when)
    finally:
        await pool.close()
    changes = [StatusChange.model_validate_json(r["body"]) for r in rows]
    if not changes:
        print(f"{place}: no status known as of {when.isoformat()}")
        return 1
    latest = changes[-1]
    if as_json:
        print(json.dumps({"place": latest.place.model_dump(), "as_of": when.isoformat(),
                          "current": latest.current.model_dump(mode="json"),
                          "history": [c.model_dump(mode="json") for c in changes]}, ensure_ascii=False))
        return 0
    print(f"{latest.place.name}: {latest.current.label()} as of {when.isoformat()}")
    for change in changes:
        print(render_change(change))
        for ev in change.supporting:
            print(f"      + {ev.claimant} via {ev.reporter}: {ev.sentence[:140]}")
        for ev in change.disputing:
            print(f"      - {ev.claimant} via {ev.reporter}: {ev.sentence[:140]}")
    return 0


def _parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)
