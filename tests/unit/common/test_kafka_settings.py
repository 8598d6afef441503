"""What the Kafka client settings give the producers (no broker needed: a producer is built, not started)."""

from __future__ import annotations

import pytest

from services.common.kafka import make_producer
from services.common.settings import ServiceSettings


@pytest.mark.asyncio
async def test_producers_build_large_record_batches_by_default() -> None:
    # a stage's outputs go out in a few produce requests: 16 KB batches cost the broker 3x the CPU per document
    producer = make_producer(ServiceSettings())
    assert producer._message_accumulator._batch_size == 512 * 1024


@pytest.mark.asyncio
async def test_the_batch_size_and_codec_are_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_KAFKA_BATCH_KB", "64")
    monkeypatch.setenv("CLAIMWATCH_KAFKA_COMPRESSION", "snappy")
    producer = make_producer(ServiceSettings())
    assert producer._message_accumulator._batch_size == 64 * 1024
    assert producer._compression_type == "snappy"


def test_batches_stay_below_the_brokers_message_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_KAFKA_BATCH_KB", "2048")
    with pytest.raises(ValueError, match="less than or equal to 1000"):
        ServiceSettings()
