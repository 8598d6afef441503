"""The thin runner every Kafka-to-Kafka stage uses: consume a batch, call the pure step, produce the
outputs, the dead letters, the state changes and the input offsets in ONE Kafka transaction.

A crash at any point aborts the open transaction, so after a restart the batch is processed again
and read_committed consumers downstream see each output exactly once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterable
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


@dataclass(frozen=True)
class Output:
    """One record a step wants produced; `topic` is a catalogue name."""

    topic: str
    key: str | None
    value: BaseModel


class StateStore(Generic[M]):
    """Per-partition key/value state of a stage, mirrored to a compacted changelog topic.

    Values are pydantic models kept decoded: a step reads and writes them through `get`/`put` (and must
    treat them as immutable); the runner serialises each value changed in a batch once, into the
    changelog, inside the batch's transaction. Restored records stay JSON until first read.
    """

    def __init__(self, model: type[M] | None = None) -> None:
        self._model = model
        self._data: dict[int, dict[str, M | str]] = {}
        self._dirty: dict[int, set[str]] = {}
        self.partition = 0

    def get(self, key: str) -> M | None:
        part = self._data.get(self.partition)
        if part is None:
            return None
        value = part.get(key)
        if isinstance(value, str):
            assert self._model is not None, "a stateful stage needs a state model"
            value = self._model.model_validate_json(value)
            part[key] = value
        return value

    def put(self, key: str, value: M) -> None:
        self._data.setdefault(self.partition, {})[key] = value
        self._dirty.setdefault(self.partition, set()).add(key)

    def load(self, partition: int, key: str, value: str | None) -> None:
        part = self._data.setdefault(partition, {})
        if value is None:
            part.pop(key, None)
        else:
            part[key] = value

    def drop(self, partitions: Iterable[int]) -> None:
        for partition in partitions:
            self._data.pop(partition, None)

    def take_dirty(self) -> dict[int, dict[str, str]]:
        """The values changed since the last call, serialised: {partition: {key: json}}."""
        dirty, self._dirty = self._dirty, {}
        out: dict[int, dict[str, str]] = {}
        for partition, keys in dirty.items():
            part = self._data.get(partition, {})
            for key in keys:
                value = part.get(key)
                if value is not None:
                    out.setdefault(partition, {})[key] = value if isinstance(value, str) else value.model_dump_json()
        return out

    def discard_dirty(self) -> None:
        self._dirty = {}


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
    order_key: Callable[[Record], Any] | None = None
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

    async def run(self, stop: asyncio.Event) -> None:
        """Process until `stop` is set; leaves no transaction open."""
        transactional_id = f"{self._group}.{self.settings.instance_id}"
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
                batch = await self._consumer.getmany(
                    timeout_ms=self.settings.batch_timeout_ms, max_records=self.settings.batch_max_records
                )
                if batch:
                    await self._process_batch(batch)
        finally:
            self.healthy = False
            await self._consumer.stop()
            await self._producer.stop()
            self._log.info("stage stopped", processed=self.processed)

    async def _process_batch(self, batch: dict[TopicPartition, list[Record]]) -> None:
        assert self._producer is not None and self._consumer is not None
        started = time.perf_counter()
        offsets: dict[TopicPartition, int] = {}
        sends: list[Awaitable[Any]] = []
        ordered = [r for records in batch.values() for r in records]
        if self.order_key is not None:
            # across partitions, process the batch in the order the inputs happened
            ordered.sort(key=self.order_key)
        try:
            if self.prepare is not None:
                await self.prepare(ordered)
            async with self._producer.transaction():
                for tp, records in batch.items():
                    offsets[tp] = records[-1].offset + 1
                    RECORDS_IN.labels(stage=self.stage).inc(len(records))
                for record in ordered:
                    for out in await self._outputs_for(record):
                        sends.append(await self._send(out, partition=None))
                for partition, changes in self.state.take_dirty().items():
                    assert self.state_topic is not None
                    for key, value in changes.items():
                        sends.append(
                            await self._producer.send(
                                self.settings.topic(self.state_topic.name),
                                value.encode(),
                                key=key.encode(),
                                partition=partition,
                            )
                        )
                await asyncio.gather(*sends)
                await self._producer.send_offsets_to_transaction(offsets, self._group)
        except Exception:
            self._log.exception("batch failed; rewinding to the last committed offsets")
            await self._rewind(list(batch))
            raise
        self.processed += sum(len(r) for r in batch.values())
        BATCH_SECONDS.labels(stage=self.stage).observe(time.perf_counter() - started)
        self._record_lag(batch)
        if self.on_batch is not None:
            await self.on_batch(sum(len(r) for r in batch.values()))

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

    async def _send(self, out: Output, partition: int | None) -> Awaitable[Any]:
        assert self._producer is not None
        RECORDS_OUT.labels(stage=self.stage, topic=out.topic).inc()
        fut: Awaitable[Any] = await self._producer.send(
            self.settings.topic(out.topic), encode(out.value), key=encode_key(out.key), partition=partition
        )
        return fut

    async def _rewind(self, partitions: list[TopicPartition]) -> None:
        """After an aborted transaction: state back to the changelog, positions back to the commits."""
        assert self._consumer is not None
        self.state.discard_dirty()
        await self.restore_state({tp.partition for tp in partitions})
        for tp in partitions:
            committed = await self._consumer.committed(tp)
            if committed is None:
                await self._consumer.seek_to_beginning(tp)
            else:
                self._consumer.seek(tp, committed)

    def _record_lag(self, batch: dict[TopicPartition, list[Record]]) -> None:
        assert self._consumer is not None
        for tp in batch:
            highwater = self._consumer.highwater(tp)
            position = batch[tp][-1].offset + 1
            if highwater is not None:
                CONSUMER_LAG.labels(stage=self.stage, topic=tp.topic).set(max(highwater - position, 0))

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

    async def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        await self._runner.restore_state({tp.partition for tp in assigned})
