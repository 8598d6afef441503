"""Merge records of several partitions into one stream in the order of their inputs' events.

Kafka keeps order within a partition only, and a consumer hands out whatever partition's fetch arrived
first (after a restart: hundreds of records of one partition, then of the next). A stage whose result
depends on the order of its inputs across partitions (which copy of a story came first) buffers each
partition and releases the smallest head only when every partition that may still hold an earlier record
has shown its head. Pure: the runner says which partitions still lag behind their high-water mark and how
long it has waited.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

R = TypeVar("R")
P = TypeVar("P", bound=Hashable)


@dataclass
class OrderedMerge(Generic[P, R]):
    """Per-partition buffers, released smallest `key` first.

    A partition with an empty buffer holds the merge back while it `lags` (more records are on the broker)
    and, when it is quiet, for `grace_ms` after the head record was fetched, so that a record produced a
    moment earlier to the quiet partition is not overtaken on its way (the wait is measured on this
    clock, not the producer's, so skewed clocks cannot stall it).
    """

    key: Callable[[R], bytes]
    grace_ms: int = 100
    _buffers: dict[P, deque[tuple[bytes, int, R]]] = field(default_factory=dict)

    def add(self, partition: P, records: Iterable[R], now_ms: int) -> None:
        buffer = self._buffers.setdefault(partition, deque())
        buffer.extend((self.key(r), now_ms, r) for r in records)

    def drop(self, partitions: Iterable[P]) -> None:
        """Forget buffered records (revoked partitions, or rewound ones that will be fetched again)."""
        for partition in partitions:
            self._buffers.pop(partition, None)

    @property
    def pending(self) -> int:
        return sum(len(b) for b in self._buffers.values())

    def empty(self, assigned: Iterable[P]) -> set[P]:
        """The assigned partitions with nothing buffered."""
        return {p for p in assigned if not self._buffers.get(p)}

    def release(self, limit: int, assigned: Iterable[P], lagging: set[P], now_ms: int) -> list[tuple[P, R]]:
        """Up to `limit` records in key order (ties: partition order of `assigned`), as far as it is safe.

        `lagging` are partitions the broker holds more records of than were fetched; `now_ms` is the
        clock `add` was given.
        """
        partitions = list(dict.fromkeys(assigned))
        out: list[tuple[P, R]] = []
        while len(out) < limit:
            heads = [(b[0][0], i, p) for i, p in enumerate(partitions) if (b := self._buffers.get(p))]
            if not heads:
                break
            silent = [p for p in partitions if not self._buffers.get(p)]
            if any(p in lagging for p in silent):
                break  # a partition that has records on the broker has not shown its head yet
            _, _, partition = min(heads)
            _, fetched_ms, head = self._buffers[partition][0]
            if silent and now_ms - fetched_ms < self.grace_ms:
                break  # a quiet partition may still receive an earlier record produced a moment ago
            self._buffers[partition].popleft()
            out.append((partition, head))
        return out
