"""A service process collects garbage rarely: its many long-lived objects are not walked every 700 allocations."""

from __future__ import annotations

import gc

from services.common import lifecycle


def test_services_raise_the_collection_thresholds() -> None:
    before = gc.get_threshold()
    try:
        lifecycle.tune_gc()
        assert gc.get_threshold() == (50_000, 20, 100)
        assert gc.isenabled()  # cycles are still collected, later
    finally:
        gc.set_threshold(*before)
