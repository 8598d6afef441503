"""Test doubles for the ingesters' injected callables: a sink, a dead-letter recorder, a sleep that does not."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from schemas.models import Document


@dataclass
class CollectingSink:
    """Collects documents; `fail_after` makes it raise after accepting that many (a broker outage)."""

    documents: list[Document] = field(default_factory=list)
    fail_after: int | None = None
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def __call__(self, document: Document) -> None:
        if self.fail_after is not None and len(self.documents) >= self.fail_after:
            raise ConnectionError("sink unavailable")
        self.documents.append(document)
        self.arrived.set()

    @property
    def doc_ids(self) -> list[str]:
        return [d.doc_id for d in self.documents]


@dataclass
class DeadLetters:
    """Records `(reason, payload, error_type)` triples."""

    records: list[tuple[str, bytes, str]] = field(default_factory=list)

    async def __call__(self, reason: str, payload: bytes, error_type: str) -> None:
        self.records.append((reason, payload, error_type))

    @property
    def reasons(self) -> list[str]:
        return [r for r, _, _ in self.records]


@dataclass
class RecordingSleep:
    """An injectable `sleep` that records the requested delays and only yields to the loop."""

    calls: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


@dataclass
class FakeClock:
    """A clock that only moves when something sleeps on it: `clock()` for now, `clock.sleep` to wait."""

    now: float = 1_700_000_000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)
