"""Fixtures of the ingestion unit tests: the local fake servers and polite-but-fast fetch policies."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from services.common.http_fetch import FetchPolicy
from tests.fakes.news_site import NewsSite
from tests.fakes.recorders import CollectingSink, DeadLetters, RecordingSleep
from tests.fakes.x_api import XApiServer


def local_policy(**overrides: object) -> FetchPolicy:
    """Private networks allowed (the fakes live on 127.0.0.1), no per-host gap, short timeouts."""
    base: dict[str, object] = {
        "allow_private_networks": True,
        "per_host_min_interval_s": 0.0,
        "per_host_concurrency": 32,
        "connect_timeout_s": 2.0,
        "read_timeout_s": 2.0,
        "total_timeout_s": 5.0,
        "retries": 2,
        "backoff_initial_s": 0.01,
        "backoff_max_s": 0.05,
        "backoff_jitter_s": 0.01,
    }
    base.update(overrides)
    return FetchPolicy(**base)  # type: ignore[arg-type]


@pytest.fixture
async def news_site() -> AsyncIterator[NewsSite]:
    async with NewsSite(slow_delay_s=5.0, huge_bytes=50 * 1024 * 1024) as site:
        yield site


@pytest.fixture
async def x_server() -> AsyncIterator[XApiServer]:
    async with XApiServer(token="test-token-s3cr3t") as server:
        yield server


@pytest.fixture
def sink() -> CollectingSink:
    return CollectingSink()


@pytest.fixture
def dead_letters() -> DeadLetters:
    return DeadLetters()


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()
