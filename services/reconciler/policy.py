"""The status policy: `apply(place_state, canonical_claim) -> (place_state, [StatusChange])`.

Pure and deterministic: no clock (times come from the claim), no I/O, ids from hashes. The decision
table is in docs/reconciliation.md; in short, each canonical claim is read as one *signal* about who
controls the place (a side claiming control, a control confirmed by the other side's concession or a
reliable neutral observation, a denial or a hold that disputes a claim, fighting, a settled historical
fact), and the signal moves the status along the ladder held → contested → claimed → confirmed.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from schemas.models import (
    Actor,
    CanonicalClaim,
    ChangeType,
    ClaimantSide,
    Evidence,
    FinalStatus,
    Modality,
    PlaceRef,
    PlaceStatus,
    Predicate,
    Side,
    StatusChange,
    StatusValue,
)
from services.common.place_names import other_name
from services.reconciler.explain import explanation
from services.reconciler.priors import (
    CONCESSION_RELIABILITY,
    CORROBORATION_MIN,
    DEFAULT_PRIORS,
    HISTORICAL_RELIABILITY,
    Priors,
    reliability,
)

# Evidence this close to a claim (before or after it) disputes or supports it.
DISPUTE_WINDOW = timedelta(days=7)
# A claim older than the current status by more than this is stale: kept as evidence, never applied.
STALE_AFTER = timedelta(days=2)
RECENCY_HALF_LIFE_DAYS = 14.0
MAX_SIGNALS = 64
MAX_APPLIED = 512


class Effect(StrEnum):
    """What a canonical claim says about control of its place."""

    claim = "claim"  # a side (or an unproven source) claims a side took it
    confirm = "confirm"  # the losing side concedes, or a reliable neutral source observed it
    deny = "deny"  # someone rejects that a side took it
    hold = "hold"  # a side still holds it
    fighting = "fighting"  # fighting in or for it; side = attacker
    history = "history"  # settled past: a side took it
    history_hold = "history_hold"
    none = "none"  # conditional, future, advancing, unknown actor: never moves the status


class Signal(BaseModel):
    """One canonical claim, as the policy reads it (the latest version per cluster is kept)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    cluster_id: str
    effect: Effect
    side: Side | None
    claimant_side: ClaimantSide
    at: datetime
    recorded_at: datetime
    claimants: list[str]
    evidence: list[Evidence]


