"""One settings base for every service: typed, from the environment, secrets never printed."""

from __future__ import annotations

import os
import socket
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Settings every service shares. Environment variable names match docker-compose.yml."""

    # secrets may also come from files named like the variable (docker secrets): CLAIMWATCH_SECRETS_DIR
    model_config = SettingsConfigDict(
        extra="ignore", populate_by_name=True, secrets_dir=os.environ.get("CLAIMWATCH_SECRETS_DIR") or None
    )

    kafka_bootstrap_servers: str = Field("127.0.0.1:19092", alias="KAFKA_BOOTSTRAP_SERVERS")
    kafka_security_protocol: str = Field("PLAINTEXT", alias="KAFKA_SECURITY_PROTOCOL")
    kafka_sasl_mechanism: str | None = Field(None, alias="KAFKA_SASL_MECHANISM")
    kafka_sasl_username: str | None = Field(None, alias="KAFKA_SASL_USERNAME")
    kafka_sasl_password: SecretStr | None = Field(None, alias="KAFKA_SASL_PASSWORD")
    kafka_ssl_cafile: str | None = Field(None, alias="KAFKA_SSL_CAFILE")
    # record batches compressed by the producers (consumers read any codec): none, snappy, lz4, zstd or gzip
    kafka_compression: Literal["none", "snappy", "lz4", "zstd", "gzip"] = Field(
        "none", alias="CLAIMWATCH_KAFKA_COMPRESSION")
    # the largest record batch a producer builds per partition: a stage's batch of outputs goes out in a few
    # produce requests instead of one per 16 KB (the client's default); below the broker's 1 MB message limit
    kafka_batch_kb: int = Field(512, alias="CLAIMWATCH_KAFKA_BATCH_KB", ge=1, le=1000)
    database_url: SecretStr = Field(
        SecretStr("postgresql://claimwatch@127.0.0.1:15432/claimwatch"), alias="DATABASE_URL"
    )
    log_level: str = Field("INFO", alias="CLAIMWATCH_LOG_LEVEL")
    health_host: str = Field("127.0.0.1", alias="CLAIMWATCH_HEALTH_HOST")
    health_port: int = Field(0, alias="CLAIMWATCH_HEALTH_PORT", description="0 picks a free port")
    # where a supervisor that let the OS pick the port learns which one it got: a port chosen by the supervisor
    # and bound later by the child can be taken in between (by another child, or an outgoing connection)
    health_port_file: str | None = Field(None, alias="CLAIMWATCH_HEALTH_PORT_FILE")
    topic_prefix: str = Field("", alias="CLAIMWATCH_TOPIC_PREFIX", description="isolates test runs")
    instance_id: str = Field(default_factory=socket.gethostname, alias="CLAIMWATCH_INSTANCE_ID")
    migrate_on_start: bool = Field(True, alias="CLAIMWATCH_MIGRATE_ON_START",
                                   description="off where services run with least-privilege roles")
    # read_committed readers see a batch only when its transaction commits: batches bound the latency
    batch_max_records: int = Field(500, alias="CLAIMWATCH_BATCH_MAX_RECORDS", ge=1)
    batch_timeout_ms: int = Field(200, alias="CLAIMWATCH_BATCH_TIMEOUT_MS", ge=1)
    # order-sensitive stages merge their partitions in event order: how long a quiet partition may still
    # deliver an earlier record, and how long a lagging one may hold the others back
    order_grace_ms: int = Field(100, alias="CLAIMWATCH_ORDER_GRACE_MS", ge=0)
    order_max_wait_ms: int = Field(2000, alias="CLAIMWATCH_ORDER_MAX_WAIT_MS", ge=0)
    # the deduper's in-memory mirror of the shared document index: documents kept at most (~4.4 KB each);
    # past it the oldest leave before their 7-day window ends
    dedup_index_max_docs: int = Field(200_000, alias="CLAIMWATCH_DEDUP_INDEX_MAX_DOCS", ge=1)
    # stateful stages keep their busiest values decoded: at most this many MB of their JSON (4-5x in memory)
    state_cache_mb: int = Field(16, alias="CLAIMWATCH_STATE_CACHE_MB", ge=1)
    # where stateful stages keep their state at rest (a cache of the changelog; default: the temp dir)
    state_dir: str | None = Field(None, alias="CLAIMWATCH_STATE_DIR")

    def topic(self, name: str) -> str:
        """The physical topic name for a catalogue name."""
        return f"{self.topic_prefix}{name}"

    def group(self, stage: str) -> str:
        """The consumer group of a stage."""
        return f"{self.topic_prefix}claimwatch.{stage}"


def env_flag(name: str) -> bool:
    """A boolean environment switch: 1/true/yes/on."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}
