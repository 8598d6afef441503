"""The place gazetteer: GeoNames populated places of Ukraine and the Russian border oblasts, plus regions.

The data file is built by `scripts/build_gazetteer.py`; the match index (alias key → places) is built
here at load time from keys precomputed in the file, so loading stays well under a second.
Data: GeoNames (https://www.geonames.org/), CC BY 4.0.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .morphology import cyrillic_key
from .transliteration import latin_key, loose_key

DATA_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.json.gz"
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")
MAX_ALIAS_TOKENS = 4

# Place names that are also everyday words ("friendship", "peace", "victory", "steppe"): a mention
# only counts next to a place cue ("village of", "село") or a predicate.
COMMON_WORD_KEYS = frozenset({
    "druzhba", "mir", "myr", "pobeda", "peremoha", "peremoga", "zaria", "zarya", "zoria", "nadiya",
    "nadezhda", "pravda", "shevchenko", "shevchenkove", "lenina", "kirova", "stepove", "stepnoe",
    "soniachne", "sonyachne", "solnechnoe", "vilne", "myrne", "mirnoe", "zelene", "pivdenne",
    "pivnichne", "tsentralne", "nove", "novoe", "komunar", "chervone", "krasnoe", "sokil", "yasne",
    "dobre", "slava", "svoboda", "zhovtneve", "oktiabrske", "pershe travnia", "kalinina", "kirove",
    "druzhb", "мир", "побед", "перемог", "степ", "степов", "зар", "зор", "надежд", "надій", "правд",
    "свобод", "слав", "восток", "юг", "центр", "запад", "север", "нов", "сонячн", "солнечн", "мирн",
    "вільн", "зелен", "ясн", "добр", "шевченк", "ленин", "кіров", "киров", "червон", "красн", "южн",
    "пивденн", "південн", "північн",
})


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a populated place or a region."""

    place_id: str
    name: str
    admin_code: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str  # "settlement" | "region"
    aliases: tuple[str, ...]

    @property
    def is_region(self) -> bool:
        return self.kind == "region"


@dataclass
class Gazetteer:
    """Places with an alias index keyed by normalised token sequences."""

    places: list[Place]
    admin: dict[str, dict[str, object]]
    index: dict[str, list[int]] = field(default_factory=dict)
    loose: dict[str, list[int]] = field(default_factory=dict)
    by_id: dict[str, int] = field(default_factory=dict)
    first_keys: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()  # proper token prefixes of multi-token index keys
    loose_prefixes: frozenset[str] = frozenset()  # the same for the loose index

    def admin_name(self, code: str | None) -> str | None:
        """Readable oblast name of a GeoNames admin code (`UA:05` → `Donetsk Oblast`)."""
        if code is None:
            return None
        entry = self.admin.get(code)
        return str(entry["name"]) if entry else None

    def region_of(self, code: str | None) -> Place | None:
        """The region entry of an admin code, if any."""
        if code is None:
            return None
        entry = self.admin.get(code)
        region_id = entry.get("region_id") if entry else None
        if not isinstance(region_id, str) or region_id not in self.by_id:
            return None
        return self.places[self.by_id[region_id]]

    def get(self, place_id: str) -> Place | None:
        idx = self.by_id.get(place_id)
        return None if idx is None else self.places[idx]


@lru_cache(maxsize=262144)
def token_key(token: str, first: bool) -> str:
    """Match key of one token, Latin or Cyrillic (Cyrillic is stemmed to meet inflected forms)."""
    if any("\u0400" <= ch <= "\u04ff" for ch in token):
        return cyrillic_key(token, 3 if first else 2)
    return latin_key(token)


def alias_keys(alias: str) -> list[str]:
    """Index keys of one alias: the exact token-key sequence, plus a `~loose` key for long Latin names."""
    tokens = TOKEN_RE.findall(alias)
    if not tokens or len(tokens) > MAX_ALIAS_TOKENS:
        return []
    key = " ".join(token_key(tok, i == 0) for i, tok in enumerate(tokens))
    keys = [key]
    if not any("\u0400" <= ch <= "\u04ff" for ch in alias) and len(key) >= 6:
        keys.append("~" + loose_key(key))
    return keys


def _build(raw: dict[str, object]) -> Gazetteer:
    rows = raw["places"]
    admin = raw["admin"]
    assert isinstance(rows, list) and isinstance(admin, dict)  # file format invariant
    places: list[Place] = []
    index: dict[str, list[int]] = {}
    loose: dict[str, list[int]] = {}
    by_id: dict[str, int] = {}
    for row in rows:
        place_id, name, code, lat, lon, pop, kind, aliases, keys = row
        i = len(places)
        places.append(Place(place_id, name, code, lat, lon, int(pop), kind, tuple(aliases)))
        by_id[place_id] = i
        for key in keys:
            target = loose if key.startswith("~") else index
            bucket = target.setdefault(key[1:] if key.startswith("~") else key, [])
            if not bucket or bucket[-1] != i:
                bucket.append(i)
    first_keys = frozenset(key.split(" ", 1)[0] for key in index)
    return Gazetteer(places=places, admin=admin, index=index, loose=loose, by_id=by_id, first_keys=first_keys,
                     prefixes=_prefixes(index), loose_prefixes=_prefixes(loose))


def _prefixes(index: dict[str, list[int]]) -> frozenset[str]:
    out: set[str] = set()
    for key in index:
        if " " in key:
            parts = key.split(" ")
            out.update(" ".join(parts[:k]) for k in range(1, len(parts)))
    return frozenset(out)


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Load the gazetteer (cached for the default data file)."""
    if path is None:
        return _load_default()
    return _load(Path(path))


@lru_cache(maxsize=1)
def _load_default() -> Gazetteer:
    return _load(DATA_PATH)


def _load(path: Path) -> Gazetteer:
    with gzip.open(path, "rb") as fh:
        raw = json.loads(fh.read().decode("utf-8"))
    return _build(raw)
