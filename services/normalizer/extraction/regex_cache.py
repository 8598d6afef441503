"""Regular expressions compiled once per installation instead of once per process.

The extraction modules compile about 700 patterns in a process (~280 when imported, the lexicon's phrase
patterns as words first occur), ~80 ms of CPU in `re`'s pattern compiler, which is plain Python. `claimwatch
extract` starts once per batch, so that is paid again and again. `compile_re` keeps what the compiler
produces (the opcode list `_sre.compile` takes) in a local marshal file (`CACHE_PATH`, not in git), keyed by the
pattern and its flags, and later processes hand it straight to `_sre`.

It is only an accelerator: the file is used only when written by this exact interpreter build (version and
`_sre.MAGIC`); anything unexpected (no file, an unreadable or foreign one, a pattern not in it, a refused code
list; `_sre` validates every code list it is given) compiles the pattern the normal way. A unit test checks that
patterns built from the file equal `re.compile`'s. New patterns are written back when the process exits, best
effort: a read-only install just goes without. `CLAIMWATCH_REGEX_CACHE=0` turns the file off (patterns are
still compiled once per process).
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

CACHE_PATH = Path(__file__).resolve().parent / "data" / f"regex.{sys.implementation.cache_tag or 'python'}.cache"
_FORMAT = 1
_MAX_RECIPES = 5_000

# re's internals, reached by name (no type stubs): the parser and code generator that re.compile runs, and
# the C constructor it ends with
_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

# (pattern, flags) → (flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile
Recipe = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _build_tag() -> str:
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_FORMAT}"


def _read(path: Path) -> dict[tuple[str, int], Recipe]:
    try:
        raw = marshal.loads(path.read_bytes())  # noqa: S302 - our own cache file, written by `save`
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(raw, dict) or raw.get("build") != _build_tag() or not isinstance(raw.get("recipes"), dict):
        return {}
    recipes: dict[tuple[str, int], Recipe] = raw["recipes"]
    return recipes


class PatternCache:
    """Compiled patterns of this process, and the recipes of every pattern any process here compiled."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.recipes: dict[tuple[str, int], Recipe] = _read(path) if path is not None else {}
        self.compiled: dict[tuple[str, int], re.Pattern[str]] = {}
        self.added = 0
        self.enabled = hasattr(_compiler, "_code") and hasattr(_parser, "parse")

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = (pattern, int(flags))
        done = self.compiled.get(key)
        if done is not None:
            return done
        compiled = self._from_recipe(key) if self.enabled else None
        if compiled is None:
            compiled = self._compile_and_keep(key)
        self.compiled[key] = compiled
        return compiled

    def _from_recipe(self, key: tuple[str, int]) -> re.Pattern[str] | None:
        recipe = self.recipes.get(key)
        if recipe is None:
            return None
        try:
            pattern: re.Pattern[str] = _sre.compile(key[0], *recipe)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # "invalid SRE code", a foreign file
            del self.recipes[key]
            return None
        return pattern

    def _compile_and_keep(self, key: tuple[str, int]) -> re.Pattern[str]:
        pattern, flags = key
        if not self.enabled or flags & re.DEBUG:
            return re.compile(pattern, flags)
        try:
            # what re._compiler.compile does, keeping the intermediate code
            parsed = _parser.parse(pattern, flags)
            code: list[int] = list(map(int, _compiler._code(parsed, flags)))  # (opcodes are int subclasses)
            groupindex: dict[str, int] = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            recipe: Recipe = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
                              tuple(indexgroup))
            compiled: re.Pattern[str] = _sre.compile(pattern, *recipe)
        except re.error:
            raise
        except Exception:
            self.enabled = False
            return re.compile(pattern, flags)
        self.recipes[key] = recipe
        self.added += 1
        return compiled

    def save(self) -> None:
        """Write the recipes back when this process compiled new patterns (atomically, best effort)."""
        if self.path is None or not self.added:
            return
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            # merge with what other processes wrote meanwhile, unless that has grown past any one version of the
            # code (patterns of edited code pile up): then this process's own patterns only
            merged = _read(self.path) | self.recipes
            if len(merged) > _MAX_RECIPES:
                merged = self.recipes
            tmp.write_bytes(marshal.dumps({"build": _build_tag(), "recipes": merged}))
            os.replace(tmp, self.path)
            self.added = 0
        except (OSError, ValueError):
            tmp.unlink(missing_ok=True)


_CACHE = PatternCache(None if os.environ.get("CLAIMWATCH_REGEX_CACHE", "1") == "0" else CACHE_PATH)
atexit.register(_CACHE.save)


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the installation's cache of compiled patterns when it has it."""
    return _CACHE.compile(pattern, flags)
