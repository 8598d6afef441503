"""How likely a careful analyst would label an extracted claim as the text's: `extraction_confidence`.

A logistic model over facts every claim carries (predicate, actor, modality, who claims it, how the place was
found, where in the document the claim sits, how many other claims the document makes). The weights are learnt
from the labelled held-out sets by `scripts/train_confidence.py` and shipped as `data/confidence_model.json`;
the features are computed here, for the service and the trainer alike, so the two cannot drift apart.

The extractor's rules decide which claims exist; this only says how far to trust each. The reconciler weighs a
claim's support by it, so a claim read from a headline over a long list of places counts for less than a
ministry's capture claim named in its own sentence.
"""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from schemas.models import Claim, Document

from .regex_cache import compile_re

log = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).resolve().parent / "data" / "confidence_model.json"
# claimant ids common enough in the labelled sets to have a weight of their own; other ids share a bucket
KNOWN_CLAIMANTS = frozenset({
    "ru_mod", "ru_government", "ru_milbloggers", "ru_state_media", "wagner", "ua_general_staff", "ua_army",
    "ua_president", "ua_government", "deepstate", "isw", "ap", "reuters", "afp",
})
_YEAR = compile_re(r"\b(?:19|20)\d\d\b")
_QUOTE = compile_re(r"[\"“”«»„]")


def _bucket(value: int, edges: Sequence[int]) -> str:
    """The first edge the value does not exceed, or "more": counts become a few categories."""
    for edge in edges:
        if value <= edge:
            return str(edge)
    return "more"


def _claimant_kind(claimant: str) -> str:
    if claimant in KNOWN_CLAIMANTS:
        return claimant
    if claimant.startswith("x:"):
        return "x_account"
    return "outlet" if "." in claimant else "other"


_FACTUALITY = {"asserted": "factual", "reported": "factual", "future": "conditional"}


def factuality_class(modality: str) -> str:
    """The factuality a modality reads as (factual, conditional, historical, denied): what labels distinguish."""
    return _FACTUALITY.get(modality, modality)


def _factuality(claim: Claim) -> str:
    return "denied" if claim.negated else factuality_class(claim.modality.value)


Key = tuple[tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=4096)
def _static_names(key: tuple[str, ...]) -> tuple[str, ...]:
    """What a claim says and how its place was found (a few hundred combinations in a feed: cached)."""
    predicate, actor, fact, side, lang, kind, claimant, place, ambiguous, context, where = key
    return (
        f"predicate={predicate}", f"actor={actor}", f"fact={fact}", f"predicate_fact={predicate}/{fact}",
        f"predicate_actor={predicate}/{actor}", f"side_actor={side}/{actor}", f"lang={lang}",
        f"predicate_lang={predicate}/{lang}", f"lang_fact={lang}/{fact}",
        f"kind={kind}", f"kind_predicate={kind}/{predicate}",
        f"claimant={claimant}", f"claimant_predicate={claimant}/{predicate}",
        f"place={place}", f"ambiguous={ambiguous}", f"context={context}",
        f"where={where}", f"where_predicate={where}/{predicate}",
    )


_DYNAMIC = ("position", "places", "sentence_claims", "place_readings", "time", "year", "quote", "sentence_len",
            "mentions")


@lru_cache(maxsize=4096)
def _dynamic_names(key: tuple[str, ...]) -> tuple[str, ...]:
    """Where the claim sits and how much else its document and sentence claim."""
    return tuple(f"{name}={value}" for name, value in zip(_DYNAMIC, key, strict=True))


