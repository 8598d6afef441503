"""Scoring of the extractor on labelled JSON lines, with the matching rules of ../shared/tools/score_extract.py."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from schemas.models import Document
from scripts.labelled_scoring import Counts, load, score_document
from services.normalizer.extraction import Gazetteer, extract_claims


def score(gaz: Gazetteer, paths: Iterable[Path]) -> tuple[float, float, float]:
    """(precision, recall, F1) of the extractor on the labelled files."""
    total = Counts()
    for path in paths:
        for record in load(path):
            claims = [c.model_dump(mode="json") for c in extract_claims(Document.model_validate(record["doc"]), gaz)]
            total += score_document(claims, record)
    return total.precision, total.recall, total.f1
