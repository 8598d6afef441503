"""`claimwatch alerts`: a subscriber to status.changes — readable by default, JSON, per place, silent
backfills hidden unless asked for."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from schemas.models import PlaceRef
from schemas.topics import STATUS_CHANGES
from services.common.settings import ServiceSettings
from tests.integration.test_archivist import status_change
from tests.support.kafka import produce

POKROVSK = PlaceRef(place_id="geonames:704422", name="Pokrovsk", aliases=["Krasnoarmeysk", "Красноармейск"],
                    admin_area="Donetsk Oblast")


def alerts(settings: ServiceSettings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
           "CLAIMWATCH_TOPIC_PREFIX": settings.topic_prefix}
    return subprocess.run([sys.executable, "-m", "services.cli.main", "alerts", "--from-beginning", *args],
                          env=env, capture_output=True, text=True, timeout=60, check=False)


async def test_alerts_filter_by_place_and_print_readably_or_as_json(topics: ServiceSettings) -> None:
    toretsk = [status_change(0), status_change(1)]
    silent = status_change(2).model_copy(update={"event_id": "silent", "alert": False})
    pokrovsk = status_change(3).model_copy(update={"event_id": "pokrovsk", "place": POKROVSK})
    await produce(topics, STATUS_CHANGES.name, [(c.place.place_id, c) for c in [*toretsk, silent, pokrovsk]])

    as_json = alerts(topics, "--json", "--place", "Dzerzhinsk", "--max-events", "3", "--timeout", "20")
    readable = alerts(topics, "--place", "krasnoarmeysk", "--max-events", "1", "--timeout", "20")
    alerting = alerts(topics, "--place", "Toretsk", "--max-events", "3", "--timeout", "5")

    assert as_json.returncode == 0, as_json.stderr
    assert [json.loads(line)["event_id"] for line in as_json.stdout.splitlines()] == ["evt-0", "evt-1", "silent"]
    assert readable.returncode == 0
    assert readable.stdout.splitlines()[0].startswith(
        "2025-02-07 16:00Z  Pokrovsk (Krasnoarmeysk), Donetsk Oblast: unknown → claimed(RU), disputed")
    # without --all the silent backfill is not an alert: only two events arrive before the timeout
    assert alerting.returncode == 1
    assert alerting.stdout.count("Toretsk") == 4  # two events, place in the head line and the explanation
