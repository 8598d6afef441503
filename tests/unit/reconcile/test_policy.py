"""Every row of the decision table in docs/reconciliation.md, plus determinism and idempotency."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import Actor, ChangeType, Modality, PlaceStatus, Predicate, Side, StatusValue, TimeInterval
from services.reconciler.policy import Effect, PlaceState, apply, read
from tests.unit.reconcile.builders import T0, canonical, hours, make_claim

P, A, M = Predicate, Actor, Modality
RU_CLAIM = make_claim(claimant="ru_mod")


def state_after(*claims: object) -> PlaceState | None:
    state: PlaceState | None = None
    for claim in claims:
        state, _ = apply(state, canonical(claim))  # type: ignore[arg-type]
    return state


@pytest.mark.parametrize(
    ("predicate", "actor", "claimant", "modality", "effect", "side"),
    [
        (P.captured, A.RU, "ru_mod", M.asserted, Effect.claim, Side.RU),
        (P.withdrew, A.UA, "ru_mod", M.asserted, Effect.claim, Side.RU),
        (P.captured, A.RU, "ua_general_staff", M.asserted, Effect.confirm, Side.RU),
        (P.withdrew, A.UA, "ua_general_staff", M.reported, Effect.confirm, Side.RU),
        (P.captured, A.RU, "deepstate", M.asserted, Effect.confirm, Side.RU),
        (P.captured, A.RU, "isw", M.asserted, Effect.confirm, Side.RU),
        (P.captured, A.RU, "ap", M.asserted, Effect.confirm, Side.RU),
        (P.captured, A.RU, "x:@someone", M.asserted, Effect.claim, Side.RU),
        (P.captured, A.UA, "ua_army", M.asserted, Effect.claim, Side.UA),
        (P.captured, A.RU, "ua_general_staff", M.denied, Effect.deny, Side.RU),
        (P.withdrew, A.UA, "ua_army", M.denied, Effect.deny, Side.RU),
        (P.holds, A.UA, "ua_army", M.asserted, Effect.hold, Side.UA),
        (P.holds, A.UA, "deepstate", M.reported, Effect.hold, Side.UA),
        (P.fighting, A.RU, "ua_army", M.reported, Effect.fighting, Side.RU),
        (P.captured, A.RU, "ap", M.historical, Effect.history, Side.RU),
        (P.withdrew, A.UA, "reporter", M.historical, Effect.history, Side.RU),
        (P.holds, A.UA, "reporter", M.historical, Effect.history_hold, Side.UA),
        (P.captured, A.RU, "ap", M.conditional, Effect.none, None),
        (P.captured, A.RU, "analysts", M.future, Effect.none, None),
        (P.advancing, A.RU, "ru_mod", M.asserted, Effect.none, None),
        (P.captured, A.unknown, "ru_mod", M.asserted, Effect.none, None),
    ],
)
def test_reading_of_claims(predicate: Predicate, actor: Actor, claimant: str, modality: Modality,
                           effect: Effect, side: Side | None) -> None:
    claim = canonical(make_claim(predicate=predicate, actor=actor, claimant=claimant, modality=modality))
    assert read(claim) == (effect, side)


def _claim(predicate: Predicate, actor: Actor, claimant: str, modality: Modality = M.asserted,
           at: float = 0, doc: str = "web:next") -> object:
    return make_claim(predicate=predicate, actor=actor, claimant=claimant, modality=modality,
                      doc_id=doc, published_at=T0 + hours(at))


@pytest.mark.parametrize(
    ("before", "claim", "expected", "change_type", "alert"),
    [
        # from nothing
        ((), _claim(P.captured, A.RU, "ru_mod"), "claimed(RU)", ChangeType.claimed, True),
        ((), _claim(P.captured, A.RU, "ua_army"), "confirmed(RU)", ChangeType.confirmed, True),
        ((), _claim(P.holds, A.UA, "ua_army"), "held(UA)", ChangeType.held, True),
        ((), _claim(P.fighting, A.RU, "ua_army"), "contested", ChangeType.contested, True),
        ((), _claim(P.captured, A.RU, "ap", M.historical), "confirmed(RU)", ChangeType.backfill, False),
        ((), _claim(P.captured, A.RU, "ap", M.conditional), None, None, None),
        ((), _claim(P.captured, A.UA, "ua_army", M.future), None, None, None),
        # on claimed(RU)
        ((RU_CLAIM,), _claim(P.holds, A.UA, "ua_army", at=2), "claimed(RU), disputed", ChangeType.disputed, True),
        ((RU_CLAIM,), _claim(P.captured, A.RU, "ua_army", M.denied, 2), "claimed(RU), disputed",
         ChangeType.disputed, True),
        ((RU_CLAIM,), _claim(P.fighting, A.RU, "ua_army", at=2), "claimed(RU), disputed", ChangeType.disputed, True),
        ((RU_CLAIM,), _claim(P.withdrew, A.UA, "ua_general_staff", at=30), "confirmed(RU)",
         ChangeType.confirmed, True),
        ((RU_CLAIM,), _claim(P.captured, A.RU, "isw", at=30), "confirmed(RU)", ChangeType.confirmed, True),
        ((RU_CLAIM,), _claim(P.captured, A.RU, "deepstate", at=30), "confirmed(RU)", ChangeType.confirmed, True),
        ((RU_CLAIM,), _claim(P.captured, A.RU, "ru_milbloggers", at=3), None, None, None),
        ((RU_CLAIM,), _claim(P.captured, A.RU, "ap", M.conditional, 3), None, None, None),
        # a disputed claim re-asserted after the dispute has gone quiet
        ((RU_CLAIM, _claim(P.holds, A.UA, "ua_army", at=1)), _claim(P.captured, A.RU, "ru_milbloggers", at=24 * 10),
         "claimed(RU)", ChangeType.dispute_resolved, True),
        # reversal: a recapture after a confirmation is a new change
        ((RU_CLAIM, _claim(P.withdrew, A.UA, "ua_army", at=5)), _claim(P.captured, A.UA, "ua_army", at=24 * 20),
         "claimed(UA)", ChangeType.claimed, True),
        ((RU_CLAIM, _claim(P.withdrew, A.UA, "ua_army", at=5)), _claim(P.fighting, A.UA, "ru_mod", at=24 * 20),
         "contested", ChangeType.contested, True),
        # a held place under attack
        ((_claim(P.holds, A.UA, "ua_army", doc="web:h"),), _claim(P.fighting, A.RU, "ua_army", at=5),
         "contested", ChangeType.contested, True),
        # historical statements: silent, and never over a newer status
        ((RU_CLAIM,), _claim(P.captured, A.RU, "ap", M.historical, 24), "confirmed(RU)", ChangeType.backfill, False),
        ((_claim(P.captured, A.UA, "ua_army", doc="web:u"),), _claim(P.captured, A.RU, "ap", M.historical, 24),
         None, None, None),
        # stale: a report older than the current status by more than two days
        ((_claim(P.captured, A.RU, "ua_army", at=24 * 10, doc="web:c"),), _claim(P.captured, A.UA, "ua_army"),
         None, None, None),
    ],
)
def test_decision_table(before: tuple[object, ...], claim: object, expected: str | None,
                        change_type: ChangeType | None, alert: bool | None) -> None:
    state = state_after(*before)
    previous = state.status if state is not None else PlaceStatus()
    new_state, changes = apply(state, canonical(claim))  # type: ignore[arg-type]
    if expected is None:
        assert changes == []
        assert new_state.status == previous
        return
    (change,) = changes
    assert change.current.label() == expected
    assert change.previous == previous
    assert change.change_type is change_type
    assert change.alert is alert
    assert new_state.status == change.current
    assert 0 <= change.confidence <= 1
    assert change.recorded_at == claim.published_at  # type: ignore[attr-defined]


def test_historical_at_is_the_event_time() -> None:
    when = TimeInterval(start=datetime(2024, 1, 1, tzinfo=UTC), end=datetime(2024, 12, 31, tzinfo=UTC))
    claim = make_claim("Avdiivka", modality=M.historical, claimant="ap", event_time=when)
    _, (change,) = apply(None, canonical(claim))
    assert change.at == when.start and change.recorded_at == T0 and not change.alert


def test_status_change_carries_the_place() -> None:
    _, (change,) = apply(None, canonical(RU_CLAIM))
    assert change.place.place_id == RU_CLAIM.place_id
    assert change.place.aliases == ["Dzerzhinsk", "Торецьк"]
    assert change.place.admin_area == "Donetsk Oblast"
    assert change.explanation.startswith("Toretsk")


def test_a_change_names_the_document_that_caused_it() -> None:
    from services.deduper.clusters import add_claim

    claimed, (first,) = apply(None, canonical(RU_CLAIM))
    assert first.trigger_doc_id == RU_CLAIM.doc_id
    # a denial that arrives later in the same cluster as an earlier one is caused by its own document
    early = make_claim(predicate=P.holds, actor=A.UA, claimant="ua_army", doc_id="web:early")
    late = make_claim(predicate=P.holds, actor=A.UA, claimant="deepstate", doc_id="web:late",
                      published_at=T0 + hours(2))
    cluster, _ = add_claim(None, early, None)
    _, version = add_claim(cluster, late, None)
    assert version is not None and version.claim_id == early.claim_id and version.added is not None
    _, (change,) = apply(claimed, version)
    assert change.trigger_claim_id == early.claim_id and change.trigger_doc_id == "web:late"


def test_confidence_grows_with_independent_sources() -> None:
    one, _ = apply(None, canonical(RU_CLAIM))
    two, _ = apply(one, canonical(make_claim(claimant="wagner", doc_id="web:w", published_at=T0 + hours(1))))
    assert two.independent_sources == 2 and two.confidence > one.confidence


def test_denials_lower_confidence() -> None:
    claimed, _ = apply(None, canonical(RU_CLAIM))
    disputed, _ = apply(claimed, canonical(make_claim(predicate=P.holds, actor=A.UA, claimant="ua_army",
                                                      doc_id="web:d")))
    assert disputed.status.disputed and disputed.confidence < claimed.confidence


@pytest.mark.parametrize(("read", "expected"), [(0.9, 0.495), (0.3, 0.165), (None, 0.55)])
def test_support_counts_as_far_as_the_text_surely_says_it(read: float | None, expected: float) -> None:
    # ru_mod's prior is 0.55; the claim's extraction confidence scales it (a carrier recorded before the
    # confidence was kept, None, counts in full)
    claim = canonical(RU_CLAIM.model_copy(update={"extraction_confidence": 0.5}))
    carriers = [c.model_copy(update={"extraction_confidence": read}) for c in claim.carriers]
    state, (change,) = apply(None, claim.model_copy(update={"carriers": carriers, "original": carriers[0]}))
    assert state.confidence == change.confidence == expected
    assert [e.extraction_confidence for e in change.supporting] == [read]


CLAIMS = st.builds(
    make_claim,
    place=st.just("Toretsk"),
    predicate=st.sampled_from(list(Predicate)),
    actor=st.sampled_from(list(Actor)),
    claimant=st.sampled_from(["ru_mod", "ua_army", "deepstate", "isw", "x:@someone", "ru_milbloggers"]),
    modality=st.sampled_from(list(Modality)),
    doc_id=st.sampled_from([f"web:d{i}" for i in range(6)]),
    published_at=st.integers(0, 24 * 30).map(lambda h: T0 + hours(h)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(CLAIMS, min_size=1, max_size=8))
def test_apply_is_deterministic(claims: list[object]) -> None:
    def run() -> list[str]:
        state, out = None, []
        for claim in claims:
            state, changes = apply(state, canonical(claim))  # type: ignore[arg-type]
            out += [c.model_dump_json() for c in changes]
        return out

    assert run() == run()


@settings(max_examples=60, deadline=None)
@given(st.lists(CLAIMS, min_size=1, max_size=8), st.data())
def test_redeliveries_are_no_ops_wherever_they_land(claims: list[object], data: st.DataObject) -> None:
    canon = [canonical(c) for c in claims]  # type: ignore[arg-type]
    plain_state, plain = None, []
    for c in canon:
        plain_state, changes = apply(plain_state, c)
        plain += changes
    # redeliver random earlier claims right after later ones
    sequence = []
    for i, c in enumerate(canon):
        sequence.append(c)
        sequence.extend(data.draw(st.lists(st.sampled_from(canon[: i + 1]), max_size=2)))
    state, redelivered = None, []
    for c in sequence:
        state, changes = apply(state, c)
        redelivered += changes
    assert [c.event_id for c in redelivered] == [c.event_id for c in plain]
    assert state == plain_state


@settings(max_examples=60, deadline=None)
@given(CLAIMS)
def test_applying_the_same_claim_twice_is_a_no_op(claim: object) -> None:
    c = canonical(claim)  # type: ignore[arg-type]
    once, _ = apply(None, c)
    twice, changes = apply(once, c)
    assert changes == [] and twice == once


def test_event_ids_are_unique_and_stable() -> None:
    claims = [RU_CLAIM, make_claim(predicate=P.holds, actor=A.UA, claimant="ua_army", doc_id="web:x"),
              make_claim(predicate=P.withdrew, actor=A.UA, claimant="ua_army", doc_id="web:y",
                         published_at=T0 + hours(48))]
    ids = []
    state = None
    for claim in claims:
        state, changes = apply(state, canonical(claim))
        ids += [c.event_id for c in changes]
    assert len(ids) == len(set(ids)) == 3
    assert state is not None and state.status.status is StatusValue.confirmed
