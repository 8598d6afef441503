"""The issue's "done when" sequences, replayed over documents with a stub extractor."""

from __future__ import annotations

from schemas.models import Actor, Claim, Document, Modality, Predicate
from services.offline.pipeline import final_statuses, replay
from tests.unit.reconcile.builders import T0, document, hours, make_claim

DOCS = {
    "web:ru-claim": (Predicate.captured, Actor.RU, "ru_mod", Modality.asserted, "tass.com"),
    "web:ua-withdrew": (Predicate.withdrew, Actor.UA, "ua_general_staff", Modality.asserted, "ukrinform.ua"),
    "web:ua-denial": (Predicate.captured, Actor.RU, "ua_general_staff", Modality.denied, "ukrinform.ua"),
    "web:ua-holds": (Predicate.holds, Actor.UA, "ua_army", Modality.reported, "apnews.com"),
}


def extract(doc: Document) -> list[Claim]:
    predicate, actor, claimant, modality, reporter = DOCS[doc.doc_id.split("#")[0]]
    return [make_claim("Toretsk", predicate, actor, claimant, modality, doc.doc_id, reporter, doc.published_at)]


def test_russian_claim_then_ukrainian_withdrawal_ends_confirmed() -> None:
    docs = [document("web:ua-withdrew", T0 + hours(30)), document("web:ru-claim", T0)]
    (final,) = final_statuses(docs, extract)
    assert (final.status, final.side, final.disputed) == ("confirmed", "RU", False)
    assert [c.current.label() for c in replay(docs, extract)] == ["claimed(RU)", "confirmed(RU)"]


def test_russian_claim_then_only_denials_stays_claimed_and_disputed() -> None:
    docs = [document("web:ru-claim", T0), document("web:ua-denial", T0 + hours(3)),
            document("web:ua-holds", T0 + hours(20)), document("web:ua-denial#2", T0 + hours(40))]
    (final,) = final_statuses(docs, extract)
    assert (final.status, final.side, final.disputed) == ("claimed", "RU", True)
    changes = replay(docs, extract)
    assert [c.change_type.value for c in changes] == ["claimed", "disputed"]
    assert changes[1].disputing[0].claimant == "ua_general_staff"


def test_syndicated_copies_do_not_add_sources() -> None:
    text = ("Russia's Defense Ministry said Friday that its forces had captured the coal mining town of "
            "Toretsk, a key stronghold in the eastern Donetsk region. ") * 3
    docs = [document("web:ru-claim", T0, text, "tass.com"),
            document("web:ru-claim#copy", T0 + hours(1), "MOSCOW: " + text, "rt.com")]
    (final,) = final_statuses(docs, extract)
    assert final.independent_sources == 1
