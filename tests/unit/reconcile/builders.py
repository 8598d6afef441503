"""Hand-built claims and documents for the pure dedupe/reconcile tests (no extractor involved)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from schemas.models import (
    Actor,
    CanonicalClaim,
    Claim,
    ClaimantSide,
    Document,
    Modality,
    Predicate,
    Span,
    TimeInterval,
)
from services.deduper.clusters import add_claim

T0 = datetime(2025, 2, 7, 12, 0, tzinfo=UTC)
SIDES = {"ru": ClaimantSide.RU, "ua": ClaimantSide.UA, "deepstate": ClaimantSide.UA}

PLACES = {
    "Toretsk": ("geonames:709161", ["Dzerzhinsk", "Торецьк"], "Donetsk Oblast"),
    "Druzhba": ("geonames:710000", [], "Donetsk Oblast"),
    "Krymske": ("geonames:710001", ["Krymskoye"], "Donetsk Oblast"),
    "Avdiivka": ("geonames:713174", ["Avdeyevka"], "Donetsk Oblast"),
    "Vuhledar": ("geonames:689558", ["Ugledar"], "Donetsk Oblast"),
    "Velyka Novosilka": ("geonames:689500", [], "Donetsk Oblast"),
    "Kurakhove": ("geonames:704508", ["Kurakhovo"], "Donetsk Oblast"),
    "Pokrovsk": ("geonames:708806", ["Krasnoarmeysk"], "Donetsk Oblast"),
}


def claimant_side(claimant: str) -> ClaimantSide:
    for prefix, side in SIDES.items():
        if claimant.startswith(prefix):
            return side
    return ClaimantSide.neutral


def make_claim(
    place: str = "Toretsk",
    predicate: Predicate = Predicate.captured,
    actor: Actor = Actor.RU,
    claimant: str = "ru_mod",
    modality: Modality = Modality.asserted,
    doc_id: str = "web:doc1",
    reporter: str = "apnews.com",
    published_at: datetime = T0,
    sentence: str = "",
    event_time: TimeInterval | None = None,
    negated: bool = False,
    side: ClaimantSide | None = None,
) -> Claim:
    place_id, aliases, admin = PLACES.get(place, (f"unresolved:{place.lower()}", [], None))
    sentence = sentence or f"{claimant} says {actor.value} {predicate.value} {place}."
    claim_id = hashlib.sha256(f"{doc_id}|{sentence}|{place_id}|{predicate}".encode()).hexdigest()[:24]
    return Claim(
        claim_id=claim_id, doc_id=doc_id, sentence=sentence, span=Span(start=0, end=len(place)),
        place_id=place_id, place_name=place, matched_alias=place, place_aliases=aliases, admin_area=admin,
        predicate=predicate, actor=actor, claimant=claimant,
        claimant_side=side if side is not None else claimant_side(claimant),
        reporter=reporter, modality=modality, negated=negated, event_time=event_time,
        published_at=published_at,
    )


def canonical(claim: Claim, duplicate_of: str | None = None) -> CanonicalClaim:
    """A one-carrier canonical claim."""
    _, result = add_claim(None, claim, duplicate_of)
    assert result is not None
    return result


def document(doc_id: str, published_at: datetime, text: str = "", source: str = "apnews.com") -> Document:
    return Document(doc_id=doc_id, source=source, text=text or doc_id, published_at=published_at)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
