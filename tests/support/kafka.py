"""Test helpers that make a pipeline test read like the dataflow it checks: produce, then collect."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

from aiokafka import TopicPartition
from pydantic import BaseModel

from services.common.kafka import encode, make_consumer, make_producer, topic_partitions
from services.common.settings import ServiceSettings

M = TypeVar("M", bound=BaseModel)


async def produce(settings: ServiceSettings, topic: str, items: Iterable[tuple[str | None, BaseModel | bytes]]) -> None:
    """Send (key, value) pairs to a catalogue topic, in order, and wait for every acknowledgement."""
    producer = make_producer(settings)
    await producer.start()
    try:
        pending = []
        for key, value in items:
            raw = value if isinstance(value, bytes) else encode(value)
            pending.append(await producer.send(settings.topic(topic), raw, key=None if key is None else key.encode()))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def collect(
    settings: ServiceSettings,
    topic: str,
    model: type[M],
    *,
    until: Callable[[list[M]], bool],
    timeout_s: float = 60.0,
    settle_s: float = 0.0,
) -> list[M]:
    """Committed records of a topic from its start until `until(records)` holds; fails after the timeout.

    `settle_s` keeps reading that long after the condition holds, to catch duplicates that would follow.
    """
    consumer = make_consumer(settings, None)
    await consumer.start()
    name = settings.topic(topic)
    out: list[M] = []
    try:
        deadline = time.monotonic() + timeout_s
        tps = [TopicPartition(name, p) for p in await topic_partitions(consumer, name)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        settle_until: float | None = None
        while time.monotonic() < deadline:
            chunk = await consumer.getmany(timeout_ms=200)
            for records in chunk.values():
                out.extend(model.model_validate_json(r.value) for r in records)
            if settle_until is None and until(out):
                settle_until = time.monotonic() + settle_s
            if settle_until is not None and time.monotonic() >= settle_until:
                return out
        raise AssertionError(f"timed out after {timeout_s}s on {topic}: got {len(out)} records")
    finally:
        await consumer.stop()
