"""The thin runner every Kafka-to-Kafka stage uses: consume a batch, call the pure step, produce the
outputs, the dead letters, the state changes and the input offsets in ONE Kafka transaction.

A crash at any point aborts the open transaction, so after a restart the batch is processed again
and read_committed consumers downstream see each output exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import tempfile
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import asyncpg
import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from pydantic import BaseModel

from schemas.topics import Topic, by_name
from services.common.dlq import dead_letter
from services.common.kafka import encode, encode_key, make_consumer, make_producer
from services.common.metrics import BATCH_SECONDS, CONSUMER_LAG, RECORDS_IN, RECORDS_OUT
from services.common.ordered_merge import OrderedMerge
from services.common.record_batches import RecordBatches
from services.common.settings import ServiceSettings

M = TypeVar("M", bound=BaseModel)

# Failures of the world, not of the record: the batch is aborted and retried, never dead-lettered.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
)


class Record(Protocol):
    """What a stage reads of a consumed record (aiokafka's ConsumerRecord has these)."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def value(self) -> bytes | None: ...
    @property
    def timestamp(self) -> int: ...
    @property
    def headers(self) -> Sequence[tuple[str, bytes]]: ...


# The input-event order of a record, carried from stage to stage (bytes that sort in event order).
ORDER_HEADER = "claimwatch-order"


def order_header(record: Record) -> bytes:
    """The order a previous stage stamped on a record; records without one sort first, as they came."""
    headers: Sequence[tuple[str, bytes]] = getattr(record, "headers", ()) or ()
    for name, value in headers:
        if name == ORDER_HEADER:
            return value
    return b""


@dataclass(frozen=True)
class Output:
    """One record a step wants produced; `topic` is a catalogue name."""

    topic: str
    key: str | None
    value: BaseModel


class StateStore(Generic[M]):
    """Per-partition key/value state of a stage, mirrored to a compacted changelog topic.

    A step reads and writes values as pydantic models through `get`/`put` (and must treat them as
    immutable); the runner serialises each value changed in a batch once, into the changelog, inside the
    batch's transaction. At rest a value is that JSON in a local SQLite file (a cache of the changelog,
    rebuilt from it whenever a partition is assigned), so the process's memory does not grow with the
    number of keys; the most recently used values are also kept decoded, so the keys that are busy now are
    not read and parsed again at every record. `path=None` keeps the table in memory.

    The decoded values are bounded in number (`cache_size`) and in size (`cache_bytes` of their JSON; a
    decoded value takes about 4-5x that): values grow as a key's history fills (the deduper keeps up to
    MAX_WINDOWS windows per key), so a count alone would let memory grow for weeks of event time.
    """

    def __init__(self, model: type[M] | None = None, cache_size: int = 1_000, path: str | None = None,
                 cache_bytes: int = 16 * 2**20) -> None:
        self._model = model
        self._cache_size = cache_size
        self._cache_bytes = cache_bytes
        self._decoded: OrderedDict[tuple[int, str], M] = OrderedDict()
        # JSON size of each decoded value, the last one read or written (a value put in this batch counts with
        # its previous size until take_dirty serialises it)
        self._sizes: dict[tuple[int, str], int] = {}
        self._decoded_bytes = 0
        self._dirty: dict[tuple[int, str], M] = {}  # changed since the last take_dirty, not yet at rest
        self._path = path
        # a cache of the changelog: no journal and no fsync, a crash rebuilds it from the topic
        self._db = sqlite3.connect(path or ":memory:", isolation_level=None, check_same_thread=False)
        self._db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -8000;"
            "DROP TABLE IF EXISTS state;"
            "CREATE TABLE state (part INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
            " PRIMARY KEY (part, key)) WITHOUT ROWID;"
        )
        self.partition = 0

    def get(self, key: str) -> M | None:
        slot = (self.partition, key)
        cached = self._decoded.get(slot)
        if cached is not None:
            self._decoded.move_to_end(slot)
            return cached
        changed = self._dirty.get(slot)
        if changed is not None:
            self._remember(slot, changed)
            return changed
        stored = self.at_rest(*slot)
        if stored is None:
            return None
        assert self._model is not None, "a stateful stage needs a state model"
        value = self._model.model_validate_json(stored)
        self._remember(slot, value, len(stored))
        return value

    def put(self, key: str, value: M) -> None:
        slot = (self.partition, key)
        self._dirty[slot] = value
        self._remember(slot, value)

    def _remember(self, slot: tuple[int, str], value: M, size: int | None = None) -> None:
        self._decoded[slot] = value
        self._decoded.move_to_end(slot)
        if size is None:  # put: the size is known once it is serialised, at the end of the batch (take_dirty)
            size = self._sizes.get(slot, 0)
        self._decoded_bytes += size - self._sizes.get(slot, 0)
        self._sizes[slot] = size
        self._trim()

    def _trim(self) -> None:
        """Forget the least recently used decoded values beyond the bounds (the latest one always stays)."""
        while len(self._decoded) > self._cache_size or (
                self._decoded_bytes > self._cache_bytes and len(self._decoded) > 1):
            oldest, _ = self._decoded.popitem(last=False)  # a value changed in this batch is still in _dirty
            self._decoded_bytes -= self._sizes.pop(oldest)

    def _forget(self, slot: tuple[int, str]) -> None:
        if self._decoded.pop(slot, None) is not None:
            self._decoded_bytes -= self._sizes.pop(slot)

    @property
    def decoded_bytes(self) -> int:
        """JSON size of the values kept decoded (what `cache_bytes` bounds)."""
        return self._decoded_bytes

    def load(self, partition: int, key: str, value: str | None) -> None:
        """A changelog record read during a restore (None: a tombstone)."""
        self._forget((partition, key))
        if value is None:
            self._db.execute("DELETE FROM state WHERE part = ? AND key = ?", (partition, key))
        else:
            self._db.execute("INSERT OR REPLACE INTO state VALUES (?, ?, ?)", (partition, key, value))

    def at_rest(self, partition: int, key: str) -> str | None:
        """The JSON kept for a key (values changed since the last `take_dirty` are not at rest yet)."""
        row = self._db.execute("SELECT value FROM state WHERE part = ? AND key = ?", (partition, key)).fetchone()
        return None if row is None else str(row[0])

    def drop(self, partitions: Iterable[int]) -> None:
        dropped = set(partitions)
        self._db.executemany("DELETE FROM state WHERE part = ?", [(p,) for p in dropped])
        for slot in [k for k in self._decoded if k[0] in dropped]:
            self._forget(slot)
        for slot in [k for k in self._dirty if k[0] in dropped]:
            del self._dirty[slot]

    def __len__(self) -> int:
        stored = int(self._db.execute("SELECT count(*) FROM state").fetchone()[0])
        return stored + sum(1 for slot in self._dirty if self.at_rest(*slot) is None)

    def take_dirty(self) -> dict[int, dict[str, str]]:
        """The values changed since the last call, serialised: {partition: {key: json}}; from now on kept
        at rest as that JSON (and decoded while recently used)."""
        dirty, self._dirty = self._dirty, {}
        out: dict[int, dict[str, str]] = {}
        rows: list[tuple[int, str, str]] = []
        for (partition, key), value in dirty.items():
            encoded = value.model_dump_json()
            rows.append((partition, key, encoded))
            if (partition, key) in self._sizes:
                self._decoded_bytes += len(encoded) - self._sizes[(partition, key)]
                self._sizes[(partition, key)] = len(encoded)
            out.setdefault(partition, {})[key] = encoded
        if rows:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO state VALUES (?, ?, ?)", rows)
            self._db.execute("COMMIT")
        self._trim()  # (after the write: a value forgotten here is read back from the table)
        return out

    def discard_dirty(self) -> None:
        """Forget the changes of an aborted batch (the caller restores the partitions from the changelog)."""
        for slot in self._dirty:
            self._forget(slot)
        self._dirty = {}

    def close(self) -> None:
        """Close the table and remove its file."""
        self._db.close()
        if self._path is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._path)


