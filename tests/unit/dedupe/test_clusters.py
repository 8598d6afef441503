"""Claim clusters: one cluster per claim, its voices counted once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from schemas.models import Actor, CanonicalClaim, Modality, Predicate, SourceDocument, TextFingerprint
from services.deduper.clusters import ClusterState, ModalityClass, add_claim, modality_class, voice
from tests.unit.reconcile.builders import T0, hours, make_claim

MOD = make_claim(claimant="ru_mod", doc_id="web:ap", reporter="apnews.com")
# Guy Elster's X post: "Russia said its forces had seized ... Toretsk"
ELSTER = make_claim(claimant="ru_government", doc_id="x:1887", reporter="x:@guyelster", modality=Modality.reported,
                    published_at=T0 + hours(1), sentence="Russia said its forces had seized the town of Toretsk")


def test_relay_joins_the_claim_and_adds_no_claimant() -> None:
    state, first = add_claim(None, MOD, None)
    state, second = add_claim(state, ELSTER, None)
    assert first is not None and second is not None
    assert second.cluster_id == first.cluster_id
    assert second.independent_claimants == ["ru_mod"]
    assert [c.reporter for c in second.carriers] == ["apnews.com", "x:@guyelster"]
    assert second.original.doc_id == "web:ap"


def test_each_carrier_keeps_how_surely_its_text_was_read() -> None:
    state, _ = add_claim(None, MOD.model_copy(update={"extraction_confidence": 0.91}), None)
    _, result = add_claim(state, ELSTER.model_copy(update={"extraction_confidence": 0.42}), None)
    assert result is not None
    assert [(c.doc_id, c.extraction_confidence) for c in result.carriers] == [("web:ap", 0.91), ("x:1887", 0.42)]


def test_redelivery_is_a_no_op() -> None:
    state, _ = add_claim(None, MOD, None)
    again, result = add_claim(state, MOD, None)
    assert result is None and again == state


def test_copies_count_once_even_with_another_claimant_label() -> None:
    state, _ = add_claim(None, MOD, None)
    copy = make_claim(claimant="yahoo.com", side=MOD.claimant_side, doc_id="web:copy", reporter="yahoo.com",
                      published_at=T0 + hours(2))
    _, result = add_claim(state, copy, "web:ap")
    assert result is not None and result.independent_claimants == ["ru_mod"]


def test_independent_voices_of_one_side_are_counted() -> None:
    brigade = make_claim(predicate=Predicate.holds, actor=Actor.UA, claimant="ua_28th_brigade", doc_id="web:ap")
    deepstate = make_claim(predicate=Predicate.holds, actor=Actor.UA, claimant="deepstate", doc_id="web:ap",
                           sentence="DeepState showed Ukrainian troops still inside")
    general = make_claim(predicate=Predicate.holds, actor=Actor.UA, claimant="ua_general_staff", doc_id="web:ki",
                         reporter="kyivindependent.com", published_at=T0 + hours(3))
    state, _ = add_claim(None, brigade, None)
    state, _ = add_claim(state, deepstate, None)
    _, result = add_claim(state, general, None)
    assert result is not None
    assert result.independent_claimants == ["ua_28th_brigade", "deepstate"]  # the brigade speaks for the army


def test_one_outlet_counts_once() -> None:
    a = make_claim(claimant="ap", doc_id="web:1", reporter="apnews.com")
    b = make_claim(claimant="apnews.com", doc_id="web:2", reporter="apnews.com", published_at=T0 + hours(5))
    state, _ = add_claim(None, a, None)
    _, result = add_claim(state, b, None)
    assert result is not None and result.independent_claimants == ["ap"]


def test_window_splits_clusters() -> None:
    state, first = add_claim(None, MOD, None)
    later = make_claim(claimant="ru_mod", doc_id="web:later", published_at=T0 + timedelta(days=9))
    state, second = add_claim(state, later, None)
    assert first is not None and second is not None and first.cluster_id != second.cluster_id
    assert len(state.windows) == 2


def test_a_key_keeps_three_weeks_of_windows_and_a_claim_older_than_them_still_gets_through() -> None:
    state = None
    firsts = []
    for week in range(5):
        claim = make_claim(claimant="ru_mod", doc_id=f"web:week{week}", published_at=T0 + timedelta(days=8 * week))
        state, canonical = add_claim(state, claim, None)
        assert canonical is not None
        firsts.append(canonical.cluster_id)
    assert state is not None
    assert [w.cluster_id for w in state.windows] == firsts[2:]  # the latest MAX_WINDOWS (3), oldest first
    late = make_claim(claimant="ru_mod", doc_id="web:late", published_at=T0 + timedelta(days=1))
    kept, canonical = add_claim(state, late, None)
    assert canonical is not None and canonical.carrier_count == 1  # a window of its own, reported...
    assert kept.windows == state.windows  # ...and not kept: the key's history is the latest three weeks


def test_earlier_carrier_becomes_the_original() -> None:
    state, _ = add_claim(None, ELSTER, None)
    _, result = add_claim(state, MOD.model_copy(update={"published_at": T0 - hours(1)}), None)
    assert result is not None and result.original.doc_id == "web:ap" and result.claim_id == MOD.claim_id


@pytest.mark.parametrize(
    ("modality", "negated", "expected"),
    [(Modality.asserted, False, ModalityClass.factual), (Modality.reported, False, ModalityClass.factual),
     (Modality.conditional, False, ModalityClass.conditional), (Modality.future, False, ModalityClass.conditional),
     (Modality.historical, False, ModalityClass.historical), (Modality.denied, False, ModalityClass.denied),
     (Modality.asserted, True, ModalityClass.denied)],
)
def test_modality_classes(modality: Modality, negated: bool, expected: ModalityClass) -> None:
    assert modality_class(make_claim(modality=modality, negated=negated)) is expected


def test_different_modality_classes_are_different_clusters() -> None:
    state, _ = add_claim(None, MOD, None)
    with pytest.raises(ValueError, match="key"):
        add_claim(state, make_claim(modality=Modality.conditional, doc_id="web:c"), None)


def test_state_round_trips_as_json() -> None:
    state, _ = add_claim(None, MOD, None)
    state, _ = add_claim(state, ELSTER, None)
    assert ClusterState.model_validate_json(state.model_dump_json()) == state


def test_voices() -> None:
    assert voice("ru_mod") == voice("ru_state_media") == voice("ru_government")
    assert voice("ua_28th_brigade") == voice("ua_general_staff")
    assert voice("deepstate") != voice("ua_army")
    assert voice("x:@someone") == "x:@someone"


def test_the_carrier_document_stays_with_the_carriers_not_in_the_cluster() -> None:
    # the normalizer attaches the document (with its text fingerprint) for the deduper; a cluster repeats its
    # original in every version of its key and every canonical claim, so it keeps the claim without it
    document = SourceDocument(doc_id="web:ap", source="apnews.com", url="https://apnews.com/a",
                              published_at=T0, fingerprint=TextFingerprint(text_hash="h", minhash=[1, 2], shingles=2))
    state, canonical = add_claim(None, MOD.model_copy(update={"document": document}), None)
    assert canonical is not None
    assert canonical.document is None and state.windows[0].original.document is None
    assert canonical.original.url == "https://apnews.com/a"
    # built without validation from validated parts: what a reader parses is what was built
    assert CanonicalClaim.model_validate_json(canonical.model_dump_json()) == canonical


def test_a_canonical_claim_is_built_with_every_field_as_validation_would_set_it() -> None:
    state, _ = add_claim(None, MOD, None)
    _, canonical = add_claim(state, ELSTER, None)
    assert canonical is not None
    assert list(canonical.__dict__) == list(CanonicalClaim.model_fields)
    assert canonical.model_fields_set == set(CanonicalClaim.model_fields)
    validated = CanonicalClaim.model_validate(canonical.model_dump())
    assert validated == canonical and validated.model_dump_json() == canonical.model_dump_json()
