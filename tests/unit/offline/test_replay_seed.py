"""The seed article (Toretsk, February 2025) replayed with hand-built claims through a stub extractor."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.models import Actor, Claim, Document, Modality, Predicate, StatusValue, TimeInterval
from services.offline.pipeline import final_statuses, replay, run
from tests.unit.reconcile.builders import T0, make_claim

SEED = Document(doc_id="web:seed", source="bulgarianmilitary.com", text="(seed article)", published_at=T0)
LAST_YEAR = TimeInterval(start=datetime(2024, 1, 1, tzinfo=UTC), end=datetime(2024, 12, 31, tzinfo=UTC))
LAST_MONTH = TimeInterval(start=datetime(2025, 1, 1, tzinfo=UTC), end=datetime(2025, 1, 31, tzinfo=UTC))
THURSDAY_LATE = TimeInterval(start=datetime(2025, 2, 6, 18, tzinfo=UTC), end=datetime(2025, 2, 6, 23, tzinfo=UTC))


def seed_claims(doc: Document) -> list[Claim]:
    """What a good extractor reads from the seed article, sentence by sentence."""
    if doc.doc_id != SEED.doc_id:
        return []
    r, p = "bulgarianmilitary.com", doc.published_at
    return [
        make_claim("Toretsk", Predicate.captured, Actor.RU, "ru_mod", Modality.reported, doc.doc_id, r, p,
                   "Russia's Defense Ministry announced Friday that its forces had captured ... Toretsk"),
        make_claim("Toretsk", Predicate.captured, Actor.RU, "ru_state_media", Modality.reported, doc.doc_id, r, p,
                   "state media is declaring its 'liberation'"),
        # Guy Elster's X post relaying Russia's claim: claimant is Russia, he is only the reporter.
        make_claim("Toretsk", Predicate.captured, Actor.RU, "ru_government", Modality.reported, doc.doc_id,
                   "x:@guyelster", p, "Russia said its forces had seized the key mining town of Toretsk"),
        make_claim("Toretsk", Predicate.holds, Actor.UA, "ua_28th_brigade", Modality.reported, doc.doc_id,
                   "apnews.com", p, "Alkhimov ... told AP his unit continued to hold its ground"),
        make_claim("Toretsk", Predicate.fighting, Actor.RU, "ua_28th_brigade", Modality.reported, doc.doc_id,
                   "apnews.com", p, "Intense (Russian) assault operations are ongoing."),
        make_claim("Toretsk", Predicate.holds, Actor.UA, "deepstate", Modality.reported, doc.doc_id,
                   "apnews.com", p, "DeepState ... showed late Thursday that Ukrainian troops were on the edge",
                   event_time=THURSDAY_LATE),
        make_claim("Toretsk", Predicate.captured, Actor.RU, "ap", Modality.conditional, doc.doc_id,
                   "apnews.com", p, "The Russia's claimed fall of Toretsk, if confirmed, would advance"),
        *(
            make_claim(place, Predicate.captured, Actor.RU, "bulgarianmilitary.com", Modality.historical,
                       doc.doc_id, r, p, f"Last year saw {place} fall", event_time=when)
            for place, when in (("Avdiivka", LAST_YEAR), ("Vuhledar", LAST_YEAR),
                                ("Velyka Novosilka", LAST_MONTH), ("Kurakhove", LAST_MONTH))
        ),
        make_claim("Druzhba", Predicate.captured, Actor.RU, "ru_mod", Modality.reported, doc.doc_id, r, p,
                   "the two small villages of Druzhba and Krymskoye ... have been taken this week"),
        make_claim("Krymske", Predicate.captured, Actor.RU, "ru_mod", Modality.reported, doc.doc_id, r, p,
                   "the two small villages of Druzhba and Krymskoye ... have been taken this week"),
        make_claim("Pokrovsk", Predicate.captured, Actor.RU, "analysts", Modality.future, doc.doc_id, r, p,
                   "once Pokrovsk falls, Russia will quickly be able to complete its hold"),
    ]


def test_seed_article_final_statuses() -> None:
    finals = {f.place_name: f for f in final_statuses([SEED], seed_claims)}
    toretsk = finals["Toretsk"]
    assert (toretsk.status, toretsk.side, toretsk.disputed) == ("claimed", "RU", True)
    assert toretsk.independent_sources == 1  # the MoD, state media and Guy Elster's relay are one voice
    for village in ("Druzhba", "Krymske"):
        assert (finals[village].status, finals[village].side, finals[village].disputed) == ("claimed", "RU", False)
    for town in ("Avdiivka", "Vuhledar", "Velyka Novosilka", "Kurakhove"):
        assert (finals[town].status, finals[town].side) == ("confirmed", "RU")
    assert "Pokrovsk" not in finals


def test_seed_article_events() -> None:
    changes = replay([SEED], seed_claims)
    by_place: dict[str, list[str]] = {}
    for change in changes:
        by_place.setdefault(change.place.name, []).append(change.current.label())
    assert by_place["Toretsk"] == ["claimed(RU)", "claimed(RU), disputed"]
    assert "Pokrovsk" not in by_place
    for change in changes:
        historical = change.place.name in ("Avdiivka", "Vuhledar", "Velyka Novosilka", "Kurakhove")
        assert change.alert is not historical
        if historical:
            assert change.current.status is StatusValue.confirmed
    disputed = next(c for c in changes if c.place.name == "Toretsk" and c.current.disputed)
    assert "claimed by RU (Russian MoD via bulgarianmilitary.com)" in disputed.explanation
    assert "disputed by UA 28th brigade via AP" in disputed.explanation
    assert disputed.explanation.endswith("1 independent claimant.")


def test_seed_disputing_evidence_names_both_ukrainian_voices() -> None:
    state = run([SEED], seed_claims).places["geonames:709161"]
    claimants = {e.claimant for s in state.signals if s.effect == "hold" for e in s.evidence}
    assert claimants == {"ua_28th_brigade", "deepstate"}


def test_replay_is_deterministic_and_order_free() -> None:
    docs = [SEED, Document(doc_id="web:other", text="x", published_at=T0)]
    first = [c.model_dump_json() for c in replay(docs, seed_claims)]
    second = [c.model_dump_json() for c in replay(list(reversed(docs)), seed_claims)]
    assert first == second
