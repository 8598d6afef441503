from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas.models import Claim, Document
from services.normalizer.extraction import Gazetteer, extract_claims, load_gazetteer

PUBLISHED = datetime(2025, 2, 7, 16, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer()


def doc(text: str, title: str = "", source: str = "wire.example", lang: str | None = None,
        published: datetime = PUBLISHED) -> Document:
    return Document(doc_id="t:1", source=source, title=title, text=text, lang=lang, published_at=published)


def run(text: str, gaz: Gazetteer, **kw: object) -> list[Claim]:
    return extract_claims(doc(text, **kw), gaz)  # type: ignore[arg-type]


FACT = {"asserted": "factual", "reported": "factual", "future": "conditional"}


def tuples(claims: list[Claim]) -> set[tuple[str, str, str, str]]:
    out = set()
    for c in claims:
        names = {c.place_name, c.matched_alias, *c.place_aliases}
        for n in names:
            out.add((n, c.predicate.value, c.actor.value, FACT.get(c.modality.value, c.modality.value)))
    return out


# the per-round test modules' helpers, bound to a source and a publication time with functools.partial
def got(text: str, gaz: Gazetteer, title: str = "", *, source: str,
        published: datetime) -> set[tuple[str, str, str, str]]:
    """(place name, predicate, actor, factuality) of every claim: exact, aliases left out."""
    return {(c.place_name, c.predicate.value, c.actor.value, FACT.get(c.modality.value, c.modality.value))
            for c in run(text, gaz, source=source, published=published, title=title)}


def sides(text: str, gaz: Gazetteer, *, source: str, published: datetime) -> set[tuple[str, str, str, str]]:
    """(place name, predicate, actor, claimant side) of every claim."""
    return {(c.place_name, c.predicate.value, c.actor.value, c.claimant_side.value)
            for c in run(text, gaz, source=source, published=published)}


def places(text: str, gaz: Gazetteer, title: str = "", *, source: str, published: datetime) -> set[str]:
    """The place names of every claim."""
    return {c.place_name for c in run(text, gaz, source=source, published=published, title=title)}

