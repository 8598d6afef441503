"""The records of one transaction, built into record batches here and handed to the producer a batch at a time.

`AIOKafkaProducer.send` costs a coroutine, a key hash in pure Python and a future per record, and resolves
every record's future when its batch is acknowledged: a stage's outputs are hundreds of records per
transaction. `send_batch` takes a whole record batch for one partition and returns one future for it. The
partition of a keyed record is the one the producer's default partitioner picks (murmur2 of the key over the
sorted partitions, as the Java client too), so records of one key land where any other producer puts them;
a key's hash is computed once (the keys, place ids and state keys, repeat).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import murmur2


@lru_cache(maxsize=65_536)
def key_hash(key: bytes) -> int:
    """The default partitioner's hash of a record key (non-negative)."""
    return int(murmur2(key)) & 0x7FFFFFFF


class RecordBatches:
    """One open record batch per partition; a full one is submitted and a new one started. Records of a partition
    keep the order they were added in. `flush` submits the rest and returns one future per submitted batch."""

    def __init__(self, producer: AIOKafkaProducer) -> None:
        self._producer = producer
        self._open: dict[tuple[str, int], Any] = {}  # (topic, partition) → aiokafka BatchBuilder
        self._partitions: dict[str, list[int]] = {}
        self._sent: list[asyncio.Future[Any]] = []

    async def add(self, topic: str, key: bytes | None, value: bytes | None, partition: int | None = None,
                  headers: Sequence[tuple[str, bytes]] = ()) -> None:
        if partition is None:
            partition = await self.partition(topic, key)
        slot = (topic, partition)
        builder = self._open.get(slot)
        if builder is None:
            builder = self._open[slot] = self._producer.create_batch()
        if builder.append(timestamp=None, key=key, value=value, headers=list(headers)) is None:
            await self._submit(slot, builder)
            builder = self._open[slot] = self._producer.create_batch()
            # an empty batch takes any one record (up to the producer's request size)
            builder.append(timestamp=None, key=key, value=value, headers=list(headers))

    async def partition(self, topic: str, key: bytes | None) -> int:
        """The partition the producer's default partitioner gives a key (a random one for no key)."""
        partitions = self._partitions.get(topic)
        if partitions is None:
            partitions = self._partitions[topic] = sorted(await self._producer.partitions_for(topic))
        if key is None:
            return random.choice(partitions)  # noqa: S311 - spreading load, as the default partitioner does
        return partitions[key_hash(key) % len(partitions)]

    async def flush(self) -> list[asyncio.Future[Any]]:
        """Submit every open batch; the futures of all batches submitted, done when the broker has them."""
        open_batches, self._open = self._open, {}
        for slot, builder in open_batches.items():
            await self._submit(slot, builder)
        return self._sent

    async def _submit(self, slot: tuple[str, int], builder: Any) -> None:
        builder.close()  # closed: the producer's own send() never appends to it
        self._sent.append(await self._producer.send_batch(builder, slot[0], partition=slot[1]))
