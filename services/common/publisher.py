"""What the ingesters hand documents to: feeds.documents (at-least-once, acknowledged before the
ingester moves its cursor) and the DLQ for what they could not turn into a Document."""

from __future__ import annotations

from schemas.models import Document
from schemas.topics import DOCUMENTS
from services.common.dlq import dead_letter
from services.common.kafka import encode, make_producer
from services.common.metrics import RECORDS_OUT
from services.common.settings import ServiceSettings


class DocumentPublisher:
    def __init__(self, settings: ServiceSettings, stage: str) -> None:
        self._settings = settings
        self._stage = stage
        self._producer = make_producer(settings)
        self.published = 0
        self.dead_lettered = 0

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def document(self, document: Document) -> None:
        """Publish and wait for the broker's acknowledgement (acks=all, idempotent producer)."""
        await self._producer.send_and_wait(
            self._settings.topic(DOCUMENTS.name), encode(document), key=document.doc_id.encode()
        )
        self.published += 1
        RECORDS_OUT.labels(stage=self._stage, topic=DOCUMENTS.name).inc()

    async def dead_letter(self, reason: str, payload: bytes, error_type: str) -> None:
        letter = dead_letter(self._stage, payload, reason).model_copy(update={"error_type": error_type})
        await self._producer.send_and_wait(self._settings.topic(DOCUMENTS.dlq or ""), encode(letter))
        self.dead_lettered += 1
