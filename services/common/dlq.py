"""The dead-letter policy every stage uses: what could not be processed becomes a DeadLetter record."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime

from schemas.models import DeadLetter
from services.common.metrics import DEAD_LETTERS

MAX_PAYLOAD_BYTES = 256 * 1024


class InvalidMessage(Exception):
    """Raised by a stage for a record it cannot process; the runner dead-letters it with the reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def dead_letter(
    stage: str,
    payload: bytes | None,
    error: BaseException | str,
    *,
    source_topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    key: bytes | None = None,
) -> DeadLetter:
    """Build the DLQ record for a payload a stage refused, and count it."""
    if isinstance(error, InvalidMessage):
        reason, error_type = error.reason, "InvalidMessage"
    elif isinstance(error, BaseException):
        reason, error_type = (str(error) or type(error).__name__), type(error).__name__
    else:
        reason, error_type = error, "Rejected"
    raw = payload or b""
    DEAD_LETTERS.labels(stage=stage, reason=error_type).inc()
    return DeadLetter(
        stage=stage,
        reason=reason[:2000],
        error_type=error_type,
        source_topic=source_topic,
        partition=partition,
        offset=offset,
        key=None if key is None else key.decode("utf-8", errors="replace")[:1000],
        # a huge payload would make the dead letter itself too large for the broker: keep its head,
        # its size and its hash (the source topic and offset locate the whole record)
        payload=base64.b64encode(raw[:MAX_PAYLOAD_BYTES]).decode("ascii"),
        payload_size=len(raw),
        payload_sha256=hashlib.sha256(raw).hexdigest(),
        truncated=len(raw) > MAX_PAYLOAD_BYTES,
        at=datetime.now(UTC),
    )
