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
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from schemas.models import Claim, Document

log = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).resolve().parent / "data" / "confidence_model.json"
# claimant ids common enough in the labelled sets to have a weight of their own; other ids share a bucket
KNOWN_CLAIMANTS = frozenset({
    "ru_mod", "ru_government", "ru_milbloggers", "ru_state_media", "wagner", "ua_general_staff", "ua_army",
    "ua_president", "ua_government", "deepstate", "isw", "ap", "reuters", "afp",
})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTE = re.compile(r"[\"“”«»„]")


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


def _factuality(claim: Claim) -> str:
    if claim.negated:
        return "denied"
    modality = str(claim.modality)
    return {"asserted": "factual", "reported": "factual", "future": "conditional"}.get(modality, modality)


def claim_features(claims: Sequence[Claim], document: Document) -> list[list[str]]:
    """The feature names of each claim of one document (a claim's features depend on its siblings)."""
    places = len({c.place_id for c in claims})
    per_sentence = Counter(c.sentence for c in claims)
    readings: dict[str, set[tuple[str, str, str]]] = {}
    for c in claims:
        readings.setdefault(c.place_id, set()).add((str(c.predicate), str(c.actor), _factuality(c)))
    text, title = document.text, document.title or ""
    folded = text.casefold()
    out: list[list[str]] = []
    for c in claims:
        predicate, actor, fact = str(c.predicate), str(c.actor), _factuality(c)
        side = str(c.claimant_side)
        alias = c.matched_alias.casefold()
        stem = alias[:max(4, len(alias) - 2)]  # an inflected mention still counts ("Покровська" for Покровськ)
        in_title = bool(title) and c.sentence == title[:2000] and c.span.end == 0
        # named in its own sentence, or reached through "the town", "it", the headline's place
        where = "title" if in_title else "named" if text[c.span.start:c.span.end].casefold() == alias else "referred"
        position = "title" if in_title or not text else str(int(4 * c.span.start / len(text)))
        place = "unresolved" if c.place_id.startswith("unresolved:") else (
            "region" if c.place_id.startswith("region:") else "known")
        claimant = _claimant_kind(c.claimant)
        out.append([
            f"predicate={predicate}", f"actor={actor}", f"fact={fact}", f"predicate_fact={predicate}/{fact}",
            f"predicate_actor={predicate}/{actor}", f"side_actor={side}/{actor}", f"lang={document.lang}",
            f"predicate_lang={predicate}/{document.lang}", f"lang_fact={document.lang}/{fact}",
            f"kind={document.kind}", f"kind_predicate={document.kind}/{predicate}",
            f"claimant={claimant}", f"claimant_predicate={claimant}/{predicate}",
            f"place={place}", f"ambiguous={c.place_ambiguous}", f"context={c.context is not None}",
            f"where={where}", f"where_predicate={where}/{predicate}", f"position={position}",
            f"places={_bucket(places, (1, 2, 4, 8))}",
            f"sentence_claims={_bucket(per_sentence[c.sentence], (1, 2, 4))}",
            f"place_readings={_bucket(len(readings[c.place_id]), (1, 2))}",
            f"time={c.event_time is not None}", f"year={_YEAR.search(c.sentence) is not None}",
            f"quote={_QUOTE.search(c.sentence) is not None}",
            f"sentence_len={_bucket(len(c.sentence) // 60, (0, 1, 2, 3))}",
            f"mentions={_bucket(folded.count(stem) if stem else 0, (0, 1, 2, 4))}",
        ])
    return out


class ConfidenceModel:
    """A bias and one weight per feature name; an unseen feature weighs nothing."""

    def __init__(self, bias: float, weights: Mapping[str, float]) -> None:
        self.bias = bias
        self.weights = dict(weights)

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
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
    """The claims with `extraction_confidence` set by the model (two decimals: a stable, readable figure)."""
    if not claims:
        return claims
    use = model if model is not None else load_model()
    return [c.model_copy(update={"extraction_confidence": round(use.probability(f), 2)})
            for c, f in zip(claims, claim_features(claims, document), strict=True)]
