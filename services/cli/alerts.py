"""`claimwatch alerts`: a subscriber to status.changes (any Kafka client can do the same)."""

from __future__ import annotations

import sys
import time

from aiokafka import TopicPartition
from pydantic import ValidationError

from schemas.models import StatusChange
from schemas.topics import STATUS_CHANGES
from services.cli.render import matches_place, render_change
from services.common.kafka import make_consumer, topic_partitions
from services.common.settings import ServiceSettings


async def follow(place: str | None, from_beginning: bool, as_json: bool, include_silent: bool,
                 max_events: int | None, seconds: float | None) -> int:
    """Print events until interrupted, `max_events` printed or `seconds` passed; exit code."""
    settings = ServiceSettings()
    topic = settings.topic(STATUS_CHANGES.name)
    consumer = make_consumer(settings, None, from_beginning=from_beginning)
    await consumer.start()
    printed = 0
    deadline = None if seconds is None else time.monotonic() + seconds
    try:
        try:
            tps = [TopicPartition(topic, p) for p in await topic_partitions(consumer, topic)]
        except LookupError:
            print(f"topic {topic} does not exist: is the pipeline running?", file=sys.stderr)
            return 2
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
                        change = StatusChange.model_validate_json(record.value or b"")
                    except ValidationError:
                        print(f"(skipped a record that is not a StatusChange at offset {record.offset})",
                              file=sys.stderr)
                        continue
                    if place is not None and not matches_place(change, place):
                        continue
                    if not (change.alert or include_silent or as_json):
                        continue
                    print(change.model_dump_json() if as_json else render_change(change), flush=True)
                    printed += 1
                    if max_events is not None and printed >= max_events:
                        return 0
        return 0 if max_events is None else 1
    finally:
        await consumer.stop()
