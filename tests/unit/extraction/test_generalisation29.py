"""Failure classes found by the twenty-ninth held-out set (heldout29.jsonl: three ordinary days of an analyst's feeds —
wires, Russian state media and MoD bulletins, Ukrainian outlets and General Staff reports, DeepState/ISW, X posts and
Telegram channels), each as a general rule, with other places and wording than that set."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.models import Claim, Document
from services.normalizer.extraction import Gazetteer, extract_claims
from services.normalizer.extraction.claimants import author_claimant

from .conftest import run, tuples

WIRE = "wire.example"
MAY = datetime(2025, 5, 20, 9, 0, tzinfo=UTC)


def _got(text: str, gaz: Gazetteer, source: str = WIRE) -> set[tuple[str, str, str, str]]:
    return tuples(run(text, gaz, source=source, published=MAY))


def _post(text: str, gaz: Gazetteer, author: str) -> list[Claim]:
    document = Document(doc_id="x:1", kind="post", source="x.com", author=author, title="", text=text,
                        published_at=MAY)
    return extract_claims(document, gaz)


def _sides(claims: list[Claim]) -> set[tuple[str, str, str, str]]:
    return {(c.place_name, c.predicate.value, c.actor.value, c.claimant_side.value) for c in claims}


# 1. A post on the bare X host names its account in `author`: a known handle is that claimant, any other handle is
#    x:@name (and "the enemy" in @DeepStateEN's post is RU)
def test_author_handle_of_an_x_post() -> None:
    assert author_claimant("x.com", "@DefenceU") == "ua_mod"
    assert author_claimant("twitter.com", "@mod_russia") == "ru_mod"
    assert author_claimant("x.com", "@DeepStateEN") == "deepstate"
    assert author_claimant("x.com", "@some_reporter") == "x:@some_reporter"
    assert author_claimant("apnews.com", "@DefenceU") is None  # an article's byline is no account
    assert author_claimant("x.com", None) is None


def test_author_handle_gives_the_posts_side(gaz: Gazetteer) -> None:
    claims = _post("Map updated. The enemy advanced near #Toretsk and #Pokrovsk.", gaz, "@DeepStateEN")
    assert ("Toretsk", "advancing", "RU", "UA") in _sides(claims)
    assert {c.claimant for c in claims} == {"deepstate"}
    claims = _post("Ворог просунувся поблизу Курахового.", gaz, "@DefenceU")
    assert ("Kurakhove", "advancing", "RU", "UA") in _sides(claims)
    claims = _post("Противник продвинулся у Торецка.", gaz, "@mod_russia")
    assert ("Toretsk", "advancing", "UA", "RU") in _sides(claims)
    # near miss: an unknown handle stays neutral and "the enemy" has no side
    claims = _post("The enemy advanced near #Toretsk.", gaz, "@some_reporter")
    assert {c.claimant for c in claims} == {"x:@some_reporter"}
    assert ("Toretsk", "advancing", "unknown", "neutral") in _sides(claims)
