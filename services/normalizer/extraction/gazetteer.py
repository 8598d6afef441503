"""The place gazetteer: GeoNames populated places of Ukraine and the Russian border oblasts, plus regions.

The data file is built by `scripts/build_gazetteer.py`; the match index (alias key → places) is built
from keys precomputed in the file. `gazetteer.index.json.gz` holds that index already built (about half
the start-up); it names the sha256 of the data file it was built from and is ignored when that differs.
The first load also leaves a local marshal copy of the index (`CACHE_PATH`, not in git) that later processes
read three times faster, under the same sha256 rule.
Data: GeoNames (https://www.geonames.org/), CC BY 4.0.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import marshal
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .morphology import cyrillic_key
from .regex_cache import compile_re
from .transliteration import latin_key, loose_key

DATA_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.json.gz"
INDEX_PATH = DATA_PATH.with_name("gazetteer.index.json.gz")
# The built index as marshal data, written on first load and read by later processes (a third of the JSON load
# time). marshal's format is the interpreter's own, hence one file per interpreter; bump the format number when
# `_to_raw` changes. Not in git: any file that is missing, stale or unreadable is ignored and rewritten.
CACHE_PATH = DATA_PATH.with_name(f"gazetteer.{sys.implementation.cache_tag or 'python'}.cache")
_CACHE_FORMAT = 1
TOKEN_RE = compile_re(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")
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
    # "Огнём артиллерии …" ("by artillery fire"): the word for fire, not the village Ogni
    "огн", "ogni",
    # "на територію Республіки Білорусь", "Донецкой Народной Республики": the word for republic, not a village
    "республік", "республик", "respublika",
    # "the 1st Azov Corps", «полк «Азов»», "the Sea of Azov": the unit or the sea, hardly ever the village Azov
    "azov", "азов",
})
# the romanised common words above that English text uses only as village names ("northern", "peaceful", "steppe"):
# one before its cue is a name there (not "Pravda", "Slava", "Svoboda", "Druzhba", "Shevchenko": outlets, slogans,
# units, pipelines, people)
ROMANISED_NAME_ONLY = frozenset({
    "pivnichne", "pivdenne", "tsentralne", "stepove", "stepnoe", "myrne", "mirnoe", "vilne", "zelene", "yasne",
    "soniachne", "sonyachne", "solnechnoe", "chervone", "krasnoe", "zhovtneve", "oktiabrske", "kirove",
    "shevchenkove", "peremoha", "peremoga", "zoria", "zarya"}) & COMMON_WORD_KEYS


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
    # memo of same-name tie-breaks (candidates, surface) → kept candidates; a pure function of this index
    tie_cache: dict[tuple[tuple[int, ...], str], list[int]] = field(default_factory=dict, repr=False, compare=False)
    # capitalised tokens (surface, lower case) that match no name on their own and begin none: a memo of their
    # match key, None when the token cannot name an unknown village either (too short, a blocked word)
    dead_tokens: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False, compare=False)
    # memo of resolved known places (place_id, surface, ambiguous, note) → ResolvedPlace (frozen, shared)
    known_cache: dict[tuple[str, str, bool, str | None], Any] = field(default_factory=dict, repr=False, compare=False)
    # Latin key → oblast, for oblasts that keep a renamed city's old name (built on first use by places.py)
    renamed_regions: dict[str, int] | None = field(default=None, repr=False, compare=False)

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
            if key[:1] == "~":
                target, key = loose, key[1:]
            else:
                target = index
            bucket = target.get(key)
            if bucket is None:
                target[key] = [i]
            elif bucket[-1] != i:
                bucket.append(i)
    first_keys = frozenset([key.partition(" ")[0] for key in index])
    return Gazetteer(places=places, admin=admin, index=index, loose=loose, by_id=by_id, first_keys=first_keys,
                     prefixes=_prefixes(index), loose_prefixes=_prefixes(loose))


def _prefixes(index: dict[str, list[int]]) -> frozenset[str]:
    out: set[str] = set()
    for key in index:
        # every proper prefix ends just before one of the key's spaces
        at = key.find(" ")
        while at >= 0:
            out.add(key[:at])
            at = key.find(" ", at + 1)
    return frozenset(out)


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Load the gazetteer (cached for the default data file)."""
    # ~200,000 objects are created here and all of them live on: the cyclic collector, were it to run meanwhile,
    # would only walk them again and again (about 40 % of the load time)
    collecting = gc.isenabled()
    gc.disable()
    try:
        if path is None:
            return _load_default()
        return _load(Path(path))
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=1)
def _load_default() -> Gazetteer:
    source = DATA_PATH.read_bytes()
    source_sha256 = hashlib.sha256(source).hexdigest()
    cached = _load_cache(CACHE_PATH, source_sha256)
    if cached is not None:
        return cached
    built = _load_index(INDEX_PATH, source_sha256)
    if built is None:
        built = _build(json.loads(gzip.decompress(source).decode("utf-8")))
    _write_cache(CACHE_PATH, built, source_sha256)
    return built


