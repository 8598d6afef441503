"""The cross-partition merge releases records in input-event order, and only when that is safe."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.common.ordered_merge import OrderedMerge


def merge(grace_ms: int = 100) -> OrderedMerge[int, str]:
    return OrderedMerge(key=lambda r: r.encode(), grace_ms=grace_ms)


def test_a_backlog_of_two_partitions_comes_out_interleaved_in_key_order() -> None:
    m = merge()
    m.add(0, ["a1", "c1", "e1"], now_ms=0)
    m.add(1, ["b1", "d1"], now_ms=0)
    # both partitions have shown heads and still lag: release only while partition 1 can show its next head
    out = m.release(10, [0, 1], lagging={0, 1}, now_ms=0)
    assert [r for _, r in out] == ["a1", "b1", "c1", "d1"]
    assert m.pending == 1  # e1 waits: partition 1 is empty and lagging, its next record may come first


def test_a_lagging_partition_with_nothing_fetched_holds_everything_back() -> None:
    m = merge()
    m.add(0, ["b"], now_ms=0)
    assert m.release(10, [0, 1], lagging={1}, now_ms=10_000) == []
    m.add(1, ["a"], now_ms=10_000)
    # a leaves; then partition 1 is empty again, and while it lags b still waits
    assert [r for _, r in m.release(10, [0, 1], lagging={1}, now_ms=10_000)] == ["a"]
    assert [r for _, r in m.release(10, [0, 1], lagging=set(), now_ms=10_100)] == ["b"]


def test_a_quiet_partition_holds_back_only_for_the_grace_period() -> None:
    m = merge(grace_ms=100)
    m.add(0, ["b"], now_ms=1_000)
    assert m.release(10, [0, 1], lagging=set(), now_ms=1_050) == []
    assert [r for _, r in m.release(10, [0, 1], lagging=set(), now_ms=1_100)] == ["b"]


def test_with_every_partition_showing_a_head_there_is_no_grace_wait() -> None:
    m = merge(grace_ms=100)
    m.add(0, ["b"], now_ms=0)
    m.add(1, ["a", "c"], now_ms=0)
    out = m.release(10, [0, 1], lagging=set(), now_ms=0)
    # a and b leave at once; c then waits for quiet partition 0's grace
    assert [r for _, r in out] == ["a", "b"]
    assert [r for _, r in m.release(10, [0, 1], lagging=set(), now_ms=100)] == ["c"]


def test_release_stops_at_the_limit_and_ties_go_in_partition_order() -> None:
    m = merge(grace_ms=0)
    m.add(1, ["x", "x"], now_ms=0)
    m.add(0, ["x"], now_ms=0)
    out = m.release(2, [0, 1], lagging=set(), now_ms=0)
    assert out == [(0, "x"), (1, "x")]
    assert m.pending == 1


def test_dropped_partitions_lose_their_buffers_and_unassigned_ones_do_not_block() -> None:
    m = merge(grace_ms=0)
    m.add(0, ["a"], now_ms=0)
    m.add(1, ["b"], now_ms=0)
    m.drop([0])
    assert m.pending == 1
    assert [r for _, r in m.release(10, [1], lagging={0}, now_ms=0)] == ["b"]
    assert m.empty([0, 1]) == {0, 1}


@given(st.lists(st.lists(st.integers(0, 50), max_size=8), min_size=1, max_size=4))
def test_sorted_partitions_merge_into_one_sorted_stream_without_loss(parts: list[list[int]]) -> None:
    m: OrderedMerge[int, str] = OrderedMerge(key=lambda r: r.encode(), grace_ms=0)
    streams = [[f"{v:03d}" for v in sorted(p)] for p in parts]
    for partition, records in enumerate(streams):
        m.add(partition, records, now_ms=0)
    out = m.release(1_000, range(len(streams)), lagging=set(), now_ms=0)
    values = [r for _, r in out]
    assert values == sorted(values)
    assert sorted(values) == sorted(r for s in streams for r in s)
    for partition, records in enumerate(streams):
        assert [r for p, r in out if p == partition] == records
