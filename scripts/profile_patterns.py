"""Time spent in each compiled pattern of the extractor, on the bench corpus (Python build).

    CLAIMWATCH_EXTRACTION=pure .venv/bin/python scripts/profile_patterns.py [--docs 1500] [--top 25]

cProfile shows regex time only as one line (`re.Pattern.search`); a fix round's cost usually hides in one or two new
patterns (a look-behind tried at every position, a search over the whole sentence per mention). Every pattern made by
`compile_re` is wrapped in a timer before the extraction modules import it, the corpus is run twice (the first pass
warms the caches) and the patterns are listed by time in the second. Times include the wrapper's own overhead (about
half a microsecond a call), so a pattern called very often looks dearer than it is: compare trees, not absolutes.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
STATS: dict[str, list[float]] = {}


class TimedPattern:
    """A compiled pattern whose methods add their time to STATS under the pattern's opening characters."""

    __slots__ = ("_key", "_pattern")

    def __init__(self, pattern: Any) -> None:
        self._pattern = pattern
        self._key = pattern.pattern[:100]

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._pattern, name)
        if not callable(attr):
            return attr
        key = self._key

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                entry = STATS.setdefault(key, [0.0, 0])
                entry[0] += time.perf_counter() - start
                entry[1] += 1
        return timed



def _install() -> None:
    """Load regex_cache on its own, wrap its compile_re, and register it before the package imports it."""
    name = "services.normalizer.extraction.regex_cache"
    spec = importlib.util.spec_from_file_location(name, ROOT / "services/normalizer/extraction/regex_cache.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    original: Callable[..., Any] = module.compile_re

    def compile_re(pattern: str, flags: int = 0) -> Any:
        return TimedPattern(original(pattern, flags))
    module.compile_re = compile_re


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1500)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    if os.environ.get("CLAIMWATCH_EXTRACTION") != "pure":
        print("set CLAIMWATCH_EXTRACTION=pure: the compiled build does not go through compile_re's wrapper")
        return 2
    _install()
    from scripts.bench_extract import generate
    from services.normalizer.extraction import extract_claims, load_gazetteer

    gaz = load_gazetteer()
    docs = generate(args.docs, gaz)
    for doc in docs:
        extract_claims(doc, gaz)
    STATS.clear()
    for doc in docs:
        extract_claims(doc, gaz)
    total = sum(t for t, _ in STATS.values())
    print(f"{len(STATS)} patterns used, {total:.3f} s in them over {len(docs)} documents")
    for key, (spent, calls) in sorted(STATS.items(), key=lambda kv: -kv[1][0])[:args.top]:
        print(f"{spent * 1000:8.1f} ms {int(calls):8d} calls  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