class PlaceState(BaseModel):
    """Everything the reconciler keeps per place (a compacted changelog record keyed by place_id)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    place: PlaceRef
    status: PlaceStatus = Field(default_factory=PlaceStatus)
    since: datetime | None = None
    recorded_at: datetime | None = None
    historical: bool = False
    confidence: float = 0.0
    independent_sources: int = 0
    signals: list[Signal] = Field(default_factory=list)
    applied: list[str] = Field(default_factory=list)

    def final(self) -> FinalStatus | None:
        """The `replay --final` line, or None while nothing is known."""
        if self.status.status is StatusValue.unknown:
            return None
        return FinalStatus(
            place_id=self.place.place_id,
            place_name=self.place.name,
            status=self.status.status.value,
            side=self.status.side,
            disputed=self.status.disputed,
            confidence=self.confidence,
            independent_sources=self.independent_sources,
        )


def _other(side: Side) -> Side:
    return Side.UA if side is Side.RU else Side.RU


def _side(actor: Actor) -> Side | None:
    return None if actor is Actor.unknown else Side(actor.value)


def claim_at(claim: CanonicalClaim) -> datetime:
    """The time the claim is about: its event time, else its publication."""
    if claim.event_time is not None:
        return claim.event_time.start
    return claim.published_at or claim.original.published_at


def _best_reliability(claim: CanonicalClaim, priors: Priors) -> float:
    return max((reliability(c, priors) for c in claim.independent_claimants or [claim.claimant]), default=0.0)


def read(claim: CanonicalClaim, priors: Priors = DEFAULT_PRIORS) -> tuple[Effect, Side | None]:
    """The effect of a claim on its place and the side it concerns (the decision table's rows)."""
    actor = _side(claim.actor)
    if claim.modality in (Modality.conditional, Modality.future):
        return Effect.none, None
    if claim.predicate is Predicate.advancing:
        return Effect.none, None
    if claim.predicate is Predicate.fighting:
        if claim.modality in (Modality.historical, Modality.denied) or claim.negated:
            return Effect.none, None
        return Effect.fighting, actor
    if actor is None:
        return Effect.none, None
    # The side that controls the place if the statement is true.
    taker = actor if claim.predicate is Predicate.captured else _other(actor)
    if claim.modality is Modality.denied or claim.negated:
        return (Effect.deny, taker) if claim.predicate is not Predicate.holds else (Effect.none, None)
    if claim.modality is Modality.historical:
        return (Effect.history_hold, actor) if claim.predicate is Predicate.holds else (Effect.history, taker)
    if claim.predicate is Predicate.holds:
        return Effect.hold, actor
    speaker = claim.claimant_side
    if speaker.value == _other(taker).value:
        return Effect.confirm, taker  # the losing side concedes
    if speaker is ClaimantSide.neutral and _best_reliability(claim, priors) >= CORROBORATION_MIN:
        return Effect.confirm, taker  # a reliable source's own observation
    return Effect.claim, taker


def _disputes(signal: Signal, side: Side) -> bool:
    """Whether a signal speaks against `side` controlling the place."""
    match signal.effect:
        case Effect.deny:
            return signal.side is side
        case Effect.hold | Effect.claim:
            return signal.side is _other(side)
        case Effect.fighting:
            return signal.claimant_side.value != side.value
        case _:
            return False


def _supports(signal: Signal, status: PlaceStatus) -> bool:
    match status.status:
        case StatusValue.claimed | StatusValue.confirmed:
            return signal.side is status.side and signal.effect in (Effect.claim, Effect.confirm, Effect.history)
        case StatusValue.held:
            return signal.side is status.side and signal.effect in (Effect.hold, Effect.history_hold)
        case StatusValue.contested:
            return signal.effect is Effect.fighting
        case _:
            return False


def _near(signal: Signal, at: datetime) -> bool:
    return abs(signal.at - at) <= DISPUTE_WINDOW


def _transition(state: PlaceState, signal: Signal) -> tuple[PlaceStatus, ChangeType] | None:
    """The new status a signal moves the place to, or None."""
    current = state.status
    side = signal.side
    if signal.effect in (Effect.history, Effect.history_hold):
        if side is None:
            return None
        target = StatusValue.confirmed if signal.effect is Effect.history else StatusValue.held
        if current.status is StatusValue.unknown or (
            current.side is side and current.status is not StatusValue.confirmed and target is StatusValue.confirmed
        ):
            return PlaceStatus(status=target, side=side), ChangeType.backfill
        return None
    if state.since is not None and signal.at < state.since - STALE_AFTER:
        return None  # stale: an older report cannot overturn a newer status
    others = [s for s in state.signals if s.cluster_id != signal.cluster_id]
    match signal.effect:
        case Effect.confirm if side is not None:
            if current.status is StatusValue.confirmed and current.side is side:
                return None
            return PlaceStatus(status=StatusValue.confirmed, side=side), ChangeType.confirmed
        case Effect.claim if side is not None:
            if current.side is side and current.status in (StatusValue.confirmed, StatusValue.held):
                return None
            if current.side is side and current.status is StatusValue.claimed:
                if current.disputed and not any(_disputes(s, side) and _near(s, signal.at) for s in others):
                    return PlaceStatus(status=StatusValue.claimed, side=side), ChangeType.dispute_resolved
                return None
            disputed = any(_disputes(s, side) and _near(s, signal.at) for s in others)
            return PlaceStatus(status=StatusValue.claimed, side=side, disputed=disputed), ChangeType.claimed
    if current.status is StatusValue.claimed and current.side is not None:
        if _disputes(signal, current.side) and not current.disputed:
            return current.model_copy(update={"disputed": True}), ChangeType.disputed
        return None
    if signal.effect is Effect.hold and side is not None and current.status is StatusValue.unknown:
        return PlaceStatus(status=StatusValue.held, side=side), ChangeType.held
    in_held = current.status in (StatusValue.unknown, StatusValue.held)
    counterattack = current.status is StatusValue.confirmed and side is not None and side is not current.side
    if signal.effect is Effect.fighting and (in_held or counterattack):
        return PlaceStatus(status=StatusValue.contested), ChangeType.contested
    return None


def _weighted(signals: list[Signal], now: datetime, priors: Priors) -> dict[str, float]:
    """Each independent claimant's reliability, discounted by age and by how surely the text was read; concessions
    count as strong."""
    out: dict[str, float] = {}
    for signal in signals:
        age_days = max(0.0, (now - signal.recorded_at).total_seconds() / 86400)
        decay = 0.5 ** (age_days / RECENCY_HALF_LIFE_DAYS)
        read_as = {e.claimant: e.extraction_confidence for e in signal.evidence}
        for claimant in signal.claimants:
            r = reliability(claimant, priors)
            if signal.effect is Effect.history:
                r = max(r, HISTORICAL_RELIABILITY)
            elif signal.effect is Effect.confirm and signal.claimant_side is not ClaimantSide.neutral:
                r = max(r, CONCESSION_RELIABILITY)
            # a claimant's word counts as far as the text surely says it: the extractor's calibrated confidence
            # that an analyst would read this claim there (records from before it was kept count in full)
            read = read_as.get(claimant)
            weight = r * decay * (1.0 if read is None else read)
            out[claimant.casefold()] = max(out.get(claimant.casefold(), 0.0), weight)
    return out


def _combine(weights: dict[str, float]) -> float:
    remaining = 1.0
    for value in weights.values():
        remaining *= 1.0 - min(1.0, value)
    return 1.0 - remaining


def _evidence_for(state: PlaceState, status: PlaceStatus, now: datetime) -> tuple[list[Signal], list[Signal]]:
    supporting = [s for s in state.signals if _supports(s, status)]
    disputing: list[Signal] = []
    if status.side is not None and status.status in (StatusValue.claimed, StatusValue.confirmed):
        disputing = [s for s in state.signals if _disputes(s, status.side) and _near(s, now)]
    return supporting, disputing


def _score(state: PlaceState, status: PlaceStatus, now: datetime, priors: Priors) -> tuple[float, int]:
    supporting, disputing = _evidence_for(state, status, now)
    support = _weighted(supporting, now, priors)
    against = _weighted(disputing, now, priors) if status.disputed else {}
    confidence = _combine(support) * (1.0 - 0.5 * _combine(against))
    return round(min(1.0, max(0.0, confidence)), 3), len(support)


def _signal_of(claim: CanonicalClaim, effect: Effect, side: Side | None) -> Signal:
    first_by_claimant: dict[str, Evidence] = {}
    for carrier in claim.carriers:  # carriers come sorted by publication
        if carrier.claimant in claim.independent_claimants and carrier.claimant not in first_by_claimant:
            first_by_claimant[carrier.claimant] = Evidence(
                claim_id=carrier.claim_id,
                claimant=carrier.claimant,
                claimant_side=claim.claimant_side,
                reporter=carrier.reporter,
                doc_id=carrier.doc_id,
                predicate=claim.predicate,
                modality=claim.modality,
                sentence=carrier.sentence,
                url=carrier.url,
                published_at=carrier.published_at,
                extraction_confidence=carrier.extraction_confidence,
            )
    return Signal(
        cluster_id=claim.cluster_id,
        effect=effect,
        side=side,
        claimant_side=claim.claimant_side,
        at=claim_at(claim),
        recorded_at=max(c.published_at for c in claim.carriers),
        claimants=list(claim.independent_claimants) or [claim.claimant],
        evidence=list(first_by_claimant.values()),
    )


def _applied_key(claim: CanonicalClaim) -> str:
    """One key per version of a cluster: its listed carriers and how many it has in all."""
    count = str(claim.carrier_count or len(claim.carriers))
    payload = "\x1f".join([claim.cluster_id, count, *sorted(c.claim_id for c in claim.carriers)])
    return hashlib.sha256(payload.encode()).hexdigest()[:24]


def _event_id(place_id: str, cluster_id: str, previous: PlaceStatus, current: PlaceStatus, at: datetime) -> str:
    payload = "\x1f".join([place_id, cluster_id, previous.label(), current.label(), at.isoformat()])
    return "sc:" + hashlib.sha256(payload.encode()).hexdigest()[:32]


def place_ref(claim: CanonicalClaim) -> PlaceRef:
    return PlaceRef(
        place_id=claim.place_id,
        name=claim.place_name,
        aliases=list(claim.place_aliases),
        admin_area=claim.admin_area,
        lat=claim.coordinates.lat if claim.coordinates is not None else None,
        lon=claim.coordinates.lon if claim.coordinates is not None else None,
    )


def _aliases(claim: CanonicalClaim, signals: list[Signal]) -> list[str]:
    """Names to show in brackets: an alias actually used in the reports, else the place's other common name."""
    used = [claim.matched_alias] if claim.matched_alias and claim.matched_alias.isascii() else []
    other = other_name(claim.place_name, claim.place_aliases)
    return [*used, *([other] if other else [])]


def new_state(claim: CanonicalClaim) -> PlaceState:
    return PlaceState(place=place_ref(claim))


def apply(
    state: PlaceState | None, claim: CanonicalClaim, priors: Priors = DEFAULT_PRIORS
) -> tuple[PlaceState, list[StatusChange]]:
    """Fold one canonical claim into its place's state; the StatusChange it causes, if any.

    Applying the same canonical claim again changes nothing and emits nothing.
    """
    if state is None:
        state = new_state(claim)
    key = _applied_key(claim)
    if key in state.applied:
        return state, []
    effect, side = read(claim, priors)
    applied = [*state.applied, key][-MAX_APPLIED:]
    if effect is Effect.none:
        return state.model_copy(update={"applied": applied}), []
    signal = _signal_of(claim, effect, side)
    transition = _transition(state, signal)
    signals = [s for s in state.signals if s.cluster_id != signal.cluster_id]
    signals = sorted([*signals, signal], key=lambda s: (s.at, s.recorded_at, s.cluster_id))[-MAX_SIGNALS:]
    updated = state.model_copy(update={"signals": signals, "applied": applied, "place": place_ref(claim)})
    if transition is None:
        confidence, sources = _score(updated, updated.status, signal.recorded_at, priors)
        return updated.model_copy(update={"confidence": confidence, "independent_sources": sources}), []
    status, change_type = transition
    historical = change_type is ChangeType.backfill
    confidence, sources = _score(updated, status, signal.recorded_at, priors)
    supporting, disputing = _evidence_for(updated, status, signal.recorded_at)
    support_evidence = [e for s in supporting for e in s.evidence]
    dispute_evidence = [e for s in disputing for e in s.evidence] if status.disputed else []
    change = StatusChange(
        event_id=_event_id(claim.place_id, claim.cluster_id, state.status, status, signal.recorded_at),
        place=updated.place,
        previous=state.status,
        current=status,
        change_type=change_type,
        at=signal.at,
        recorded_at=signal.recorded_at,
        trigger_claim_id=claim.claim_id,
        trigger_doc_id=(claim.added or max(claim.carriers, key=lambda c: (c.published_at, c.doc_id))).doc_id,
        supporting=support_evidence,
        disputing=dispute_evidence,
        independent_sources=sources,
        confidence=confidence,
        explanation=explanation(
            updated.place, status, support_evidence, dispute_evidence, sources,
            _aliases(claim, signals), historical=historical,
        ),
        alert=not historical,
    )
    final = updated.model_copy(
        update={
            "status": status,
            "since": signal.at,
            "recorded_at": signal.recorded_at,
            "historical": historical,
            "confidence": confidence,
            "independent_sources": sources,
        }
    )
    return final, [change]
