"""Scoring of the extractor on labelled JSON lines, with the matching rules of ../shared/tools/score_extract.py."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from schemas.models import Document
from services.normalizer.extraction import Gazetteer, extract_claims

FACT = {"asserted": "factual", "reported": "factual", "conditional": "conditional", "future": "conditional",
        "historical": "historical", "denied": "denied"}


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for ch in "'’ʼ`\u02bc":
        s = s.replace(ch, "")
    return " ".join(s.replace("-", " ").casefold().split())


def matches(claim: dict[str, object], gold: dict[str, object]) -> bool:
    names = {_norm(n) for n in [claim["place_name"], claim["matched_alias"], *claim["place_aliases"]]}  # type: ignore[list-item]
    fact = "denied" if claim["negated"] else FACT[str(claim["modality"])]
    return (bool(names & {_norm(n) for n in gold["place"]})  # type: ignore[attr-defined]
            and claim["predicate"] == gold["predicate"] and claim["actor"] == gold["actor"]
            and fact == gold["factuality"])


def score(gaz: Gazetteer, paths: Iterable[Path]) -> tuple[float, float, float]:
    """(precision, recall, F1) of the extractor on the labelled files."""
    tp = fp = fn = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            claims = [c.model_dump(mode="json") for c in extract_claims(Document.model_validate(record["doc"]), gaz)]
            expected, optional = record.get("expected", []), record.get("optional", [])
            for g in expected:
                if any(matches(c, g) for c in claims):
                    tp += 1
                else:
                    fn += 1
            seen = set()
            for c in claims:
                key = (c["place_id"], c["predicate"], c["actor"], FACT[c["modality"]])
                if key in seen:
                    continue
                seen.add(key)
                if not any(matches(c, g) for g in expected + optional):
                    fp += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
