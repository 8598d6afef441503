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
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.models import CanonicalClaim, Carrier, Claim, Modality

CLUSTER_WINDOW = timedelta(days=7)
# per key: three weeks of event time. Older windows are dropped (their claims have long been reconciled); a claim
# that late opens a window of its own. Each version of a key is written to the changelog whole, so every window
# kept is paid for at every update of the key (8 windows made a key's record ~4x the size of 2).
MAX_WINDOWS = 3


# A canonical claim lists at most this many carriers (plus each independent claimant's first).
MAX_LISTED_CARRIERS = 20
LATEST_LISTED_CARRIERS = 10
# A cluster remembers this many of its latest claim ids (a redelivery comes soon after the delivery) and
# of the stories it counted (copies of older stories are rare five hundred stories later). Both are kept as
# one string of fixed-width digests: a hot cluster is then two strings, not 1,500 small objects.
SEEN_CLAIM_IDS = 1_000
COUNTED_STORIES = 500
DIGEST_CHARS = 16


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
        extraction_confidence=claim.extraction_confidence,
    )


class Voice(BaseModel):
    """The first claimant (by publication) through whom a voice spoke in a cluster."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    voice: str
    claimant: str
    published_at: datetime
    doc_id: str
    claim_id: str = ""


class ClusterWindow(BaseModel):
    """One cluster: the carriers of one claim within one time window, summarised so that its size stays
    bounded however many copies arrive (each version is rewritten to the changelog whole).

    Kept: the listed carriers (as a canonical claim lists them), how many carriers there were, which
    stories and voices have been counted, and digests of the latest claim ids (to drop redeliveries).
    """

    model_config = ConfigDict(extra="ignore")

    cluster_id: str
    opened_at: datetime
    original: Claim = Field(description="the earliest carrier's claim, without its carrier document")
    carriers: list[Carrier] = Field(default_factory=list, description="the listed carriers, by publication")
    carrier_count: int = 0
    seen: str = Field("", description="digests of the latest claim ids, oldest first, concatenated")
    stories: str = Field("", description="digests of the documents whose story was counted, concatenated")
    voices: list[Voice] = Field(default_factory=list)

    @field_validator("seen", "stories", mode="before")
    @classmethod
    def _concatenated(cls, value: object) -> object:
        # the first summaries kept lists (claim-id digests; story doc ids, digested now)
        if isinstance(value, list):
            return "".join(v if len(v) == DIGEST_CHARS and v.isalnum() else _digest(v) for v in value)
        return value

    @model_validator(mode="after")
    def _summarise_older_versions(self) -> ClusterWindow:
        # changelog records written before the summary existed list every carrier and nothing else
        if self.carrier_count == 0 and self.carriers:
            carriers, self.carriers = self.carriers, []
            for carrier in sorted(carriers, key=lambda c: (c.published_at, c.doc_id)):
                self._count(carrier)
        return self

    def has(self, claim_id: str) -> bool:
        return _holds(self.seen, _digest(claim_id))

    def independent_claimants(self) -> list[str]:
        """One claimant per voice, in the order the voices first spoke."""
        return [v.claimant for v in sorted(self.voices, key=lambda v: (v.published_at, v.doc_id))]

    def with_carrier(self, carrier: Carrier) -> ClusterWindow:
        window = self.model_copy(deep=False, update={
            "carriers": list(self.carriers), "voices": list(self.voices),
        })
        window._count(carrier)
        return window

    def _count(self, carrier: Carrier) -> None:
        """Fold one carrier into the summary (in place: only on a fresh copy)."""
        self.carrier_count += 1
        self.seen = _appended(self.seen, _digest(carrier.claim_id), SEEN_CLAIM_IDS)
        # a syndicated copy speaks only when nothing else from its story did
        if carrier.duplicate_of is None or not _holds(self.stories, _digest(carrier.duplicate_of)):
            story = _digest(carrier.duplicate_of or carrier.doc_id)
            if not _holds(self.stories, story):
                self.stories = _appended(self.stories, story, COUNTED_STORIES)
            self._heard(carrier)
        ordered = sorted([*self.carriers, carrier], key=lambda c: (c.published_at, c.doc_id))
        self.carriers = _listed(ordered, {v.claim_id for v in self.voices}, self.carrier_count)

    def _heard(self, carrier: Carrier) -> None:
        spoke = Voice(voice=voice(carrier.claimant), claimant=carrier.claimant, published_at=carrier.published_at,
                      doc_id=carrier.doc_id, claim_id=carrier.claim_id)
        for i, known in enumerate(self.voices):
            if known.voice == spoke.voice:
                if (spoke.published_at, spoke.doc_id) < (known.published_at, known.doc_id):
                    self.voices[i] = spoke  # a late report of an earlier statement
                return
        self.voices.append(spoke)

    def canonical(self, added: Carrier | None = None) -> CanonicalClaim:
        """The cluster as a canonical claim; `added` is the carrier whose arrival made this version."""
        # built from validated parts (the stored claim's fields, the summary's carriers): not validated again
        values = dict(self.original.__dict__)
        values.update(cluster_id=self.cluster_id, carriers=self.carriers, carrier_count=self.carrier_count,
                      original=self.carriers[0], independent_claimants=self.independent_claimants(), added=added)
        return _trusted(values)


def _trusted(values: dict[str, Any]) -> CanonicalClaim:
    """`CanonicalClaim.model_construct(**values)` for values of every field, without its per-field default and
    alias handling (a third of a cluster update's time): the instance state pydantic's own constructor sets."""
    claim = CanonicalClaim.__new__(CanonicalClaim)
    object.__setattr__(claim, "__dict__", values)
    object.__setattr__(claim, "__pydantic_fields_set__", set(values))
    object.__setattr__(claim, "__pydantic_extra__", None)
    object.__setattr__(claim, "__pydantic_private__", None)
    return claim


def _holds(digests: str, digest: str) -> bool:
    """Whether a concatenation of fixed-width digests holds `digest` (at a digest boundary)."""
    at = digests.find(digest)
    while at != -1:
        if at % DIGEST_CHARS == 0:
            return True
        at = digests.find(digest, at + 1)
    return False


def _appended(digests: str, digest: str, limit: int) -> str:
    return (digests + digest)[-limit * DIGEST_CHARS :]


def _digest(value: str) -> str:
    return hashlib.blake2b(value.encode(), digest_size=DIGEST_CHARS // 2).hexdigest()


def _listed(carriers: list[Carrier], voiced: set[str], total: int) -> list[Carrier]:
    """The carriers a canonical claim lists: bounded, so forty thousand copies stay one small record.

    Kept: the original, the carrier through which each voice was first counted (the reconciler's
    evidence; `voiced` has their claim ids) and the latest ones (the newest publication is when the
    cluster was last recorded). `carriers` are the ones listed so far plus the new one, by publication;
    `total` counts every carrier of the cluster.
    """
    if total <= MAX_LISTED_CARRIERS:
        return carriers
    keep: dict[str, Carrier] = {carriers[0].claim_id: carriers[0]}
    for carrier in carriers:
        if carrier.claim_id in voiced:
            keep.setdefault(carrier.claim_id, carrier)
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
    """The claim as a window keeps it: without its carrier document, which only the deduper reads (the
    carriers name their documents). Every version of the key and every canonical claim repeats it."""
    return claim if claim.document is None else claim.model_copy(update={"document": None})


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
    if any(w.has(claim.claim_id) for w in state.windows):
        return state, None
    at = claim_time(claim)
    carrier = carrier_of(claim, duplicate_of)
    windows = list(state.windows)
    for i, window in enumerate(windows):
        if abs(at - window.opened_at) < CLUSTER_WINDOW:
            updated = window.with_carrier(carrier)
            if at < window.opened_at:
                updated.opened_at, updated.original = at, _stored(claim)
            windows[i] = updated
            return state.model_copy(update={"windows": windows}), updated.canonical(carrier)
    window = ClusterWindow(
        cluster_id=_cluster_id(key, claim.claim_id), opened_at=at, original=_stored(claim)
    ).with_carrier(carrier)
    windows = sorted([*windows, window], key=lambda w: w.opened_at)[-MAX_WINDOWS:]
    return state.model_copy(update={"windows": windows}), window.canonical(carrier)
