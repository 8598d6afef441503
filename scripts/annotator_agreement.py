"""How far two annotators agree on the held-out sets, and how the extractor scores against each of them.

    .venv/bin/python scripts/annotator_agreement.py

A second annotator labelled some held-out sets from the documents alone, without the first labels or the code
(tests/data/extraction_heldout/second_annotator/). Their agreement, scored exactly as the extractor is scored
(one side's expected claims as the prediction, the other's expected and optional claims as the gold), is the
ceiling that extraction quality on fresh text can be measured against.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas.models import Document
from scripts.labelled_scoring import Counts, Record, gold_as_claim, load, score_document
from services.normalizer.extraction import Gazetteer, extract_claims, load_gazetteer

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "extraction_heldout"


def annotator_against(gold: Sequence[Record], other: Sequence[Record]) -> Counts:
    """`other`'s expected claims scored against `gold`, document by document (same documents, same order)."""
    total = Counts()
    for g, o in zip(gold, other, strict=True):
        if g["doc"]["doc_id"] != o["doc"]["doc_id"]:
            raise ValueError(f"documents differ: {g['doc']['doc_id']} vs {o['doc']['doc_id']}")
        total += score_document([gold_as_claim(c) for c in o["expected"]], g)
    return total


def extractor_against(gold: Iterable[Record], gaz: Gazetteer) -> Counts:
    total = Counts()
    for record in gold:
        claims = extract_claims(Document.model_validate(record["doc"]), gaz)
        total += score_document([c.model_dump(mode="json") for c in claims], record)
    return total


def main() -> int:
    gaz = load_gazetteer()
    print(f"{'set':<10} {'B vs A':>17} {'A vs B':>17} {'extractor vs A':>17} {'extractor vs B':>17}   (P/R/F1)")
    for second in sorted((DATA / "second_annotator").glob("heldout*.jsonl")):
        first, other = load(DATA / second.name), load(second)
        row = [annotator_against(first, other), annotator_against(other, first),
               extractor_against(first, gaz), extractor_against(other, gaz)]
        print(f"{second.stem:<10} " + " ".join(f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.3f}" for c in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
