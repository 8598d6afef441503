"""deploy/security/postgres-roles.sql on a real database: each service's own statements work under its role,
and statements outside the role's grants are refused."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from services.archivist.store import upsert_documents
from services.common.priors_table import load_priors, upsert_priors
from services.common.text_fingerprint import fingerprint
from services.deduper.documents import IndexedDocument
from services.deduper.pg_index import PostgresDocumentIndex
from tests.support.database import migrated_database
from tests.support.documents import capture_report

ROLES_SQL = Path(__file__).resolve().parents[2] / "deploy" / "security" / "postgres-roles.sql"
PASSWORDS = ("archivist", "deduper", "reconciler", "article", "post", "api")


def _psql() -> str:
    candidates = [shutil.which("psql")]
    bindir = os.environ.get("CLAIMWATCH_PG_BINDIR")
    if not bindir and shutil.which("pg_config"):
        bindir = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
    candidates.append(os.path.join(bindir, "psql") if bindir else None)
    for path in candidates:
        if path and os.access(path, os.X_OK):
            return path
    pytest.fail("psql not found (PATH, CLAIMWATCH_PG_BINDIR, pg_config --bindir): the roles file needs it")


def _as(url: str, role: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{role}:{role}-pw@{parts.hostname}:{parts.port or 5432}"))


@pytest.fixture(scope="module")
def roles_database(admin_database_url: str) -> Iterator[str]:
    """A migrated throw-away database with the service roles applied by the owner, as the compose job does."""
    with migrated_database(admin_database_url, "claimwatch_roles") as url:
        variables = [arg for role in PASSWORDS for arg in ("-v", f"{role}_pw={role}-pw")]
        subprocess.run([_psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", *variables, "-f", str(ROLES_SQL), url],
                       check=True, capture_output=True, timeout=60)
        yield url


@pytest.fixture
async def connect(roles_database: str) -> AsyncIterator[object]:
    opened: list[asyncpg.Pool] = []

    async def pool_as(role: str) -> asyncpg.Pool:
        pool = await asyncpg.create_pool(_as(roles_database, role), min_size=1, max_size=4)
        assert pool is not None
        opened.append(pool)
        return pool

    yield pool_as
    for pool in opened:
        await pool.close()


async def test_the_deduper_keeps_its_index_under_its_role(connect) -> None:  # type: ignore[no-untyped-def]
    pool = await connect("cw_deduper")
    report = capture_report(1)
    doc = IndexedDocument.from_document(report, fingerprint(report.title, report.text))
    index = PostgresDocumentIndex(pool)

    async def original(new: list[IndexedDocument]) -> list[str | None]:
        return [None for _ in new]

    assert await index.decide_once([doc], original) == {doc.doc_id: None}
    assert await index.candidates_many([doc]) == [[]]  # nothing earlier than itself
    # another replica's mirror reads the row back under the same role
    later = replace(doc, doc_id="web:later-copy", published_at=doc.published_at + timedelta(minutes=1))
    assert [d.doc_id for d in await PostgresDocumentIndex(pool).candidates(later)] == [doc.doc_id]
    assert await index.prune() == 0
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await pool.execute("DELETE FROM documents")
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await pool.execute("CREATE TABLE scratch (x int)")


async def test_the_reconciler_seeds_and_reads_priors_but_cannot_overwrite_them(connect) -> None:  # type: ignore[no-untyped-def]
    pool = await connect("cw_reconciler")
    async with pool.acquire() as conn:
        await upsert_priors(conn, {"ru_mod": 0.4, "test_claimant": 0.5})
        await upsert_priors(conn, {"test_claimant": 0.9})  # a second start keeps what is there
        assert (await load_priors(conn))["test_claimant"] == 0.5
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute("UPDATE claimant_priors SET reliability = 0")
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.fetch("SELECT * FROM doc_fingerprints")


async def test_the_archivist_upserts_and_the_api_only_reads(connect) -> None:  # type: ignore[no-untyped-def]
    archivist, api = await connect("cw_archivist"), await connect("cw_api")
    report = capture_report(2)
    async with archivist.acquire() as conn:
        await upsert_documents(conn, [report])
        await upsert_documents(conn, [report])  # idempotent
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute("DELETE FROM documents")
    assert await api.fetchval("SELECT count(*) FROM documents WHERE doc_id = $1", report.doc_id) == 1
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await api.execute("UPDATE documents SET title = ''")
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await api.fetch("SELECT * FROM doc_fingerprints")
