"""A cluster's state stays small however many copies arrive, and says what the full carrier list would."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import Carrier, Claim, ClaimantSide
from services.deduper.clusters import (
    MAX_LISTED_CARRIERS,
    ClusterState,
    ClusterWindow,
    add_claim,
    carrier_of,
    voice,
)
from tests.unit.reconcile.builders import T0, make_claim

CLAIMANTS = ["ru_mod", "tass", "kremlin", "rybar", "wargonzo", "ru_milblogger_1", "ru_milblogger_2"]


def reference_voices(carriers: list[Carrier]) -> list[Carrier]:
    """What the cluster counted when it kept every carrier: each voice's first counted carrier, copies
    counted once per story."""
    stories: set[str] = set()
    voices: dict[str, Carrier] = {}
    for carrier in sorted(carriers, key=lambda c: (c.published_at, c.doc_id)):
        if carrier.duplicate_of is not None and carrier.duplicate_of in stories:
            continue
        stories.add(carrier.duplicate_of or carrier.doc_id)
        voices.setdefault(voice(carrier.claimant), carrier)
    return list(voices.values())


def stream(n: int, picks: list[tuple[int, int]]) -> list[tuple[Claim, str | None]]:
    """n claims of one cluster, published one minute apart; each an original or a copy of an earlier one."""
    out: list[tuple[Claim, str | None]] = []
    for i in range(n):
        who, copy_of = picks[i % len(picks)]
        claim = make_claim(claimant=CLAIMANTS[who % len(CLAIMANTS)], side=ClaimantSide.RU, doc_id=f"web:{i:04d}",
                           reporter=f"outlet{i % 5}.example", published_at=T0 + timedelta(minutes=i))
        original = f"web:{copy_of % i:04d}" if i and copy_of >= 0 else None
        out.append((claim, original))
    return out


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 80), st.lists(st.tuples(st.integers(0, 20), st.integers(-3, 50)), min_size=1, max_size=12))
def test_summary_matches_the_full_carrier_list(n: int, picks: list[tuple[int, int]]) -> None:
    state: ClusterState | None = None
    everything: list[Carrier] = []
    for claim, duplicate_of in stream(n, picks):
        state, result = add_claim(state, claim, duplicate_of)
        everything.append(carrier_of(claim, duplicate_of))
        assert result is not None
        assert result.carrier_count == len(everything)
        voices = reference_voices(everything)
        assert result.independent_claimants == [c.claimant for c in voices]
        assert result.original.doc_id == "web:0000"
        assert max(c.published_at for c in result.carriers) == everything[-1].published_at
        # the reconciler's evidence: the carrier through which each voice was first counted is listed
        assert {c.claim_id for c in voices} <= {c.claim_id for c in result.carriers}
        if len(everything) <= MAX_LISTED_CARRIERS:
            assert [c.claim_id for c in result.carriers] == [c.claim_id for c in everything]


def test_ten_thousand_copies_keep_the_state_small_and_still_drop_a_redelivery() -> None:
    original = make_claim(claimant="ru_mod", doc_id="web:orig", published_at=T0)
    state, _ = add_claim(None, original, None)
    for i in range(10_000):
        copy = make_claim(claimant="ru_mod", doc_id=f"web:copy{i}", published_at=T0 + timedelta(seconds=i + 1))
        state, last = add_claim(state, copy, "web:orig")
        assert last is not None
    assert last.carrier_count == 10_001 and last.independent_claimants == ["ru_mod"]
    assert len(state.model_dump_json()) < 40_000
    again, result = add_claim(state, copy, "web:orig")
    assert result is None and again == state


def test_a_changelog_record_of_the_older_format_is_summarised_on_load() -> None:
    claims = [make_claim(claimant=c, side=ClaimantSide.RU, doc_id=f"web:{i}", published_at=T0 + timedelta(hours=i))
              for i, c in enumerate(["ru_mod", "tass", "rybar"])]
    state: ClusterState | None = None
    for claim in claims:
        state, expected = add_claim(state, claim, None)
    assert state is not None and expected is not None
    window = state.windows[0]
    old = window.model_dump(include={"cluster_id", "opened_at", "original", "carriers"}, mode="json")
    restored = ClusterWindow.model_validate(old)
    assert restored.canonical(expected.added) == expected
    assert restored.has(claims[1].claim_id)


def test_digests_match_only_at_their_own_boundaries() -> None:
    from services.deduper.clusters import _holds

    digests = "0123456789abcdef" + "fedcba9876543210"
    assert _holds(digests, "fedcba9876543210")
    assert not _holds(digests, "89abcdeffedcba98")  # straddles two digests
    assert not _holds("", "0123456789abcdef")


def test_a_summary_with_listed_digests_is_read_as_concatenated() -> None:
    claim = make_claim(claimant="ru_mod", doc_id="web:a", published_at=T0)
    state, _ = add_claim(None, claim, None)
    window = state.windows[0].model_dump(mode="json")
    first = ClusterWindow.model_validate(window)
    window["seen"] = [window["seen"]]
    window["stories"] = ["web:a"]
    listed = ClusterWindow.model_validate(window)
    assert listed.seen == first.seen and listed.stories == first.stories
    assert listed.has(claim.claim_id)
