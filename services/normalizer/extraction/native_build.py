"""Pick the mypyc-compiled build of this package when it matches the sources, the Python modules otherwise.

`scripts/compile_extraction.py` (run by `make setup` and the Docker build) compiles the extraction modules
with mypyc into `_compiled/`, with a manifest naming the sha256 of every source it was built from. The
compiled build runs the same code about 1.4× faster and gives byte-identical claims (a test checks that on
every labelled set). It is used only when every source still matches the manifest: the compiled modules call
each other natively, so a half-stale build would mix old and new code. Editing one file is therefore enough
to fall back to the Python modules until the next `make setup`.

`CLAIMWATCH_EXTRACTION=pure` forces the Python modules, `=compiled` fails instead of falling back, and the
default (`auto`) uses the compiled build when it is current. This module itself is never compiled: it decides.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = __name__.rpartition(".")[0]
PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR = PACKAGE_DIR / "_compiled"
MANIFEST = "manifest.json"
GROUP = "claimwatch_extraction"  # mypyc's shared library is the top-level module f"{GROUP}__mypyc"
# the package's entry points stay Python: __init__ must run before the choice, __main__ is a script
NOT_COMPILED = frozenset({"__init__", "__main__", "native_build"})


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The module names (without the package) that the compiled build holds, sorted."""
    return sorted(p.stem for p in package_dir.glob("*.py") if p.stem not in NOT_COMPILED)


def source_digests(package_dir: Path = PACKAGE_DIR) -> dict[str, str]:
    return {name: hashlib.sha256((package_dir / f"{name}.py").read_bytes()).hexdigest()
            for name in compiled_modules(package_dir)}


def extension_suffix() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def manifest_for(digests: dict[str, str]) -> dict[str, object]:
    return {"python": sys.implementation.cache_tag, "suffix": extension_suffix(), "sources": digests}


def stale_reason(build_dir: Path = BUILD_DIR, package_dir: Path = PACKAGE_DIR) -> str | None:
    """None when `build_dir` holds a build of exactly the current sources for this interpreter, else why not."""
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "not built (make setup builds it)"
    except (OSError, ValueError) as exc:
        return f"unreadable manifest: {exc}"
    expected = manifest_for(source_digests(package_dir))
    if not isinstance(manifest, dict) or manifest.get("python") != expected["python"] \
            or manifest.get("suffix") != expected["suffix"]:
        return "built for another interpreter"
    if manifest.get("sources") != expected["sources"]:
        return "sources changed since the build"
    missing = [n for n in [f"{GROUP}__mypyc", *compiled_modules(package_dir)]
               if not (build_dir / f"{n}{extension_suffix()}").is_file()]
    return f"missing {', '.join(missing)}" if missing else None


class _SharedLibLoader(importlib.machinery.ExtensionFileLoader):
    """Loads mypyc's shared library and says it sits at the import root, as an in-place build would.

    mypyc derives each compiled module's `__file__` from the shared library's (root/services/…/places.so),
    and the modules find their data files next to `__file__`: it must name the package's own folder.
    """

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        module = super().create_module(spec)
        module.__file__ = str(PACKAGE_DIR.parents[PACKAGE.count(".")] / f"{spec.name}{extension_suffix()}")
        return module


class CompiledFinder:
    """A meta-path finder that serves this package's modules (and mypyc's shared library) from `build_dir`."""

    def __init__(self, build_dir: Path, modules: Sequence[str]) -> None:
        suffix = extension_suffix()
        self._paths = {f"{PACKAGE}.{m}": build_dir / f"{m}{suffix}" for m in modules}
        self._paths[f"{GROUP}__mypyc"] = build_dir / f"{GROUP}__mypyc{suffix}"

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        so = self._paths.get(fullname)
        if so is None:
            return None
        shared = fullname == f"{GROUP}__mypyc"
        loader = (_SharedLibLoader if shared else importlib.machinery.ExtensionFileLoader)(fullname, str(so))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(so))


def activate() -> tuple[str, str]:
    """Install the compiled build if it may be used: ("compiled" | "pure", why)."""
    mode = os.environ.get("CLAIMWATCH_EXTRACTION", "auto").strip().lower() or "auto"
    if mode not in ("auto", "pure", "compiled"):
        raise ValueError(f"CLAIMWATCH_EXTRACTION must be auto, pure or compiled, not {mode!r}")
    if mode == "pure":
        return "pure", "CLAIMWATCH_EXTRACTION=pure"
    reason = stale_reason()
    if reason is not None:
        if mode == "compiled":
            raise ImportError(f"CLAIMWATCH_EXTRACTION=compiled but the compiled build is unusable: {reason}")
        return "pure", reason
    already = [m for m in compiled_modules() if f"{PACKAGE}.{m}" in sys.modules]
    if already:  # imported as Python before the package itself: cannot switch without mixing
        return "pure", f"already imported: {', '.join(already)}"
    if not any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, CompiledFinder(BUILD_DIR, compiled_modules()))
    return "compiled", f"mypyc build in {BUILD_DIR.name}/"
