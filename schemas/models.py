"""The contracts every claimwatch service exchanges (DESIGN.md §3, vocabulary of §7).

Evolution is additive: new optional fields only. A breaking change gets a new topic version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = 1

# The UTC tzinfo pydantic-core gives every parsed "...Z" / "+00:00" time (one shared object): such a time is
# UTC already, and skipping its conversion matters where a record holds dozens of times (a cluster's carriers).
_PARSED_UTC = TypeAdapter(datetime).validate_json(b'"2000-01-01T00:00:00Z"').tzinfo


def _as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC; aware ones are converted, so every stored time is UTC."""
    tz = value.tzinfo
    if tz is UTC or tz is _PARSED_UTC:
        return value
    if tz is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


class Side(StrEnum):
    """A belligerent."""

    RU = "RU"
    UA = "UA"


class Actor(StrEnum):
    """The side a predicate is about; for `fighting`, the attacking side."""

    RU = "RU"
    UA = "UA"
    unknown = "unknown"


class ClaimantSide(StrEnum):
    """The side of whoever makes a claim."""

    RU = "RU"
    UA = "UA"
    neutral = "neutral"


class Predicate(StrEnum):
    """What is claimed to have happened at a place."""

    captured = "captured"
    holds = "holds"
    fighting = "fighting"
    advancing = "advancing"
    withdrew = "withdrew"


class Modality(StrEnum):
    """How the claimant puts it."""

    asserted = "asserted"
    reported = "reported"
    conditional = "conditional"
    future = "future"
    historical = "historical"
    denied = "denied"


class DocumentKind(StrEnum):
    article = "article"
    post = "post"


class StatusValue(StrEnum):
    """Per-place status ladder; `unknown` only ever appears as the `previous` of a first event."""

    unknown = "unknown"
    held = "held"
    contested = "contested"
    claimed = "claimed"
    confirmed = "confirmed"


class ChangeType(StrEnum):
    """What a StatusChange changed."""

    claimed = "claimed"
    confirmed = "confirmed"
    contested = "contested"
    held = "held"
    disputed = "disputed"
    dispute_resolved = "dispute_resolved"
    backfill = "backfill"


class Record(BaseModel):
    """Base of every topic value: strict about unknown fields only on our side of the wire."""

    model_config = ConfigDict(extra="ignore", frozen=True, use_enum_values=False)

    schema_version: int = SCHEMA_VERSION


