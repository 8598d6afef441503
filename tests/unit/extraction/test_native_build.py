"""The compiled (mypyc) build of the extraction package: used only when current, and it changes no claim."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import services.normalizer.extraction as extraction
from services.normalizer.extraction import native_build as nb

ROOT = Path(__file__).resolve().parents[3]
SHARED_DATA = ROOT.parent / "shared" / "data"
HELDOUT = ROOT / "tests" / "data" / "extraction_heldout"
IN_CI = os.environ.get("CI") == "true"


@pytest.fixture()
def package(tmp_path: Path) -> Path:
    """A copy of the package's sources with a complete, current build beside them (empty .so files)."""
    pkg = tmp_path / "extraction"
    pkg.mkdir()
    for src in nb.PACKAGE_DIR.glob("*.py"):
        shutil.copy2(src, pkg / src.name)
    build = pkg / "_compiled"
    build.mkdir()
    for name in [f"{nb.GROUP}__mypyc", *nb.compiled_modules(pkg)]:
        (build / f"{name}{nb.extension_suffix()}").write_bytes(b"")
    (build / nb.MANIFEST).write_text(json.dumps(nb.manifest_for(nb.source_digests(pkg))), encoding="utf-8")
    return pkg


def test_the_decider_and_entry_points_are_not_compiled() -> None:
    modules = nb.compiled_modules()
    assert {"extract", "places", "gazetteer", "lexicon"} <= set(modules)
    assert not {"__init__", "__main__", "native_build"} & set(modules)


def test_a_build_of_the_current_sources_is_used(package: Path) -> None:
    assert nb.stale_reason(package / "_compiled", package) is None


def test_no_build_is_reported(package: Path) -> None:
    shutil.rmtree(package / "_compiled")
    assert nb.stale_reason(package / "_compiled", package) == "not built (make setup builds it)"


def test_an_edited_source_makes_the_whole_build_stale(package: Path) -> None:
    with (package / "places.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    assert nb.stale_reason(package / "_compiled", package) == "sources changed since the build"


def test_a_new_module_makes_the_build_stale(package: Path) -> None:
    (package / "new_rules.py").write_text("X = 1\n", encoding="utf-8")
    assert nb.stale_reason(package / "_compiled", package) == "sources changed since the build"


def test_a_build_for_another_interpreter_is_not_used(package: Path) -> None:
    manifest = json.loads((package / "_compiled" / nb.MANIFEST).read_text(encoding="utf-8"))
    manifest["python"] = "cpython-39"
    (package / "_compiled" / nb.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert nb.stale_reason(package / "_compiled", package) == "built for another interpreter"


def test_a_missing_module_is_named(package: Path) -> None:
    (package / "_compiled" / f"places{nb.extension_suffix()}").unlink()
    assert nb.stale_reason(package / "_compiled", package) == "missing places"


def test_a_broken_manifest_is_a_reason_not_a_crash(package: Path) -> None:
    (package / "_compiled" / nb.MANIFEST).write_text("{not json", encoding="utf-8")
    reason = nb.stale_reason(package / "_compiled", package)
    assert reason is not None and reason.startswith("unreadable manifest")


def test_an_unknown_mode_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_EXTRACTION", "fast")
    with pytest.raises(ValueError, match="auto, pure or compiled"):
        nb.activate()


def test_pure_mode_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_EXTRACTION", "pure")
    assert nb.activate() == ("pure", "CLAIMWATCH_EXTRACTION=pure")


def test_this_process_runs_the_build_exactly_when_it_is_current() -> None:
    # CI builds it in `make setup`: there a missing or stale build is a failure, not a slower pass
    current = nb.stale_reason() is None and os.environ.get("CLAIMWATCH_EXTRACTION", "auto") != "pure"
    assert (extraction.IMPLEMENTATION == "compiled") == current, extraction.IMPLEMENTATION_REASON
    if IN_CI:
        assert extraction.IMPLEMENTATION == "compiled", extraction.IMPLEMENTATION_REASON
    if extraction.IMPLEMENTATION == "compiled":
        assert extraction.extract_claims.__class__.__name__ == "builtin_function_or_method"


def _claims(docs: Path, mode: str) -> bytes:
    env = {**os.environ, "CLAIMWATCH_EXTRACTION": mode}
    with docs.open("rb") as stdin:
        out = subprocess.run([sys.executable, "-m", "services.normalizer.extraction"], stdin=stdin,
                             capture_output=True, cwd=ROOT, env=env, timeout=300, check=True)
    return out.stdout


def test_compiled_and_python_give_byte_identical_claims(tmp_path: Path) -> None:
    reason = nb.stale_reason()
    if reason is not None:
        assert not IN_CI, reason
        pytest.skip(f"no current compiled build: {reason}")
    from scripts.bench_extract import generate, write_corpus

    # every labelled document (shared gold, held-out sets) and 400 generated 1-3 KB documents
    docs = tmp_path / "docs.jsonl"
    labelled = sorted(SHARED_DATA.glob("*.jsonl")) + sorted(HELDOUT.glob("*.jsonl"))
    with docs.open("w", encoding="utf-8") as fh:
        for path in labelled:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    fh.write(json.dumps(json.loads(line)["doc"], ensure_ascii=False) + "\n")
    bench = tmp_path / "bench.jsonl"
    write_corpus(generate(400, extraction.load_gazetteer(), seed=11), bench)
    with docs.open("a", encoding="utf-8") as fh:
        fh.write(bench.read_text(encoding="utf-8"))
    compiled = _claims(docs, "compiled")
    assert compiled.count(b"\n") > 1500  # the corpus does produce claims
    assert compiled == _claims(docs, "pure")
