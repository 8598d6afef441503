"""Compile the extraction package with mypyc into services/normalizer/extraction/_compiled/.

    .venv/bin/python -m scripts.compile_extraction            # build when the sources changed
    .venv/bin/python -m scripts.compile_extraction --force    # rebuild anyway

`make setup` runs it; it needs mypy (a dev dependency) and a C compiler. The build is used only while its
manifest matches the sources (services/normalizer/extraction/native_build.py), so a stale or failed build
never changes behaviour: extraction then runs as plain Python.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.normalizer.extraction import native_build  # noqa: E402


def build(out: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    sources = [native_build.PACKAGE_DIR / f"{m}.py" for m in native_build.compiled_modules()]
    digests = native_build.source_digests()  # before the build: an edit during it makes the result stale
    with tempfile.TemporaryDirectory(prefix="cw-mypyc-") as tmp:
        lib, temp, gen = Path(tmp, "lib"), Path(tmp, "temp"), Path(tmp, "c")
        cwd = Path.cwd()
        os.chdir(ROOT)  # mypy resolves `schemas` and the package from the repository root
        try:
            ext = mypycify([str(p.relative_to(ROOT)) for p in sources], opt_level="3",
                           group_name=native_build.GROUP, target_dir=str(gen))
            setup(name="claimwatch-extraction-compiled", ext_modules=ext,
                  script_args=["-q", "build_ext", "--build-lib", str(lib), "--build-temp", str(temp)])
        finally:
            os.chdir(cwd)
        staging = Path(tmp, "out")
        staging.mkdir()
        for so in lib.rglob(f"*{native_build.extension_suffix()}"):
            shutil.copy2(so, staging / so.name)
        (staging / native_build.MANIFEST).write_text(
            json.dumps(native_build.manifest_for(digests), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        # replace the whole folder at once: a reader never sees new modules with an old manifest
        old = out.with_name(out.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            out.rename(old)
        shutil.copytree(staging, out)
        shutil.rmtree(old, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--force", action="store_true", help="rebuild even when the build is current")
    args = ap.parse_args()
    out = native_build.BUILD_DIR
    reason = native_build.stale_reason(out)
    if reason is None and not args.force:
        print(f"compile_extraction: {out.relative_to(ROOT)} is current")
        return 0
    print(f"compile_extraction: building ({reason or 'forced'}); about 2 minutes of C compilation…", flush=True)
    started = time.monotonic()
    build(out)
    left = native_build.stale_reason(out)
    if left is not None:
        print(f"compile_extraction: build unusable: {left}", file=sys.stderr)
        return 1
    print(f"compile_extraction: built {len(native_build.compiled_modules())} modules in "
          f"{time.monotonic() - started:.0f} s into {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