class DocumentRefs(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    retweet_of: str | None = None
    quote_of: str | None = None
    reply_to: str | None = None
    canonical_url: str | None = None
    syndicated_from: str | None = None


class Document(Record):
    """One fetched article or post. Key: `doc_id`."""

    doc_id: str = Field(min_length=1, max_length=512, description="x:<tweet id> or web:<sha256 of URL>")
    kind: DocumentKind = DocumentKind.article
    source: str = Field(default="unknown", max_length=512, description="publisher or account, x:@name")
    url: str | None = None
    title: str = ""
    text: str = ""
    lang: str | None = None
    published_at: UtcDatetime
    fetched_at: UtcDatetime | None = None
    author: str | None = None
    refs: DocumentRefs = Field(default_factory=DocumentRefs)
    raw_ref: str | None = Field(default=None, description="where the raw payload can be found again")


class TimeInterval(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    start: UtcDatetime
    end: UtcDatetime


class Span(BaseModel):
    """Character offsets of the place mention in the document text."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Coordinates(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class TextFingerprint(BaseModel):
    """What the deduper needs of a document's text, computed once by the normalizer."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    text_hash: str = Field(description="sha256 of the normalised text: exact duplicates")
    minhash: list[int] = Field(default_factory=list, description="MinHash signature of word shingles")
    shingles: int = Field(default=0, ge=0, description="number of distinct shingles (containment estimates)")


class SourceDocument(BaseModel):
    """The carrier of a claim, as much as dedupe and reconciliation need of it."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    doc_id: str
    kind: DocumentKind = DocumentKind.article
    source: str
    url: str | None = None
    title: str = ""
    published_at: UtcDatetime
    refs: DocumentRefs = Field(default_factory=DocumentRefs)
    fingerprint: TextFingerprint | None = None


class ClaimCore(Record):
    """A Claim without the carrier document the normalizer attaches: what the archive keeps of it (reading
    only this skips the document's text fingerprint, most of a claim record's size)."""

    claim_id: str = Field(description="deterministic from doc, sentence, place, predicate")
    doc_id: str
    sentence: str
    span: Span
    place_id: str = Field(description="geonames:<id>, region:<code> or unresolved:<normalised name>")
    place_name: str
    matched_alias: str
    place_aliases: list[str] = Field(default_factory=list)
    admin_area: str | None = None
    coordinates: Coordinates | None = None
    predicate: Predicate
    actor: Actor
    claimant: str = Field(description="entity id of who asserts it: ru_mod, ua_army, deepstate, x:@name")
    claimant_side: ClaimantSide
    reporter: str = Field(description="who relays it: the document's source")
    modality: Modality
    negated: bool = False
    event_time: TimeInterval | None = None
    extraction_confidence: float = Field(default=0.5, ge=0, le=1)
    place_ambiguous: bool = Field(default=False, description="context could not pick among same-name places")
    context: str | None = Field(default=None, description="e.g. 'north-east of Toretsk' for unresolved places")
    published_at: UtcDatetime | None = None


class Claim(ClaimCore):
    """One atomic claim about one place. Key: `place_id`."""

    document: SourceDocument | None = Field(default=None, description="attached by the normalizer for dedupe")


class Carrier(BaseModel):
    """A document that carried a canonical claim."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    doc_id: str
    claim_id: str
    reporter: str
    claimant: str
    published_at: UtcDatetime
    url: str | None = None
    sentence: str = ""
    duplicate_of: str | None = Field(default=None, description="doc this one copies (syndication, retweet)")
    extraction_confidence: float | None = Field(
        default=None, ge=0, le=1, description="its claim's extraction_confidence (None: recorded before it was kept)"
    )


class CanonicalClaim(Claim):
    """A claim cluster: the same claim from every carrier. Key: `place_id`."""

    cluster_id: str
    carriers: list[Carrier] = Field(
        description="the original, each independent claimant's first carrier and the latest ones (bounded)"
    )
    carrier_count: int = Field(default=0, ge=0, description="all carriers of the cluster, also those not listed")
    original: Carrier
    independent_claimants: list[str] = Field(
        default_factory=list, description="distinct claimants after folding relays, copies and outlets"
    )
    added: Carrier | None = Field(default=None, description="the carrier whose arrival made this version")


class PlaceRef(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    place_id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    admin_area: str | None = None
    lat: float | None = None
    lon: float | None = None


class PlaceStatus(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    status: StatusValue = StatusValue.unknown
    side: Side | None = None
    disputed: bool = False

    def label(self) -> str:
        """Readable form, e.g. `claimed(RU), disputed`."""
        text = self.status.value if self.side is None else f"{self.status.value}({self.side.value})"
        return f"{text}, disputed" if self.disputed else text


class Evidence(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    claim_id: str
    claimant: str
    claimant_side: ClaimantSide
    reporter: str
    doc_id: str
    predicate: Predicate
    modality: Modality
    sentence: str = ""
    url: str | None = None
    published_at: UtcDatetime | None = None
    extraction_confidence: float | None = Field(default=None, ge=0, le=1, description="how surely the text says it")


class StatusChange(Record):
    """An explained change of a place's status. Key: `place_id`."""

    event_id: str = Field(description="deterministic: same input, same id")
    place: PlaceRef
    previous: PlaceStatus
    current: PlaceStatus
    change_type: ChangeType
    at: UtcDatetime = Field(description="the time the new status is valid from")
    recorded_at: UtcDatetime = Field(description="when claimwatch learned it (the trigger's publication)")
    trigger_claim_id: str
    trigger_doc_id: str | None = Field(
        default=None, description="the document whose arrival caused the change (a new carrier of the trigger)"
    )
    supporting: list[Evidence] = Field(default_factory=list)
    disputing: list[Evidence] = Field(default_factory=list)
    independent_sources: int = Field(ge=0)
    confidence: float = Field(ge=0, le=1)
    explanation: str
    alert: bool = True


class DeadLetter(Record):
    """What a stage could not process, with why. Written to `<topic>.dlq`; nothing is dropped silently."""

    stage: str
    reason: str
    error_type: str
    source_topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: str | None = Field(default=None, description="original key, decoded as UTF-8 with replacement")
    payload: str = Field(description="original bytes (the first 256 KiB), base64")
    payload_size: int = Field(ge=0)
    payload_sha256: str | None = None
    truncated: bool = False
    at: UtcDatetime


class FinalStatus(BaseModel):
    """One line of `claimwatch replay --final`."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    place_id: str
    place_name: str
    status: Literal["held", "contested", "claimed", "confirmed"]
    side: Side | None
    disputed: bool
    confidence: float
    independent_sources: int


TOPIC_VALUE_MODELS: dict[str, type[BaseModel]] = {
    "Document": Document,
    "Claim": Claim,
    "CanonicalClaim": CanonicalClaim,
    "StatusChange": StatusChange,
    "DeadLetter": DeadLetter,
}
