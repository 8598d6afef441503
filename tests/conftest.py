"""Fixtures for the tiers that need real infrastructure (integration, e2e).

Kafka and PostgreSQL are never faked and never skipped: when `make test` has not started them (or
KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL do not point at reachable ones) the tests that need them fail.
Every test gets its own topic prefix (so its own topics and consumer groups); every session its own database.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from urllib.parse import urlsplit

import asyncpg
import pytest

from schemas.topics import ALL_TOPICS
from services.common.kafka import ensure_topics
from services.common.settings import ServiceSettings
from tests.support.database import migrated_database


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def kafka_bootstrap() -> str:
    servers = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if not servers:
        pytest.fail("KAFKA_BOOTSTRAP_SERVERS is not set: run the suite with `make test` (it starts Kafka)")
    host, _, port = servers.split(",")[0].rpartition(":")
    if not _reachable(host, int(port)):
        pytest.fail(f"Kafka is not reachable at {servers}: run the suite with `make test`")
    return servers


@pytest.fixture(scope="session")
def admin_database_url() -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        pytest.fail("DATABASE_URL is not set: run the suite with `make test` (it starts PostgreSQL)")
    parts = urlsplit(url)
    if not _reachable(parts.hostname or "127.0.0.1", parts.port or 5432):
        pytest.fail("PostgreSQL is not reachable at DATABASE_URL: run the suite with `make test`")
    return url


@pytest.fixture(scope="session")
def database_url(admin_database_url: str) -> Iterator[str]:
    """A fresh, migrated database for this test session, dropped afterwards."""
    with migrated_database(admin_database_url, "claimwatch_test") as url:
        yield url


@pytest.fixture
def topic_prefix() -> str:
    return f"t{uuid.uuid4().hex[:10]}."


@pytest.fixture
def settings(kafka_bootstrap: str, database_url: str, topic_prefix: str) -> ServiceSettings:
    return ServiceSettings(
        KAFKA_BOOTSTRAP_SERVERS=kafka_bootstrap,
        DATABASE_URL=database_url,
        CLAIMWATCH_TOPIC_PREFIX=topic_prefix,
        CLAIMWATCH_INSTANCE_ID=f"test-{uuid.uuid4().hex[:6]}",
        CLAIMWATCH_BATCH_TIMEOUT_MS=100,
    )


@pytest.fixture
async def topics(settings: ServiceSettings) -> AsyncIterator[ServiceSettings]:
    """The catalogue's topics, created under this test's prefix."""
    await ensure_topics(settings, ALL_TOPICS)
    yield settings


@pytest.fixture
async def db_pool(database_url: str) -> AsyncIterator[asyncpg.Pool]:
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=4)
    assert pool is not None
    yield pool
    await pool.close()
