"""One database helper: the asyncpg pool and the versioned migrations (yoyo)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import asyncpg
from pydantic import SecretStr

from services.common.settings import ServiceSettings


def migrations_dir() -> Path:
    """Where the SQL migrations live: $CLAIMWATCH_MIGRATIONS_DIR or the repository's deploy/migrations."""
    configured = os.environ.get("CLAIMWATCH_MIGRATIONS_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "deploy" / "migrations"


def _dsn(url: SecretStr | str) -> str:
    return url.get_secret_value() if isinstance(url, SecretStr) else url


def migrate(database_url: SecretStr | str) -> list[str]:
    """Apply pending migrations (idempotent, under yoyo's lock); returns the ids applied."""
    from yoyo import get_backend, read_migrations  # sync tool: imported only where migrations run

    dsn = _dsn(database_url)
    yoyo_url = dsn.replace("postgresql://", "postgresql+psycopg://", 1).replace(
        "postgres://", "postgresql+psycopg://", 1
    )
    backend = get_backend(yoyo_url)
    migrations = read_migrations(str(migrations_dir()))
    with backend.lock():
        pending = backend.to_apply(migrations)
        backend.apply_migrations(pending)
    return [m.id for m in pending]


async def migrate_if_asked(settings: ServiceSettings) -> None:
    """Services migrate at start unless CLAIMWATCH_MIGRATE_ON_START=0 (least-privilege roles in compose)."""
    if settings.migrate_on_start:
        await asyncio.to_thread(migrate, settings.database_url)


async def _keep_session(_: asyncpg.Connection) -> None:
    """Released connections skip asyncpg's reset query (one more round trip per query): no code of ours
    leaves session state behind (no LISTEN, advisory locks, cursors or SET); open transactions are still
    rolled back by the pool."""


async def create_pool(database_url: SecretStr | str, *, min_size: int = 1, max_size: int = 5,
                      attempts: int = 20) -> asyncpg.Pool:
    """A connection pool, retried with backoff while the database starts."""
    for attempt in range(attempts):
        try:
            pool = await asyncpg.create_pool(_dsn(database_url), min_size=min_size, max_size=max_size,
                                             reset=_keep_session)
            assert pool is not None
            return pool
        except (OSError, asyncpg.PostgresError):
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(min(0.2 * 2**attempt, 3.0))
    raise RuntimeError("unreachable")
