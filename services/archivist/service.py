"""archivist: every topic → PostgreSQL, idempotent upserts, offsets committed after the database commit."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import structlog
from pydantic import BaseModel, ValidationError

from schemas.models import CanonicalClaim, ClaimCore, DeadLetter, Document, StatusChange
from schemas.topics import CLAIMS_CANONICAL, CLAIMS_EXTRACTED, DLQ_TOPICS, DOCUMENTS, STATUS_CHANGES
from services.archivist import store
from services.common import lifecycle
from services.common.db import create_pool, migrate_if_asked
from services.common.dlq import dead_letter
from services.common.kafka import encode, make_consumer, make_producer
from services.common.metrics import BATCH_SECONDS, RECORDS_IN
from services.common.runner import Record
from services.common.settings import ServiceSettings

STAGE = "archivist"

_MODELS: dict[str, type[BaseModel]] = {
    DOCUMENTS.name: Document,
    # the claims are kept without the document they carry (its fingerprint is not parsed at all)
    CLAIMS_EXTRACTED.name: ClaimCore,
    CLAIMS_CANONICAL.name: CanonicalClaim,
    STATUS_CHANGES.name: StatusChange,
    **{t.name: DeadLetter for t in DLQ_TOPICS},
}


@dataclass
class Batch:
    """One consumer batch sorted into what goes into which table."""

    documents: list[Document] = field(default_factory=list)
    claims: list[ClaimCore] = field(default_factory=list)
    clusters: list[CanonicalClaim] = field(default_factory=list)
    changes: list[StatusChange] = field(default_factory=list)
    letters: list[tuple[str, int, int, DeadLetter]] = field(default_factory=list)
    rejected: list[DeadLetter] = field(default_factory=list)
    rejected_topics: list[str] = field(default_factory=list)
    sources: list[tuple[Record, str]] = field(default_factory=list)

    def single(self, index: int) -> Batch:
        """The batch of only the index-th valid record (to find the one PostgreSQL refuses)."""
        record, name = self.sources[index]
        return sort_records([record], lambda _: name)

    def reject(self, index: int, reason: str) -> None:
        record, name = self.sources[index]
        self.rejected.append(dead_letter(STAGE, record.value, reason, source_topic=record.topic,
                                         partition=record.partition, offset=record.offset, key=record.key))
        self.rejected_topics.append(name)


def sort_records(records: list[Record], topic_name: Callable[[str], str]) -> Batch:
    """Validate and group records by table; invalid ones become dead letters (pure)."""
    batch = Batch()
    for record in records:
        name = topic_name(record.topic)
        model = _MODELS[name]
        try:
            # PostgreSQL text and jsonb cannot hold NUL: drop the escaped character, keep the rest
            value: Any = model.model_validate_json((record.value or b"").replace(b"\\u0000", b""))
        except ValidationError as exc:
            batch.rejected.append(
                dead_letter(STAGE, record.value, f"not a {model.__name__}: {exc.errors()[0]['msg']}",
                            source_topic=record.topic, partition=record.partition, offset=record.offset,
                            key=record.key)
            )
            batch.rejected_topics.append(name)
            continue
        batch.sources.append((record, name))
        if isinstance(value, CanonicalClaim):
            batch.clusters.append(value)
        elif isinstance(value, ClaimCore):
            batch.claims.append(value)
        elif isinstance(value, Document):
            batch.documents.append(value)
        elif isinstance(value, StatusChange):
            batch.changes.append(value)
        elif isinstance(value, DeadLetter):
            batch.letters.append((record.topic, record.partition, record.offset, value))
    return batch


async def write_batch(pool: asyncpg.Pool, batch: Batch) -> None:
    """Write a batch in one transaction; if PostgreSQL refuses a value, write record by record and
    dead-letter the ones it refuses (connection failures propagate: the batch is retried)."""
    try:
        await _write(pool, batch)
    except (asyncpg.DataError, asyncpg.IntegrityConstraintViolationError) as exc:
        structlog.get_logger().warning("batch refused; writing record by record", error=str(exc)[:300])
        for index in range(len(batch.sources)):
            try:
                await _write(pool, batch.single(index))
            except (asyncpg.DataError, asyncpg.IntegrityConstraintViolationError) as refused:
                batch.reject(index, f"refused by PostgreSQL: {refused}")


async def _write(pool: asyncpg.Pool, batch: Batch) -> None:
    async with pool.acquire() as conn, conn.transaction():
        await store.upsert_documents(conn, batch.documents)
        await store.upsert_claims(conn, batch.claims)
        await store.upsert_clusters(conn, batch.clusters)
        await store.upsert_status_changes(conn, batch.changes)
        await store.insert_dead_letters(conn, batch.letters)


class Archivist:
    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.healthy = False
        self._log = structlog.get_logger().bind(stage=STAGE)

    def _name(self, physical: str) -> str:
        return physical.removeprefix(self.settings.topic_prefix)

    async def run(self, stop: asyncio.Event) -> None:
        await migrate_if_asked(self.settings)
        pool = await create_pool(self.settings.database_url)
        topics = [self.settings.topic(name) for name in _MODELS]
        consumer = make_consumer(self.settings, self.settings.group(STAGE), *topics)
        producer = make_producer(self.settings)
        await producer.start()
        await consumer.start()
        self.healthy = True
        try:
            while not stop.is_set():
                chunk = await consumer.getmany(
                    timeout_ms=self.settings.batch_timeout_ms, max_records=self.settings.batch_max_records
                )
                if not chunk:
                    continue
                started = time.perf_counter()
                records = [r for rs in chunk.values() for r in rs]
                batch = sort_records(records, self._name)
                await write_batch(pool, batch)
                for letter, name in zip(batch.rejected, batch.rejected_topics, strict=True):
                    dlq = f"{name}.dlq" if not name.endswith(".dlq") else None
                    if dlq is not None:
                        await producer.send_and_wait(self.settings.topic(dlq), encode(letter))
                offsets = {tp: rs[-1].offset + 1 for tp, rs in chunk.items()}
                await consumer.commit(offsets)
                RECORDS_IN.labels(stage=STAGE).inc(len(records))
                BATCH_SECONDS.labels(stage=STAGE).observe(time.perf_counter() - started)
        finally:
            self.healthy = False
            await consumer.stop()
            await producer.stop()
            await pool.close()



def main() -> None:
    settings = ServiceSettings()
    archivist = Archivist(settings)
    lifecycle.run(STAGE, settings, archivist.run, lambda: archivist.healthy)
