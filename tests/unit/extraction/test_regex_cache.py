"""The cache of compiled patterns gives exactly re.compile's patterns, and never more than an accelerator."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from services.normalizer.extraction import regex_cache
from services.normalizer.extraction.regex_cache import PatternCache

PATTERNS: list[tuple[str, int]] = [
    (r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*", 0),
    (r"(?P<side>russian|ukrainian)\s+(?:forces|troops)\b", re.IGNORECASE),
    (r"\b(?:last|past) month\b|\bв прошлом месяце\b", re.I | re.M),
    (r"(a)|(?P<b>b)(?(1)x|y)", 0),
    (r"x{0,90}?\b(?<=\s)(?!y)", re.S),
    ("", 0),
]


def test_patterns_from_the_file_equal_re_compile(tmp_path: Path) -> None:
    path = tmp_path / "regex.cache"
    writer = PatternCache(path)
    first = [writer.compile(p, f) for p, f in PATTERNS]
    writer.save()

    reader = PatternCache(path)
    assert set(reader.recipes) == set(PATTERNS)
    again = [reader.compile(p, f) for p, f in PATTERNS]
    assert reader.added == 0  # every one came from the file
    for (pattern, flags), a, b in zip(PATTERNS, first, again, strict=True):
        expected = re.compile(pattern, flags)
        assert a == expected and b == expected  # same pattern, flags and code
        assert b.groupindex == expected.groupindex and b.groups == expected.groups


def test_cached_patterns_behave_like_re(tmp_path: Path) -> None:
    path = tmp_path / "regex.cache"
    PatternCache(path).compile(PATTERNS[1][0], PATTERNS[1][1])
    cache = PatternCache(path)
    cache.compile("warm", 0)
    cache.save()
    pattern = PatternCache(path).compile(PATTERNS[1][0], PATTERNS[1][1])
    m = pattern.search("Earlier, Russian  troops advanced")
    assert m is not None and m.group("side") == "Russian" and m.span() == (9, 24)


def test_a_process_reuses_its_pattern_objects() -> None:
    cache = PatternCache(None)
    assert cache.compile("abc", re.I) is cache.compile("abc", re.I)
    assert cache.compile("abc", 0) is not cache.compile("abc", re.I)


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps([1, 2]),
                                     marshal.dumps({"build": "another python", "recipes": {}})])
def test_a_missing_foreign_or_broken_file_compiles_normally(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "regex.cache"
    path.write_bytes(content)
    cache = PatternCache(path)
    assert cache.recipes == {}
    assert cache.compile(r"\bfoo\b", 0) == re.compile(r"\bfoo\b")
    assert cache.added == 1


def test_invalid_code_in_the_file_is_refused_and_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "regex.cache"
    good = PatternCache(path)
    good.compile(r"ab+c", 0)
    good.save()
    raw = marshal.loads(path.read_bytes())
    flags, code, groups, groupindex, indexgroup = raw["recipes"][(r"ab+c", 0)]
    raw["recipes"][(r"ab+c", 0)] = (flags, [999_999, *code[1:]], groups, groupindex, indexgroup)
    path.write_bytes(marshal.dumps(raw))

    cache = PatternCache(path)
    assert cache.compile(r"ab+c", 0) == re.compile(r"ab+c")
    assert cache.added == 1  # compiled the normal way and kept anew


def test_bad_patterns_raise_re_error(tmp_path: Path) -> None:
    with pytest.raises(re.error):
        PatternCache(tmp_path / "regex.cache").compile(r"(unclosed", 0)


def test_an_unwritable_place_is_not_an_error(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "missing-folder" / "regex.cache")
    cache.compile("abc", 0)
    cache.save()  # no exception, nothing written
    assert not (tmp_path / "missing-folder").exists()


def test_the_extraction_modules_compile_through_the_cache() -> None:
    # every module-level pattern of the package went through compile_re (none through re.compile directly)
    source_dir = Path(regex_cache.__file__).resolve().parent
    direct = [p.name for p in source_dir.glob("*.py")
              if p.name != "regex_cache.py" and "re.compile(" in p.read_text(encoding="utf-8")]
    assert direct == []
