"""The reconciler as its own process: the events equal the pure policy's, and a SIGKILL mid-stream
loses and doubles none of them (state and events are one transaction)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

from schemas.models import Actor, CanonicalClaim, Modality, Predicate, StatusChange
from schemas.topics import CLAIMS_CANONICAL, STATUS_CHANGES
from services.common.settings import ServiceSettings
from services.deduper.clusters import ClusterState, add_claim, cluster_key
from services.reconciler.policy import PlaceState, apply
from tests.support.kafka import collect, produce
from tests.support.processes import ServiceProcess, service_env
from tests.unit.reconcile.builders import T0, make_claim


def canonical_stream(places: int) -> list[CanonicalClaim]:
    """Per place: Russia claims the capture, then Ukraine's army says it holds, then Ukraine withdraws."""
    clusters: dict[str, ClusterState] = {}
    out: list[CanonicalClaim] = []
    for n in range(places):
        name = f"Village{n:04d}"
        steps = [
            make_claim(name, claimant="ru_mod", doc_id=f"web:a{n}", published_at=T0),
            make_claim(name, Predicate.holds, Actor.UA, claimant="ua_army", doc_id=f"web:b{n}",
                       published_at=T0 + timedelta(hours=1)),
            make_claim(name, Predicate.withdrew, Actor.UA, claimant="ua_general_staff", doc_id=f"web:c{n}",
                       published_at=T0 + timedelta(hours=2), modality=Modality.asserted),
        ]
        for claim in steps:
            key = cluster_key(claim)
            clusters[key], canonical = add_claim(clusters.get(key), claim, None)
            assert canonical is not None
            out.append(canonical)
    return out


def golden(stream: list[CanonicalClaim]) -> Counter[str]:
    states: dict[str, PlaceState] = {}
    events: Counter[str] = Counter()
    for claim in stream:
        states[claim.place_id], changes = apply(states.get(claim.place_id), claim)
        events.update(c.event_id for c in changes)
    return events


async def test_events_match_the_policy_and_survive_sigkill(topics: ServiceSettings, tmp_path: Path) -> None:
    stream = canonical_stream(400)
    expected = golden(stream)
    assert len(expected) >= 3 * 400 - 400  # claimed, disputed and confirmed per place at least
    await produce(topics, CLAIMS_CANONICAL.name, [(c.place_id, c) for c in stream])
    await produce(topics, CLAIMS_CANONICAL.name, [("unresolved:x", b"[]")])
    env = service_env(topics, CLAIMWATCH_BATCH_MAX_RECORDS="20")

    first = ServiceProcess("reconciler", env, tmp_path).start()
    first.wait_healthy()
    partial = await collect(topics, STATUS_CHANGES.name, StatusChange, until=lambda cs: len(cs) >= 100)
    first.kill()
    assert len(partial) < sum(expected.values()), "the kill must land mid-stream"

    second = ServiceProcess("reconciler", env, tmp_path).start()
    try:
        second.wait_healthy()
        events = await collect(topics, STATUS_CHANGES.name, StatusChange,
                               until=lambda cs: len(cs) >= sum(expected.values()), settle_s=3.0, timeout_s=120)
    finally:
        assert second.stop() == 0

    assert Counter(e.event_id for e in events) == expected
    finals = {e.place.place_id: e.current.label() for e in events}
    assert set(finals.values()) == {"confirmed(RU)"}
