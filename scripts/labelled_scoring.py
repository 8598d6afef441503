"""Scoring claims against labelled JSON lines, with the matching rules of ../shared/tools/score_extract.py.

A predicted claim matches a gold claim when one of its names equals one of the gold names after normalisation and
predicate, actor and factuality class are equal; predictions that match no expected or optional gold claim are
false positives, counted once per (place, predicate, actor, factuality).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Record = dict[str, Any]  # {"doc": Document, "expected": [gold claim], "optional": [gold claim]}

FACT = {"asserted": "factual", "reported": "factual", "conditional": "conditional", "future": "conditional",
        "historical": "historical", "denied": "denied"}
_MODALITY = {"factual": "asserted", "conditional": "conditional", "historical": "historical"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path) -> list[Record]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for ch in "'’ʼ`\u02bc":
        s = s.replace(ch, "")
    return " ".join(s.replace("-", " ").casefold().split())


def factuality(claim: dict[str, Any]) -> str:
    return "denied" if claim["negated"] else FACT[str(claim["modality"])]


def matches(claim: dict[str, Any], gold: dict[str, Any]) -> bool:
    names = {norm(n) for n in [claim["place_name"], claim["matched_alias"], *claim["place_aliases"]]}
    return (bool(names & {norm(n) for n in gold["place"]})
            and claim["predicate"] == gold["predicate"] and claim["actor"] == gold["actor"]
            and factuality(claim) == gold["factuality"])


def gold_as_claim(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold claim in the shape of an extracted one, so one annotator can be scored against another."""
    names = list(gold["place"])
    return {"place_id": f"gold:{norm(names[0])}", "place_name": names[0], "matched_alias": names[0],
            "place_aliases": names, "predicate": gold["predicate"], "actor": gold["actor"],
            "negated": gold["factuality"] == "denied", "modality": _MODALITY.get(gold["factuality"], "asserted")}


def score_document(claims: list[dict[str, Any]], record: Record) -> Counts:
    expected, optional = record.get("expected", []), record.get("optional", [])
    counts = Counts()
    for g in expected:
        if any(matches(c, g) for c in claims):
            counts.tp += 1
        else:
            counts.fn += 1
    seen = set()
    for c in claims:
        key = (c["place_id"], c["predicate"], c["actor"], factuality(c))
        if key in seen:
            continue
        seen.add(key)
        if not any(matches(c, g) for g in expected + optional):
            counts.fp += 1
    return counts
