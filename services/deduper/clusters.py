"""Claim clusters: the same claim from every carrier, with its independent claimants counted once.

A cluster is keyed by (place, predicate, actor, claimant side, modality class) and spans a time window
from its earliest carrier. Inside it, carriers fold into *voices*: relays of one claimant are one voice
(AP, Reuters and a journalist's post all repeating "Russia said ..." are the Russian state speaking
once), aliases of one entity are one voice (the MoD, the Kremlin, state media), syndicated copies and
retweets count with their original, and one outlet is one voice however many stories it runs.
`independent_claimants` lists one claimant per voice.

The claimant *side* rather than the claimant id is in the key so that distinct voices of one side (the
28th Brigade via AP and the DeepState map both saying Ukraine still holds Toretsk) meet in one cluster
and are counted as two; the reconciler tells sides apart, not individual claimants.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from schemas.models import CanonicalClaim, Carrier, Claim, Modality

CLUSTER_WINDOW = timedelta(days=7)
MAX_WINDOWS = 8  # per key; older windows are dropped (their claims have long been reconciled)


# A canonical claim lists at most this many carriers (plus each independent claimant's first).
MAX_LISTED_CARRIERS = 20
LATEST_LISTED_CARRIERS = 10


class ModalityClass(StrEnum):
    factual = "factual"  # asserted, reported
    conditional = "conditional"  # conditional, future
    historical = "historical"
    denied = "denied"  # denied, or a negated statement


def modality_class(claim: Claim) -> ModalityClass:
    if claim.modality is Modality.denied or claim.negated:
        return ModalityClass.denied
    if claim.modality in (Modality.conditional, Modality.future):
        return ModalityClass.conditional
    if claim.modality is Modality.historical:
        return ModalityClass.historical
    return ModalityClass.factual


# Claimant ids that are one voice. The Russian state speaks through its MoD, the Kremlin, its ministers
# and its state media; Ukraine's military through the General Staff, its army and its units.
_VOICES: dict[str, str] = {
    **dict.fromkeys(
        ("ru_mod", "ru_government", "ru_president", "kremlin", "ru_mfa", "ru_state_media", "ru", "russia",
         "tass", "ria", "ria_novosti", "rt"),
        "ru_state",
    ),
    **dict.fromkeys(
        ("ua_general_staff", "ua_army", "ua_military", "ua_mod", "ua_government", "ua_president", "ua",
         "ukraine", "ua_brigade", "ua_officer", "ua_spokesman"),
        "ua_state",
    ),
    **dict.fromkeys(("ap", "apnews.com", "x:@ap", "associated_press"), "ap"),
    **dict.fromkeys(("reuters", "reuters.com", "x:@reuters"), "reuters"),
    **dict.fromkeys(("afp", "afp.com", "x:@afp"), "afp"),
    **dict.fromkeys(("deepstate", "deepstatemap.live", "x:@deepstateua", "deepstate_map"), "deepstate"),
    **dict.fromkeys(("isw", "understandingwar.org", "x:@thestudyofwar"), "isw"),
}


def voice(claimant: str) -> str:
    """The independent voice a claimant id speaks with (unknown ids are their own voice)."""
    key = claimant.strip().casefold()
    if key in _VOICES:
        return _VOICES[key]
    if key.startswith("ua_") and ("brigade" in key or "battalion" in key or "corps" in key):
        return "ua_state"  # units speak for the Ukrainian military
    return key


def claim_time(claim: Claim) -> datetime:
    """When the claim was published (its carrier's publication time)."""
    if claim.published_at is not None:
        return claim.published_at
    if claim.document is not None:
        return claim.document.published_at
    if claim.event_time is not None:
        return claim.event_time.end
    raise ValueError(f"claim {claim.claim_id} has no publication time")


def cluster_key(claim: Claim) -> str:
    """Key of the claim's cluster state (the changelog key)."""
    return "|".join(
        (claim.place_id, claim.predicate.value, claim.actor.value, claim.claimant_side.value,
         modality_class(claim).value)
    )


def carrier_of(claim: Claim, duplicate_of: str | None) -> Carrier:
    return Carrier(
        doc_id=claim.doc_id,
        claim_id=claim.claim_id,
        reporter=claim.reporter,
        claimant=claim.claimant,
        published_at=claim_time(claim),
        url=claim.document.url if claim.document is not None else None,
        sentence=claim.sentence,
        duplicate_of=duplicate_of,
    )


class ClusterWindow(BaseModel):
    """One cluster: the carriers of one claim within one time window."""

    model_config = ConfigDict(extra="ignore")

    cluster_id: str
    opened_at: datetime
    original: Claim = Field(description="the earliest carrier's claim, without its text fingerprint")
    carriers: list[Carrier] = Field(default_factory=list)

    def claim_ids(self) -> set[str]:
        return {c.claim_id for c in self.carriers}

    def independent_claimants(self) -> list[str]:
        """One claimant per voice; a syndicated copy counts only when nothing else from its story did."""
        stories: set[str] = set()
        voices: dict[str, str] = {}
        for carrier in self._ordered():
            if carrier.duplicate_of is not None and carrier.duplicate_of in stories:
                continue  # a copy of a story already counted
            stories.add(carrier.duplicate_of or carrier.doc_id)
            voices.setdefault(voice(carrier.claimant), carrier.claimant)
        return list(voices.values())

    def independent_reporters(self) -> list[str]:
        """Distinct outlets/accounts that carried it in their own (not copied) documents."""
        reporters: dict[str, None] = {}
        for carrier in self._ordered():
            if carrier.duplicate_of is None:
                reporters.setdefault(voice(carrier.reporter), None)
        return list(reporters)

    def _ordered(self) -> list[Carrier]:
        """By publication, then document; claims of one document in the order they were added."""
        return sorted(self.carriers, key=lambda c: (c.published_at, c.doc_id))

    def canonical(self) -> CanonicalClaim:
        carriers = self._ordered()
        independent = self.independent_claimants()
        fields = self.original.model_dump(exclude={"schema_version"})
        return CanonicalClaim(
            **fields,
            cluster_id=self.cluster_id,
            carriers=_listed(carriers, independent),
            carrier_count=len(carriers),
            original=carriers[0],
            independent_claimants=independent,
        )


def _listed(carriers: list[Carrier], independent: list[str]) -> list[Carrier]:
    """The carriers a canonical claim lists: bounded, so forty thousand copies stay one small record.

    Kept: the original, the first carrier of each independent claimant (the reconciler's evidence) and
    the latest ones (the newest publication is when the cluster was last recorded).
    """
    if len(carriers) <= MAX_LISTED_CARRIERS:
        return carriers
    wanted = set(independent)
    keep: dict[str, Carrier] = {carriers[0].claim_id: carriers[0]}
    for carrier in carriers:
        if carrier.claimant in wanted:
            keep.setdefault(carrier.claim_id, carrier)
            wanted.discard(carrier.claimant)
    for carrier in carriers[-LATEST_LISTED_CARRIERS:]:
        keep.setdefault(carrier.claim_id, carrier)
    return sorted(keep.values(), key=lambda c: (c.published_at, c.doc_id, c.claim_id))


class ClusterState(BaseModel):
    """Everything the deduper keeps per cluster key (a compacted changelog record)."""

    model_config = ConfigDict(extra="ignore")

    key: str
    windows: list[ClusterWindow] = Field(default_factory=list)


def independent_sources(canonical: CanonicalClaim) -> int:
    """Distinct independent claimants of a canonical claim (what the reconciler counts)."""
    return len(canonical.independent_claimants)


def _cluster_id(key: str, first_claim_id: str) -> str:
    return "cl:" + hashlib.sha256(f"{key}\x1f{first_claim_id}".encode()).hexdigest()[:32]


def _stored(claim: Claim) -> Claim:
    if claim.document is not None and claim.document.fingerprint is not None:
        return claim.model_copy(update={"document": claim.document.model_copy(update={"fingerprint": None})})
    return claim


def add_claim(
    state: ClusterState | None, claim: Claim, duplicate_of: str | None
) -> tuple[ClusterState, CanonicalClaim | None]:
    """Add one claim (from a document that copies `duplicate_of`, if any) to its cluster.

    Returns the new state and the cluster's canonical claim, or None when the claim was already in it
    (a redelivery). Raises ValueError for a claim with no publication time, or one whose key is not
    the state's.
    """
    key = cluster_key(claim)
    if state is None:
        state = ClusterState(key=key)
    elif state.key != key:
        raise ValueError(f"claim {claim.claim_id} has key {key}, state is {state.key}")
    if any(claim.claim_id in w.claim_ids() for w in state.windows):
        return state, None
    at = claim_time(claim)
    carrier = carrier_of(claim, duplicate_of)
    windows = list(state.windows)
    for i, window in enumerate(windows):
        if abs(at - window.opened_at) < CLUSTER_WINDOW:
            earlier = at < window.opened_at
            updated = window.model_copy(
                update={
                    "carriers": [*window.carriers, carrier],
                    "opened_at": min(at, window.opened_at),
                    "original": _stored(claim) if earlier else window.original,
                }
            )
            windows[i] = updated
            return state.model_copy(update={"windows": windows}), updated.canonical()
    window = ClusterWindow(
        cluster_id=_cluster_id(key, claim.claim_id), opened_at=at, original=_stored(claim), carriers=[carrier]
    )
    windows = sorted([*windows, window], key=lambda w: w.opened_at)[-MAX_WINDOWS:]
    return state.model_copy(update={"windows": windows}), window.canonical()
