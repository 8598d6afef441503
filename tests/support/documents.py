"""Documents for pipeline tests: simple capture reports about real places of the gazetteer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas.models import Document

TOWNS = ["Toretsk", "Pokrovsk", "Vuhledar", "Kurakhove", "Chasiv Yar", "Kupiansk", "Vovchansk", "Selydove",
         "Myrnohrad", "Siversk", "Lyman", "Kostiantynivka"]


def capture_report(n: int, town: str | None = None) -> Document:
    """Document number n: Russia's defence ministry claims the capture of a town (one claim)."""
    place = town or TOWNS[n % len(TOWNS)]
    return Document(
        doc_id=f"web:test-{n:06d}",
        source=f"outlet{n % 7}.example",
        title=f"Report {n}",
        text=f"Russia's Defence Ministry said on Tuesday that its forces had captured {place}.",
        published_at=datetime(2025, 2, 4, tzinfo=UTC) + timedelta(seconds=n),
        lang="en",
    )