def _load(path: Path) -> Gazetteer:
    with gzip.open(path, "rb") as fh:
        raw = json.loads(fh.read().decode("utf-8"))
    return _build(raw)


def _load_index(path: Path, source_sha256: str) -> Gazetteer | None:
    """The prebuilt index, or None when it is missing, unreadable or built from another data file."""
    try:
        with gzip.open(path, "rb") as fh:
            raw = json.loads(fh.read())
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("source_sha256") != source_sha256:
        return None
    return _from_raw(raw)


def _from_raw(raw: dict[str, Any]) -> Gazetteer:
    """The gazetteer of a built index as written by `_to_raw`."""
    places = [Place(row[0], row[1], row[2], row[3], row[4], row[5], row[6], tuple(row[7])) for row in raw["places"]]
    return Gazetteer(places=places, admin=raw["admin"], index=raw["index"], loose=raw["loose"],
                     by_id={p.place_id: i for i, p in enumerate(places)}, first_keys=frozenset(raw["first_keys"]),
                     prefixes=frozenset(raw["prefixes"]), loose_prefixes=frozenset(raw["loose_prefixes"]))


def _to_raw(gaz: Gazetteer, source_sha256: str) -> dict[str, Any]:
    """A built index as plain lists and dicts (JSON and marshal can both hold it)."""
    return {
        "source_sha256": source_sha256,
        "places": [[p.place_id, p.name, p.admin_code, p.lat, p.lon, p.population, p.kind, list(p.aliases)]
                   for p in gaz.places],
        "admin": gaz.admin, "index": gaz.index, "loose": gaz.loose, "first_keys": sorted(gaz.first_keys),
        "prefixes": sorted(gaz.prefixes), "loose_prefixes": sorted(gaz.loose_prefixes),
    }


def write_index(path: Path = INDEX_PATH, source: Path = DATA_PATH) -> None:
    """Build the index from the data file and write it as `gazetteer.index.json.gz` (after every data rebuild)."""
    data = source.read_bytes()
    gaz = _build(json.loads(gzip.decompress(data).decode("utf-8")))
    raw = _to_raw(gaz, hashlib.sha256(data).hexdigest())
    payload = json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))


def _load_cache(path: Path, source_sha256: str) -> Gazetteer | None:
    """The local cache of the built index, or None when it is missing, unreadable, stale or of another format."""
    try:
        raw = marshal.loads(path.read_bytes())  # noqa: S302 - our own cache file, written by `_write_cache`
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(raw, dict) or raw.get("format") != _CACHE_FORMAT or raw.get("source_sha256") != source_sha256:
        return None
    try:
        return _from_raw(raw)
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _write_cache(path: Path, gaz: Gazetteer, source_sha256: str) -> None:
    """Keep the built index for the next process (best effort: a read-only install just goes without)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(marshal.dumps(_to_raw(gaz, source_sha256) | {"format": _CACHE_FORMAT}))
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one, never half of one
    except OSError:
        tmp.unlink(missing_ok=True)