def _keys(claims: Sequence[Claim], document: Document) -> list[Key]:
    places = _bucket(len({c.place_id for c in claims}), (1, 2, 4, 8))
    per_sentence = Counter(c.sentence for c in claims)
    readings: dict[str, set[tuple[str, str, str]]] = {}
    for c in claims:
        readings.setdefault(c.place_id, set()).add((c.predicate.value, c.actor.value, _factuality(c)))
    text, title = document.text, document.title or ""
    lang, kind = str(document.lang), document.kind.value
    folded = text.casefold()
    marks: dict[str, tuple[str, str]] = {}  # per sentence: a year in it, a quotation mark in it
    out: list[Key] = []
    for c in claims:
        alias = c.matched_alias.casefold()
        stem = alias[:max(4, len(alias) - 2)]  # an inflected mention still counts ("Покровська" for Покровськ)
        in_title = bool(title) and c.span.end == 0 and c.sentence == title[:2000]
        # named in its own sentence, or reached through "the town", "it", the headline's place
        where = "title" if in_title else "named" if text[c.span.start:c.span.end].casefold() == alias else "referred"
        place = "unresolved" if c.place_id.startswith("unresolved:") else (
            "region" if c.place_id.startswith("region:") else "known")
        if c.sentence not in marks:
            marks[c.sentence] = (str(_YEAR.search(c.sentence) is not None), str(_QUOTE.search(c.sentence) is not None))
        year, quote = marks[c.sentence]
        out.append((
            (c.predicate.value, c.actor.value, _factuality(c), c.claimant_side.value, lang, kind,
             _claimant_kind(c.claimant), place, str(c.place_ambiguous), str(c.context is not None), where),
            ("title" if in_title or not text else str(int(4 * c.span.start / len(text))), places,
             _bucket(per_sentence[c.sentence], (1, 2, 4)), _bucket(len(readings[c.place_id]), (1, 2)),
             str(c.event_time is not None), year, quote, _bucket(len(c.sentence) // 60, (0, 1, 2, 3)),
             _bucket(folded.count(stem) if stem else 0, (0, 1, 2, 4))),
        ))
    return out


def claim_features(claims: Sequence[Claim], document: Document) -> list[list[str]]:
    """The feature names of each claim of one document (a claim's features depend on its siblings)."""
    return [[*_static_names(static), *_dynamic_names(dynamic)] for static, dynamic in _keys(claims, document)]


class ConfidenceModel:
    """A bias and one weight per feature name; an unseen feature weighs nothing."""

    def __init__(self, bias: float, weights: Mapping[str, float]) -> None:
        self.bias = bias
        self.weights = dict(weights)
        self._sums: dict[tuple[str, ...], float] = {}

    def probability(self, features: Sequence[str]) -> float:
        return _sigmoid(self.bias + sum(self.weights.get(f, 0.0) for f in features))

    def probability_of(self, key: Key) -> float:
        """`probability` of a claim's features by their key, with each half's weight sum cached."""
        return _sigmoid(self.bias + self._sum(key[0], _static_names) + self._sum(key[1], _dynamic_names))

    def _sum(self, part: tuple[str, ...], names: Callable[[tuple[str, ...]], tuple[str, ...]]) -> float:
        total = self._sums.get(part)
        if total is None:
            if len(self._sums) > 65536:
                self._sums.clear()
            total = self._sums[part] = sum(self.weights.get(f, 0.0) for f in names(part))
        return total


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> ConfidenceModel:
    """The shipped model; without a readable one every claim gets 0.5 (claims must not depend on this file)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ConfidenceModel(float(data["bias"]), {str(k): float(v) for k, v in data["weights"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("no usable confidence model at %s: every claim gets 0.5", path.name)
        return ConfidenceModel(0.0, {})


def calibrated(claims: list[Claim], document: Document, model: ConfidenceModel | None = None) -> list[Claim]:
    """Copies of the claims with `extraction_confidence` set by the model (two decimals: a stable figure)."""
    use = model if model is not None else load_model()
    return [c.model_copy(update={"extraction_confidence": round(use.probability_of(k), 2)})
            for c, k in zip(claims, _keys(claims, document), strict=True)]


def assign_confidence(claims: list[Claim], document: Document) -> list[Claim]:
    """`calibrated`, in place: only for claims just built and not yet shared (the extractor's own). A copy of
    each frozen claim would cost more than the model itself."""
    if claims:
        model = load_model()
        for claim, key in zip(claims, _keys(claims, document), strict=True):
            claim.__dict__["extraction_confidence"] = round(model.probability_of(key), 2)
    return claims
