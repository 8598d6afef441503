"""The topic catalogue: every Kafka topic claimwatch owns, with its contract."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class Topic:
    name: str
    value_model: str
    key: str
    partitions: int
    cleanup_policy: Literal["delete", "compact"]
    retention_ms: int
    description: str
    dlq: str | None = None

    def config(self) -> dict[str, str]:
        """Broker-side topic configuration."""
        return {"cleanup.policy": self.cleanup_policy, "retention.ms": str(self.retention_ms)}


DOCUMENTS = Topic(
    "feeds.documents", "Document", "doc_id", 6, "delete", 14 * DAY_MS,
    "Every fetched article and post, deterministic doc ids (at-least-once from ingesters).",
    dlq="feeds.documents.dlq",
)
CLAIMS_EXTRACTED = Topic(
    "claims.extracted", "Claim", "place_id", 6, "delete", 14 * DAY_MS,
    "Atomic claims from each document, with the document's text fingerprint.",
    dlq="claims.extracted.dlq",
)
CLAIMS_CANONICAL = Topic(
    "claims.canonical", "CanonicalClaim", "place_id", 6, "delete", 30 * DAY_MS,
    "Claim clusters: the same claim from every carrier, independent claimants counted.",
    dlq="claims.canonical.dlq",
)
STATUS_CHANGES = Topic(
    "status.changes", "StatusChange", "place_id", 3, "delete", 365 * DAY_MS,
    "Explained per-place status changes: what analysts subscribe to.",
    dlq="status.changes.dlq",
)

DATA_TOPICS: tuple[Topic, ...] = (DOCUMENTS, CLAIMS_EXTRACTED, CLAIMS_CANONICAL, STATUS_CHANGES)

DLQ_TOPICS: tuple[Topic, ...] = tuple(
    Topic(t.dlq, "DeadLetter", "original key", 1, "delete", 30 * DAY_MS,
          f"Records no stage could process from or for {t.name}, with the reason.")
    for t in DATA_TOPICS
    if t.dlq
)

# Internal state changelogs (compacted): the reconciler's per-place state and the deduper's clusters,
# written in the same Kafka transaction as the outputs so a crash never splits state from events.
RECONCILER_STATE = Topic(
    "claimwatch.reconciler.state", "PlaceState", "place_id", 6, "compact", -1,
    "Reconciler per-place state changelog (internal).",
)
DEDUPER_STATE = Topic(
    "claimwatch.deduper.state", "ClusterState", "cluster key", 6, "compact", -1,
    "Deduper claim-cluster changelog (internal).",
)
INTERNAL_TOPICS: tuple[Topic, ...] = (RECONCILER_STATE, DEDUPER_STATE)

ALL_TOPICS: tuple[Topic, ...] = DATA_TOPICS + DLQ_TOPICS + INTERNAL_TOPICS


def by_name(name: str) -> Topic:
    """The catalogue entry for a topic name."""
    for topic in ALL_TOPICS:
        if topic.name == name:
            return topic
    raise KeyError(name)
