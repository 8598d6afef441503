"""A stage's state: models while busy, JSON at rest, the changelog gets each changed value once per batch."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from services.common.runner import StateStore


class Counter(BaseModel):
    n: int


def test_a_changed_value_is_serialised_once_and_kept_as_json_afterwards() -> None:
    store: StateStore[Counter] = StateStore(Counter, cache_size=1)
    store.partition = 2
    store.put("a", Counter(n=1))
    store.put("a", Counter(n=2))
    store.put("b", Counter(n=3))
    assert store.take_dirty() == {2: {"a": '{"n":2}', "b": '{"n":3}'}}
    assert store.take_dirty() == {}
    assert (store.at_rest(2, "a"), store.at_rest(2, "b")) == ('{"n":2}', '{"n":3}')  # at rest as JSON
    assert store.get("a") == Counter(n=2)  # parsed again: only b stayed decoded
    assert store.get("b") == Counter(n=3)
    assert len(store) == 2


def test_partitions_are_separate_and_loading_replaces_a_decoded_value() -> None:
    store: StateStore[Counter] = StateStore(Counter)
    store.partition = 0
    store.put("k", Counter(n=1))
    store.take_dirty()
    store.partition = 1
    assert store.get("k") is None
    store.load(0, "k", '{"n":7}')  # a changelog record read during a restore
    store.partition = 0
    assert store.get("k") == Counter(n=7)
    store.load(0, "k", None)  # a tombstone
    assert store.get("k") is None


def test_dropping_a_partition_forgets_its_values_decoded_or_not() -> None:
    store: StateStore[Counter] = StateStore(Counter)
    store.partition = 3
    store.put("x", Counter(n=1))
    store.drop([3])
    assert store.get("x") is None and len(store) == 0


def test_values_changed_in_an_aborted_batch_are_not_written() -> None:
    store: StateStore[Counter] = StateStore(Counter)
    store.put("x", Counter(n=1))
    store.discard_dirty()
    assert store.take_dirty() == {}


def test_values_rest_in_a_file_and_leave_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    store: StateStore[Counter] = StateStore(Counter, cache_size=2, path=str(path))
    for n in range(50):
        store.partition = n % 3
        store.put(f"k{n}", Counter(n=n))
        assert store.get(f"k{n}") == Counter(n=n)  # changed in this batch: readable before it rests
    assert len(store) == 50
    store.take_dirty()
    assert path.stat().st_size > 0 and store.at_rest(1, "k49") == '{"n":49}'
    store.partition = 1
    assert store.get("k49") == Counter(n=49) and store.get("k48") is None  # k48 is in partition 0
    store.drop([1])
    assert store.get("k49") is None and len(store) == 50 - 17
    store.close()
    assert not path.exists()


def test_a_changed_value_evicted_from_the_decoded_cache_is_still_read_back() -> None:
    store: StateStore[Counter] = StateStore(Counter, cache_size=1)
    store.put("a", Counter(n=1))
    store.put("b", Counter(n=2))  # evicts the decoded "a", which is not at rest yet
    assert store.get("a") == Counter(n=1)
    store.discard_dirty()
    assert store.get("a") is None and store.get("b") is None


class Blob(BaseModel):
    text: str


def test_decoded_values_are_bounded_by_the_size_of_their_json() -> None:
    # each value is 1,000 characters of JSON or so; 3,500 bytes hold three of them
    store: StateStore[Blob] = StateStore(Blob, cache_size=100, cache_bytes=3_500)
    for key in "abcde":
        store.put(key, Blob(text=key * 990))
    store.take_dirty()
    assert store.decoded_bytes == 3 * len(Blob(text="x" * 990).model_dump_json())
    assert [slot[1] for slot in store._decoded] == ["c", "d", "e"]  # the least recently used left
    assert store.get("a") == Blob(text="a" * 990)  # read back from rest, and now the most recent
    assert [slot[1] for slot in store._decoded] == ["d", "e", "a"]


def test_a_growing_value_pushes_others_out_and_a_single_huge_one_stays() -> None:
    store: StateStore[Blob] = StateStore(Blob, cache_size=100, cache_bytes=5_000)
    store.put("small", Blob(text="s" * 100))
    store.put("growing", Blob(text="g" * 100))
    store.take_dirty()
    assert store.decoded_bytes == 2 * len(Blob(text="s" * 100).model_dump_json())
    store.put("growing", Blob(text="g" * 20_000))
    store.take_dirty()  # the real size is known now: over the budget alone
    assert [slot[1] for slot in store._decoded] == ["growing"]
    assert store.decoded_bytes == len(Blob(text="g" * 20_000).model_dump_json())
    assert store.get("small") == Blob(text="s" * 100)
    assert [slot[1] for slot in store._decoded] == ["small"]


def test_the_byte_count_follows_loads_drops_and_aborts() -> None:
    store: StateStore[Blob] = StateStore(Blob, cache_bytes=10**6)
    store.partition = 1
    store.put("a", Blob(text="a"))
    store.put("b", Blob(text="b"))
    store.take_dirty()
    one = len(Blob(text="a").model_dump_json())
    assert store.decoded_bytes == 2 * one
    store.load(1, "a", '{"text":"A"}')  # a restore replaces the decoded value
    assert store.decoded_bytes == one
    store.put("c", Blob(text="c"))
    store.discard_dirty()
    assert store.decoded_bytes == one
    store.drop([1])
    assert store.decoded_bytes == 0 and len(store._decoded) == 0