class Step(Protocol):
    """A stage's pure processing, adapted to records: returns outputs or raises to dead-letter."""

    async def __call__(self, record: Record, state: StateStore[Any], /) -> list[Output]: ...


@dataclass
class StageRunner:
    """Runs one stage: transactional consume → step → produce loop with DLQ and optional state."""

    stage: str
    settings: ServiceSettings
    inputs: list[Topic]
    step: Step
    state_topic: Topic | None = None
    state_model: type[BaseModel] | None = None
    # the order of a record's input event: records of all partitions are merged in this order, and
    # every output carries it on to the next stage in the ORDER_HEADER
    order_key: Callable[[Record], bytes] | None = None
    # I/O a step needs for the whole batch, done once before it (e.g. one round of lookups, not one per record)
    prepare: Callable[[list[Record]], Awaitable[None]] | None = None
    on_batch: Callable[[int], Awaitable[None]] | None = None
    healthy: bool = False
    processed: int = 0

    def __post_init__(self) -> None:
        self.state: StateStore[Any] = StateStore(self.state_model)
        self._log = structlog.get_logger().bind(stage=self.stage)
        self._group = self.settings.group(self.stage)
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._merge: OrderedMerge[TopicPartition, Record] | None = None
        if self.order_key is not None:
            self._merge = OrderedMerge(key=self.order_key, grace_ms=self.settings.order_grace_ms)
        self._waiting_since: dict[TopicPartition, float] = {}

    def _state_file(self) -> str | None:
        """A stateful stage keeps its state at rest in a file of its own under CLAIMWATCH_STATE_DIR."""
        if self.state_topic is None:
            return None
        directory = self.settings.state_dir or tempfile.gettempdir()
        os.makedirs(directory, exist_ok=True)
        fd, path = tempfile.mkstemp(prefix=f"claimwatch-{self.stage}-", suffix=".sqlite", dir=directory)
        os.close(fd)
        return path

    async def run(self, stop: asyncio.Event) -> None:
        """Process until `stop` is set; leaves no transaction open."""
        transactional_id = f"{self._group}.{self.settings.instance_id}"
        # every run starts empty: assigned partitions are restored from the changelog
        self.state.close()
        self.state = StateStore(self.state_model, path=self._state_file(),
                                cache_bytes=self.settings.state_cache_mb * 2**20)
        self._producer = make_producer(self.settings, transactional_id=transactional_id)
        self._consumer = make_consumer(self.settings, self._group)
        await self._producer.start()
        try:
            self._consumer.subscribe(
                [self.settings.topic(t.name) for t in self.inputs], listener=_Restorer(self)
            )
            await self._consumer.start()
            self.healthy = True
            self._log.info("stage started", inputs=[t.name for t in self.inputs])
            while not stop.is_set():
                if self._merge is None:
                    batch = await self._consumer.getmany(
                        timeout_ms=self.settings.batch_timeout_ms, max_records=self.settings.batch_max_records
                    )
                    records = [r for part in batch.values() for r in part]
                else:
                    records = await self._merged_batch(self._merge)
                if records:
                    await self._process(records)
        finally:
            self.healthy = False
            await self._consumer.stop()
            await self._producer.stop()
            self.state.close()
            self._log.info("stage stopped", processed=self.processed)

    async def _merged_batch(self, merge: OrderedMerge[TopicPartition, Record]) -> list[Record]:
        """The next records in input-event order across the assigned partitions (maybe none yet).

        Fetches from the partitions the merge waits for when it holds records, from all otherwise. A
        partition that lags but delivers nothing for `order_max_wait_ms` stops holding the others back.
        """
        assert self._consumer is not None
        assigned = self._consumer.assignment()
        blocking = [tp for tp in merge.empty(assigned) if tp in self._waiting_since]
        if merge.pending and blocking:
            fetched = await self._consumer.getmany(*blocking, timeout_ms=self.settings.order_grace_ms,
                                                   max_records=self.settings.batch_max_records)
        else:
            timeout = self.settings.order_grace_ms if merge.pending else self.settings.batch_timeout_ms
            fetched = await self._consumer.getmany(timeout_ms=timeout, max_records=self.settings.batch_max_records)
        now_ms = int(time.monotonic() * 1000)
        for tp, part in fetched.items():
            merge.add(tp, part, now_ms)
        lagging: set[TopicPartition] = set()
        for tp in merge.empty(assigned):
            # readable end: records of a transaction still open upstream cannot be fetched yet, and they
            # all come after what that stage has committed, so only committed records are waited for
            end = self._consumer.last_stable_offset(tp)
            if end is None or end < 0:
                end = self._consumer.highwater(tp)
            if end is None or await self._consumer.position(tp) < end:
                since = self._waiting_since.setdefault(tp, time.monotonic())
                if (time.monotonic() - since) * 1000 < self.settings.order_max_wait_ms:
                    lagging.add(tp)
            else:
                self._waiting_since.pop(tp, None)
        for tp in list(self._waiting_since):
            if tp not in assigned or tp in fetched:
                self._waiting_since.pop(tp, None)
        return [r for _, r in merge.release(self.settings.batch_max_records, assigned, lagging, now_ms)]

    async def _process(self, ordered: list[Record]) -> None:
        """One transaction: the step's outputs for `ordered` (in that order), state changes, offsets."""
        assert self._producer is not None and self._consumer is not None
        started = time.perf_counter()
        offsets: dict[TopicPartition, int] = {}
        for record in ordered:
            offsets[TopicPartition(record.topic, record.partition)] = record.offset + 1
        try:
            if self.prepare is not None:
                await self.prepare(ordered)
            async with self._producer.transaction():
                RECORDS_IN.labels(stage=self.stage).inc(len(ordered))
                batches = RecordBatches(self._producer)
                for record in ordered:
                    headers = [] if self.order_key is None else [(ORDER_HEADER, self.order_key(record))]
                    for out in await self._outputs_for(record):
                        RECORDS_OUT.labels(stage=self.stage, topic=out.topic).inc()
                        await batches.add(self.settings.topic(out.topic), encode_key(out.key), encode(out.value),
                                          headers=headers)
                for partition, changes in self.state.take_dirty().items():
                    assert self.state_topic is not None
                    state_topic = self.settings.topic(self.state_topic.name)
                    for key, value in changes.items():
                        await batches.add(state_topic, key.encode(), value.encode(), partition=partition)
                await asyncio.gather(*await batches.flush())
                await self._producer.send_offsets_to_transaction(offsets, self._group)
        except Exception:
            self._log.exception("batch failed; rewinding to the last committed offsets")
            await self._rewind(list(offsets))
            raise
        self.processed += len(ordered)
        BATCH_SECONDS.labels(stage=self.stage).observe(time.perf_counter() - started)
        self._record_lag(offsets)
        if self.on_batch is not None:
            await self.on_batch(len(ordered))

    async def _outputs_for(self, record: Record) -> list[Output]:
        """The step's outputs, or one dead letter when the step refuses the record."""
        self.state.partition = record.partition
        try:
            return await self.step(record, self.state)
        except TRANSIENT_ERRORS:
            raise  # the database or network is down, not the record bad: abort the batch and retry it
        except Exception as exc:  # any other failure of the step is about the record: data, never a crash
            source = by_name(record.topic.removeprefix(self.settings.topic_prefix))
            self._log.warning("dead-lettered", topic=record.topic, offset=record.offset, error=str(exc)[:300])
            letter = dead_letter(
                self.stage, record.value, exc, source_topic=record.topic, partition=record.partition,
                offset=record.offset, key=record.key,
            )
            return [Output(source.dlq or f"{source.name}.dlq", None, letter)]

    async def _rewind(self, partitions: list[TopicPartition]) -> None:
        """After an aborted transaction: state back to the changelog, positions back to the commits."""
        assert self._consumer is not None
        self.state.discard_dirty()
        if self._merge is not None:
            self._merge.drop(partitions)  # their buffered records will be fetched again from the commits
        await self.restore_state({tp.partition for tp in partitions})
        for tp in partitions:
            committed = await self._consumer.committed(tp)
            if committed is None:
                await self._consumer.seek_to_beginning(tp)
            else:
                self._consumer.seek(tp, committed)

    def _record_lag(self, processed_to: dict[TopicPartition, int]) -> None:
        assert self._consumer is not None
        for tp, position in processed_to.items():
            highwater = self._consumer.highwater(tp)
            if highwater is not None:
                CONSUMER_LAG.labels(stage=self.stage, topic=tp.topic).set(max(highwater - position, 0))

    def forget_buffered(self, partitions: list[TopicPartition]) -> None:
        """Records fetched but not processed from partitions this replica no longer owns: not ours now."""
        if self._merge is not None:
            self._merge.drop(partitions)

    async def restore_state(self, partitions: set[int]) -> None:
        """Rebuild the state of the given partitions from the changelog (read_committed, to its end)."""
        if self.state_topic is None or not partitions:
            return
        topic = self.settings.topic(self.state_topic.name)
        self.state.drop(partitions)
        reader = make_consumer(self.settings, None, from_beginning=True)
        await reader.start()
        try:
            tps = [TopicPartition(topic, p) for p in partitions]
            reader.assign(tps)
            await reader.seek_to_beginning(*tps)
            ends = await reader.end_offsets(tps)
            remaining = {tp for tp in tps if ends[tp] > 0}
            loaded = 0
            while remaining:
                chunk = await reader.getmany(*remaining, timeout_ms=1000, max_records=5000)
                for tp, records in chunk.items():
                    for rec in records:
                        if rec.key is not None:
                            value = None if rec.value is None else rec.value.decode()
                            self.state.load(tp.partition, rec.key.decode(), value)
                            loaded += 1
                for tp in list(remaining):
                    # committed-read position can stop short of the end marker; compare positions
                    if await reader.position(tp) >= ends[tp]:
                        remaining.discard(tp)
            self._log.info("state restored", partitions=sorted(partitions), records=loaded)
        finally:
            await reader.stop()


class _Restorer(ConsumerRebalanceListener):  # type: ignore[misc]
    """Restores a stateful stage's partitions when they are assigned to this replica."""

    def __init__(self, runner: StageRunner) -> None:
        self._runner = runner

    async def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        self._runner.state.drop({tp.partition for tp in revoked})
        self._runner.forget_buffered(revoked)

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        await self._runner.restore_state({tp.partition for tp in assigned})
