"""One way to reach Kafka: client factories, topic creation and record encoding."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError
from pydantic import BaseModel

from schemas.topics import Topic
from services.common.settings import ServiceSettings


def _security(settings: ServiceSettings) -> dict[str, Any]:
    """Connection security options (SASL/SCRAM and TLS in the compose security profile)."""
    options: dict[str, Any] = {"security_protocol": settings.kafka_security_protocol}
    if settings.kafka_sasl_mechanism:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        if settings.kafka_sasl_password is not None:
            options["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    if settings.kafka_security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    return options


def make_producer(settings: ServiceSettings, transactional_id: str | None = None) -> AIOKafkaProducer:
    """A producer that never loses acknowledged records; transactional when an id is given."""
    return AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        acks="all",
        enable_idempotence=True,
        transactional_id=transactional_id,
        linger_ms=5,
        max_batch_size=settings.kafka_batch_kb * 1024,
        compression_type=None if settings.kafka_compression == "none" else settings.kafka_compression,
        max_request_size=8 * 1024 * 1024,
        request_timeout_ms=30000,
        **_security(settings),
    )


def make_consumer(
    settings: ServiceSettings,
    group_id: str | None,
    *topics: str,
    from_beginning: bool = True,
    read_committed: bool = True,
) -> AIOKafkaConsumer:
    """A manually committed consumer that sees only committed transactional records."""
    return AIOKafkaConsumer(
        *topics,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        isolation_level="read_committed" if read_committed else "read_uncommitted",
        max_partition_fetch_bytes=8 * 1024 * 1024,
        fetch_max_bytes=16 * 1024 * 1024,
        session_timeout_ms=15000,
        heartbeat_interval_ms=3000,
        **_security(settings),
    )


async def ensure_topics(settings: ServiceSettings, topics: Iterable[Topic], attempts: int = 30) -> list[str]:
    """Create the given catalogue topics if missing (idempotent); returns the names created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers, **_security(settings))
    for attempt in range(attempts):
        try:
            await admin.start()
            break
        except KafkaConnectionError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(min(0.2 * 2**attempt, 2.0))
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in topics if settings.topic(t.name) not in existing]
        created: list[str] = []
        for topic in wanted:
            new = NewTopic(
                name=settings.topic(topic.name),
                num_partitions=topic.partitions,
                replication_factor=1 if _single_broker(settings) else 3,
                topic_configs=topic.config(),
            )
            try:
                await admin.create_topics([new])
                created.append(new.name)
            except TopicAlreadyExistsError:
                pass  # another replica won the race: fine
        return created
    finally:
        await admin.close()


def _single_broker(settings: ServiceSettings) -> bool:
    return len(settings.kafka_bootstrap_servers.split(",")) == 1


def encode(model: BaseModel) -> bytes:
    """The wire form of a contract value: compact JSON."""
    return model.model_dump_json(exclude_none=False).encode()


def encode_key(key: str | None) -> bytes | None:
    return None if key is None else key.encode()


async def topic_partitions(consumer: AIOKafkaConsumer, topic: str, attempts: int = 50) -> list[int]:
    """The partitions of a topic, refreshing metadata while a just-created topic propagates."""
    for _ in range(attempts):
        # the consumer's cached metadata only covers subscribed topics: ask the cluster
        cluster = await consumer._client.fetch_all_metadata()
        partitions = cluster.partitions_for_topic(topic)
        if partitions:
            return sorted(partitions)
        await asyncio.sleep(0.1)
    raise LookupError(f"topic {topic} does not exist")
