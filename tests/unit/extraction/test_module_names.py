"""No extraction module binds a top-level name twice: a second `_PATTERN = …` silently replaces the first for every
rule that reads it (two fix rounds merged with the same new name did that once; two older patterns had been dead
code for sessions)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "services" / "normalizer" / "extraction"


def _top_level_names(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            # (a rebinding that reads the old value refines it on purpose: `SPECS = [s for s in SPECS if …]`)
            read = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            names += [t.id for t in node.targets if isinstance(t, ast.Name) and t.id not in read]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = sorted(name for name, n in Counter(_top_level_names(path)).items() if n > 1)
    assert twice == []
