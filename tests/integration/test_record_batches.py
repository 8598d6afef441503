"""Records sent a batch at a time (`RecordBatches`) on the real broker: every record arrives once, in order per
partition, with its headers, on the partition the producer's own `send` gives its key."""

from __future__ import annotations

import uuid

from aiokafka import TopicPartition

from schemas.topics import CLAIMS_CANONICAL, CLAIMS_EXTRACTED
from services.common.kafka import make_consumer, make_producer
from services.common.record_batches import RecordBatches
from services.common.settings import ServiceSettings


async def test_batches_keep_order_headers_and_the_default_partition_of_each_key(topics: ServiceSettings) -> None:
    # 1 KB batches: a partition's records span many batches; one record is larger than a batch
    settings = topics.model_copy(update={"kafka_batch_kb": 1})
    producer = make_producer(settings, transactional_id=f"test-batches-{uuid.uuid4().hex[:8]}")
    extracted, canonical = settings.topic(CLAIMS_EXTRACTED.name), settings.topic(CLAIMS_CANONICAL.name)
    keys = [f"geonames:{n}".encode() for n in range(40)]
    await producer.start()
    try:
        # where the producer's own partitioner puts each key
        async with producer.transaction():
            futures = [await producer.send(canonical, b"probe", key=key) for key in keys]
            default = {key: (await f).partition for key, f in zip(keys, futures, strict=True)}
        async with producer.transaction():
            batches = RecordBatches(producer)
            for n in range(600):
                value = f"{n:04d}".encode() + (b"x" * 3000 if n == 300 else b"")
                await batches.add(extracted, keys[n % len(keys)], value, headers=[("claimwatch-order", b"%d" % n)])
            await batches.add(extracted, b"pinned", b"to-2", partition=2)
            sent = await batches.flush()
            assert len(sent) > 2 * CLAIMS_EXTRACTED.partitions  # several batches per partition
            for future in sent:
                await future
    finally:
        await producer.stop()

    consumer = make_consumer(settings, None)
    await consumer.start()
    try:
        tps = [TopicPartition(extracted, p) for p in range(CLAIMS_EXTRACTED.partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        seen: list[tuple[int, bytes, bytes, list[tuple[str, bytes]]]] = []
        while len(seen) < 601:
            chunk = await consumer.getmany(timeout_ms=5000)
            assert chunk, f"only {len(seen)} of 601 records arrived"
            for tp, records in chunk.items():
                seen += [(tp.partition, r.key, r.value, list(r.headers)) for r in records]
    finally:
        await consumer.stop()

    assert len(seen) == 601
    assert [(p, v) for p, k, v, _ in seen if k == b"pinned"] == [(2, b"to-2")]
    numbered = [(p, k, v, h) for p, k, v, h in seen if k != b"pinned"]
    assert all(p == default[k] for p, k, _, _ in numbered)
    assert sorted(int(v[:4]) for _, _, v, _ in numbered) == list(range(600))
    assert all(h == [("claimwatch-order", v[:4].lstrip(b"0") or b"0")] for _, _, v, h in numbered)
    assert [len(v) for _, _, v, _ in numbered if v.startswith(b"0300")] == [3004]
    for partition in range(CLAIMS_EXTRACTED.partitions):
        order = [int(v[:4]) for p, _, v, _ in numbered if p == partition]
        assert order == sorted(order)  # a partition's records in the order they were added
