"""A service lets the OS pick its health port and tells its supervisor which one it got."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from pathlib import Path

from services.common import lifecycle
from services.common.health import HealthServer


def _get(url: str) -> tuple[int, dict[str, object]]:
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.status, json.loads(resp.read())


def _publish_and_read(directory: Path, port: int) -> int:
    lifecycle.publish_port(directory / "deduper.port", port)
    assert [p.name for p in directory.iterdir()] == ["deduper.port"]  # no partial file left behind
    return int((directory / "deduper.port").read_text(encoding="ascii"))


async def test_the_published_port_is_the_one_the_endpoint_answers_on(tmp_path: Path) -> None:
    health = HealthServer("deduper", "127.0.0.1", 0, lambda: True)
    await health.start()
    try:
        port = _publish_and_read(tmp_path, health.port)
        assert port == health.port != 0
        status, body = await asyncio.to_thread(_get, f"http://127.0.0.1:{port}/healthz")
        assert (status, body["service"], body["healthy"]) == (200, "deduper", True)
    finally:
        await health.stop()


def test_publishing_again_replaces_the_old_port(tmp_path: Path) -> None:
    port_file = tmp_path / "normalizer.port"
    lifecycle.publish_port(port_file, 41001)
    lifecycle.publish_port(port_file, 41002)
    assert port_file.read_text(encoding="ascii") == "41002\n"
