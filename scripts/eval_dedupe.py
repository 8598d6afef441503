"""Measure document dedupe on a generated syndication corpus: precision, recall, errors by kind.

    .venv/bin/python scripts/eval_dedupe.py [--seeds 1 2 3] [--copies 8] [--negatives 6] [--show-errors]

A copy counts as found when it is marked a duplicate of its own original (or of another copy of it);
any duplicate_of on an original or an independent report is a false positive.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.offline.pipeline import dedupe_documents
from tests.unit.dedupe.corpus import Labelled, build_corpus


def evaluate(corpus: list[Labelled], show_errors: bool = False) -> tuple[float, float, Counter[str]]:
    truth = {item.document.doc_id: item for item in corpus}
    roots = {doc_id: item.original or doc_id for doc_id, item in truth.items()}
    tp = fp = fn = 0
    errors: Counter[str] = Counter()
    for result in dedupe_documents(item.document for item in corpus):
        item = truth[result.doc_id]
        predicted = roots.get(result.duplicate_of) if result.duplicate_of else None
        if item.original is not None:
            if predicted == item.original:
                tp += 1
            else:
                fn += 1
                errors[f"missed:{','.join(item.edits)}"] += 1
                if show_errors:
                    print(f"MISS {result.doc_id} sim={result.similarity} edits={item.edits}")
        if result.duplicate_of is not None and predicted != item.original:
            fp += 1
            errors[f"false:{item.kind}"] += 1
            if show_errors:
                print(f"FALSE {result.doc_id} ({item.kind}) -> {result.duplicate_of} sim={result.similarity}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--negatives", type=int, default=6)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    total: Counter[str] = Counter()
    for seed in args.seeds:
        corpus = build_corpus(seed=seed, copies=args.copies, negatives=args.negatives)
        started = time.perf_counter()
        precision, recall, errors = evaluate(corpus, args.show_errors)
        elapsed = time.perf_counter() - started
        total.update(errors)
        print(f"seed={seed} docs={len(corpus)} precision={precision:.3f} recall={recall:.3f} "
              f"({len(corpus) / elapsed:.0f} docs/s)")
    for key, count in total.most_common(15):
        print(f"  {count:4d} {key}")


if __name__ == "__main__":
    main()
