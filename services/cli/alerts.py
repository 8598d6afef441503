"""`claimwatch alerts`: a subscriber to status.changes (any Kafka client can do the same)."""

from __future__ import annotations

import sys
import time
from collections.abc import AsyncGenerator
from contextlib import aclosing

from aiokafka import TopicPartition
from pydantic import ValidationError

from schemas.models import StatusChange
from schemas.topics import STATUS_CHANGES
from services.cli.render import matches_place, render_change
from services.common.kafka import make_consumer, topic_partitions
from services.common.settings import ServiceSettings


async def status_changes(
    settings: ServiceSettings, *, from_beginning: bool, deadline: float | None
) -> AsyncGenerator[StatusChange | None, None]:
    """Every StatusChange on the topic (committed ones), until the monotonic `deadline`.

    Yields None after each poll that brought nothing, so a caller can check its own condition; a record
    that is not a StatusChange is reported on stderr and skipped. Raises LookupError without the topic.
    """
    topic = settings.topic(STATUS_CHANGES.name)
    consumer = make_consumer(settings, None, from_beginning=from_beginning)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in await topic_partitions(consumer, topic)]
        consumer.assign(tps)
        if from_beginning:
            await consumer.seek_to_beginning(*tps)
        else:
            await consumer.seek_to_end(*tps)
        while deadline is None or time.monotonic() < deadline:
            chunk = await consumer.getmany(timeout_ms=500)
            for records in chunk.values():
                for record in records:
                    try:
                        yield StatusChange.model_validate_json(record.value or b"")
                    except ValidationError:
                        print(f"(skipped a record that is not a StatusChange at offset {record.offset})",
                              file=sys.stderr)
            yield None
    finally:
        await consumer.stop()


async def follow(place: str | None, from_beginning: bool, as_json: bool, include_silent: bool,
                 max_events: int | None, seconds: float | None) -> int:
    """Print events until interrupted, `max_events` printed or `seconds` passed; exit code."""
    settings = ServiceSettings()
    deadline = None if seconds is None else time.monotonic() + seconds
    printed = 0
    try:
        async with aclosing(status_changes(settings, from_beginning=from_beginning, deadline=deadline)) as changes:
            async for change in changes:
                if change is None or (place is not None and not matches_place(change, place)):
                    continue
                if not (change.alert or include_silent or as_json):
                    continue
                print(change.model_dump_json() if as_json else render_change(change), flush=True)
                printed += 1
                if max_events is not None and printed >= max_events:
                    return 0
    except LookupError:
        print(f"topic {settings.topic(STATUS_CHANGES.name)} does not exist: is the pipeline running?",
              file=sys.stderr)
        return 2
    return 0 if max_events is None else 1
