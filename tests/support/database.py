"""Throw-away PostgreSQL databases for tests: created, migrated, dropped."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from services.common.db import migrate


def _admin(admin_url: str, sql: str) -> None:
    async def run() -> None:
        conn = await asyncpg.connect(admin_url)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run())


@contextmanager
def migrated_database(admin_url: str, prefix: str) -> Iterator[str]:
    """A fresh database `<prefix>_<random>` on the server of `admin_url`, migrated; its URL. Dropped after."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    _admin(admin_url, f'CREATE DATABASE "{name}"')
    try:
        url = urlunsplit(urlsplit(admin_url)._replace(path=f"/{name}"))
        migrate(url)
        yield url
    finally:
        _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
