"""A second annotator's labels of held-out sets (tests/data/extraction_heldout/second_annotator): same documents,
labelled from the text alone. The extractor keeps its F1 against them (reached level minus 0.05), and the
agreement arithmetic of scripts/annotator_agreement.py is checked on known cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.annotator_agreement import annotator_against
from scripts.labelled_scoring import load
from services.normalizer.extraction import Gazetteer

from .scoring import score

DATA = Path(__file__).resolve().parents[2] / "data" / "extraction_heldout"
SECOND = DATA / "second_annotator"
SETS = [pytest.param(SECOND / "heldout39.jsonl", 0.804, id="heldout39"),
        pytest.param(SECOND / "heldout57.jsonl", 0.696, id="heldout57"),
        pytest.param(SECOND / "heldout58.jsonl", 0.711, id="heldout58"),
        pytest.param(SECOND / "heldout59.jsonl", 0.758, id="heldout59"),
        pytest.param(SECOND / "heldout63.jsonl", 0.745, id="heldout63"),
        pytest.param(SECOND / "heldout64.jsonl", 0.771, id="heldout64"),
        pytest.param(SECOND / "heldout65.jsonl", 0.786, id="heldout65"),
        pytest.param(SECOND / "heldout66.jsonl", 0.785, id="heldout66"),
        pytest.param(SECOND / "heldout67.jsonl", 0.785, id="heldout67"),
        pytest.param(SECOND / "heldout72.jsonl", 0.693, id="heldout72"),
        pytest.param(SECOND / "heldout73.jsonl", 0.755, id="heldout73"),
        pytest.param(SECOND / "heldout74.jsonl", 0.657, id="heldout74"),
        pytest.param(SECOND / "heldout75.jsonl", 0.808, id="heldout75"),
        pytest.param(SECOND / "heldout84.jsonl", 0.504, id="heldout84"),
        pytest.param(SECOND / "heldout86.jsonl", 0.545, id="heldout86")]
ALLOWED = {"predicate": {"captured", "holds", "fighting", "advancing", "withdrew"}, "actor": {"RU", "UA", "unknown"},
           "factuality": {"factual", "conditional", "historical", "denied"}}


def test_every_second_annotation_is_listed() -> None:
    assert sorted(p.name for p in SECOND.glob("*.jsonl")) == sorted(p.values[0].name for p in SETS)


@pytest.mark.parametrize(("path", "min_f1"), SETS)
def test_same_documents_as_the_first_annotation(path: Path, min_f1: float) -> None:
    first, second = load(DATA / path.name), load(path)
    assert [r["doc"] for r in second] == [r["doc"] for r in first]
    for record in second:
        for claim in record["expected"] + record["optional"]:
            assert all(claim[field] in values for field, values in ALLOWED.items()), (record["doc"]["doc_id"], claim)
            assert claim["place"] and all(isinstance(n, str) and n for n in claim["place"])


@pytest.mark.parametrize(("path", "min_f1"), SETS)
def test_f1_against_the_second_annotator(gaz: Gazetteer, path: Path, min_f1: float) -> None:
    precision, recall, f1 = score(gaz, [path])
    assert f1 >= min_f1, f"{path.name} (second annotator) F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}) < {min_f1}"


def _record(expected: list[dict[str, object]], optional: list[dict[str, object]] | None = None) -> dict[str, object]:
    return {"doc": {"doc_id": "web:t1"}, "expected": expected, "optional": optional or []}


CAPTURED = {"place": ["Toretsk", "Dzerzhinsk"], "predicate": "captured", "actor": "RU", "factuality": "factual"}
HOLDS = {"place": ["Toretsk"], "predicate": "holds", "actor": "UA", "factuality": "denied"}


def test_annotators_agree_through_any_shared_name_and_optional_claims() -> None:
    gold = [_record([CAPTURED], [HOLDS])]
    other = [_record([{**CAPTURED, "place": ["Dzerzhinsk", "Дзержинск"]}, HOLDS])]
    counts = annotator_against(gold, other)
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)


def test_a_different_factuality_is_a_miss_and_an_extra() -> None:
    counts = annotator_against([_record([CAPTURED])], [_record([{**CAPTURED, "factuality": "historical"}])])
    assert (counts.tp, counts.fp, counts.fn, counts.f1) == (0, 1, 1, 0.0)


def test_annotations_of_different_documents_are_refused() -> None:
    other = [{**_record([CAPTURED]), "doc": {"doc_id": "web:t2"}}]
    with pytest.raises(ValueError, match="documents differ"):
        annotator_against([_record([CAPTURED])], other)
