"""A realistic, deterministic document workload for benchmarks and fault runs.

Documents are written from templates over the gazetteer's front-line places and mix what the pipeline
meets for real: wire articles from several outlets, their syndicated copies (datelines added, same story),
Russian- and Ukrainian-language statements, journalists relaying a claim on X, DeepState-style map posts
and their retweets, historical and conditional statements, and villages the gazetteer does not know.
The same seed gives the same documents, byte for byte, so a live run can be checked against an offline
replay of exactly the same input.

    python -m scripts.workload --docs 1000 --seed 7 > docs.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from schemas.models import Document, DocumentKind, DocumentRefs

GAZETTEER = Path(__file__).resolve().parents[1] / "services/normalizer/extraction/data/gazetteer.json.gz"
# Oblasts where fighting is reported: Donetsk, Luhansk, Zaporizhzhia, Kharkiv, Kherson, Dnipropetrovsk,
# Sumy, and the Russian border oblasts Kursk and Belgorod.
FRONT_LINE = ("UA:05", "UA:14", "UA:26", "UA:07", "UA:08", "UA:04", "UA:21", "RU:41", "RU:09")
DEFAULT_START = datetime(2025, 2, 1, tzinfo=UTC)

WIRE_OUTLETS = ("apnews.com", "reuters.com", "afp.com", "bbc.co.uk", "kyivindependent.com", "ukrinform.net")
SYNDICATORS = ("yahoo.com", "msn.com", "abcnews.go.com", "usnews.com", "independent.co.uk", "theguardian.com",
               "washingtonpost.com", "foxnews.com", "euronews.com", "thestar.com")
DATELINES = {"apnews.com": "KYIV, Ukraine (AP) — ", "reuters.com": "KYIV, Feb 7 (Reuters) - ",
             "afp.com": "KYIV (AFP) - ", "bbc.co.uk": "", "kyivindependent.com": "", "ukrinform.net": "KYIV: "}
RU_OUTLETS = ("tass.ru", "ria.ru", "mil.ru")
UA_OUTLETS = ("ukrinform.ua", "pravda.com.ua", "suspilne.media")
JOURNALISTS = ("x:@GuyElster", "x:@Osinttechnical", "x:@NOELreports", "x:@wartranslated", "x:@Tendar")
MAP_ACCOUNTS = ("x:@DeepStateUA", "x:@War_Mapper")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RU_GROUPS = ("Центр", "Юг", "Восток", "Запад", "Север", "Днепр")
# Village names no gazetteer has: claims about them must still pass, marked unresolved.
UNKNOWN_VILLAGES = ("Zarichne-Druhe", "Novoivanivka Persha", "Petrivske-Khutir", "Sukhyi Yar-2", "Kamianka Mala",
                    "Vesele Pole", "Oleksiivka Nova", "Hrushivka Druha")

EN_CLAIMS = (
    # (predicate for readers of this file, template)
    ("captured", "Russia's Defence Ministry said on {day} that its forces had captured {place} in {oblast}."),
    ("captured", "Russian forces have taken full control of {place}, the Russian Defence Ministry said on {day}."),
    ("denied", "Ukraine's General Staff denied that {place} had fallen, saying its troops still held positions "
               "in the town."),
    ("holds", "Ukrainian troops repelled several Russian assaults near {place} on {day}, the General Staff said."),
    ("holds", "A Ukrainian brigade officer told {wire} his unit continued to hold its ground in {place}."),
    ("fighting", "Heavy fighting continued in {place}, a spokesman for Ukraine's eastern command said."),
    ("captured", "Ukraine said on {day} that its troops had liberated the village of {place} in {oblast}."),
    ("withdrew", "The Ukrainian army said it had withdrawn its troops from {place} to avoid encirclement."),
    ("advancing", "DeepState, an open-source Ukrainian map, showed Russian forces advancing on the outskirts "
                  "of {place}."),
    ("conditional", "The fall of {place}, if confirmed, would open the road to {place2}, analysts said."),
    ("historical", "{place} fell to Russian forces last year after months of fighting."),
    ("unknown", "Russian troops captured the village of {village}, north-east of {place}, the ministry said."),
)
# Background sentences with their own numbers and names, so that unrelated articles share few word
# shingles (as real ones do) while syndicated copies still share all of theirs.
FILLER = (
    "The claim about {place} could not be independently verified by {wire}.",
    "Both sides have suffered heavy losses around {place}, according to {n} military analysts.",
    "Glide bombs, artillery and drones have flattened about {n} buildings near {place}.",
    "{place} had a population of about {n}00 people before the full-scale invasion.",
    "Officials urged the remaining {n} civilians of {place} to evacuate as shelling intensified.",
    "Western officials said on {day} the front line near {place} had shifted only {n} kilometres.",
    "Moscow has not commented on reports of {n} casualties near {place}.",
    "The governor said power had been cut to {n} villages around {place} overnight.",
    "Analysts say the advance on {place} has cost Moscow about {n} armoured vehicles.",
    "Aid groups delivered {n} tonnes of food and medicine to residents who stayed in {place}.",
    "The Institute for the Study of War said on {day} the situation near {place} remained fluid.",
    "Footage from {place} shared on {day} appeared to show {n} damaged apartment blocks.",
)
RU_CLAIMS = (
    "Подразделения группировки войск «{group}» освободили населённый пункт {place}, сообщило Министерство "
    "обороны России.",
    "В результате активных действий группировки «{group}» завершено освобождение населённого пункта {place}.",
    "Российские войска продолжают наступление в районе {place}, сообщили в Минобороны.",
)
UA_CLAIMS = (
    "Сили оборони відбили штурм ворога в районі населеного пункту {place}, повідомив Генштаб ЗСУ.",
    "Українські військові звільнили {place}, повідомили в Генеральному штабі.",
    "Тривають запеклі бої за {place}, заявив речник угруповання військ.",
)
MAP_POSTS = (
    "The enemy advanced near {place}. Map updated.",
    "Ворог просунувся в районі {place}. Карту оновлено.",
    "Ukrainian forces liberated {place}. Map updated.",
)


@dataclass(frozen=True)
class PlaceName:
    """A front-line place as documents name it: a Latin name, a Cyrillic one, its oblast."""

    place_id: str
    latin: str
    cyrillic: str
    oblast: str


@dataclass(frozen=True)
class Mix:
    """Share of each kind of document; the shares are weights, they need not sum to one."""

    wire: float = 0.35
    syndicated: float = 0.25
    russian: float = 0.1
    ukrainian: float = 0.1
    x_relay: float = 0.08
    x_map: float = 0.07
    retweet: float = 0.05

    def kinds(self) -> tuple[list[str], list[float]]:
        names = ["wire", "syndicated", "russian", "ukrainian", "x_relay", "x_map", "retweet"]
        return names, [getattr(self, n) for n in names]


@dataclass
class _Memory:
    """What later documents can copy or relay."""

    wires: list[Document] = field(default_factory=list)
    posts: list[Document] = field(default_factory=list)


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


@lru_cache(maxsize=4)
def front_line_places(path: Path = GAZETTEER) -> tuple[PlaceName, ...]:
    """Settlements of the front-line oblasts whose Latin name is unique in the gazetteer, by id."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    admin = {code: entry["name"] for code, entry in raw["admin"].items()}
    counts: dict[str, int] = {}
    for entry in raw["places"]:
        counts[entry[1].lower()] = counts.get(entry[1].lower(), 0) + 1
    places = []
    for place_id, name, code, _lat, _lon, _pop, kind, aliases, _keys in raw["places"]:
        if kind != "settlement" or code not in FRONT_LINE or counts[name.lower()] != 1:
            continue
        if not name.replace("-", "").replace(" ", "").isalpha() or not name.isascii() or len(name) < 4:
            continue
        cyrillic = next((a for a in aliases if _is_cyrillic(a)), None)
        if cyrillic is None:
            continue
        places.append(PlaceName(place_id, name, cyrillic, admin.get(code, "")))
    return tuple(sorted(places, key=lambda p: p.place_id))


def _web_id(url: str) -> str:
    return "web:" + hashlib.sha256(url.encode()).hexdigest()


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


class Workload:
    """An endless deterministic stream of documents; `take(n)` the first n of them."""

    def __init__(self, seed: int = 7, start: datetime = DEFAULT_START, spacing_s: float = 20.0,
                 mix: Mix | None = None, places: int = 400) -> None:
        self._rng = random.Random(seed)
        self._start = start
        self._spacing = spacing_s
        self._mix = mix or Mix()
        all_places = front_line_places()
        # A bounded set of places keeps status changes frequent: places are claimed, disputed, retaken.
        self._places = list(self._rng.sample(all_places, min(places, len(all_places))))
        self._memory = _Memory()
        self._n = 0

    def take(self, count: int) -> list[Document]:
        return [next(self) for _ in range(count)]

    def __iter__(self) -> Iterator[Document]:
        return self

    def __next__(self) -> Document:
        n = self._n
        self._n += 1
        at = self._start + timedelta(seconds=n * self._spacing)
        names, weights = self._mix.kinds()
        kind = self._rng.choices(names, weights)[0]
        if kind == "syndicated" and not self._memory.wires:
            kind = "wire"
        if kind == "retweet" and not self._memory.posts:
            kind = "x_map"
        doc: Document = getattr(self, f"_{kind}")(n, at)
        if kind == "wire":
            self._memory.wires = [*self._memory.wires, doc][-50:]
        elif kind in ("x_map", "x_relay"):
            self._memory.posts = [*self._memory.posts, doc][-50:]
        return doc

    # --- the kinds of document -------------------------------------------------------------------------

    def _place(self) -> PlaceName:
        return self._rng.choice(self._places)

    def _wire(self, n: int, at: datetime) -> Document:
        rng = self._rng
        outlet = rng.choice(WIRE_OUTLETS)
        main = self._place()
        sentences = []
        for _ in range(rng.randint(2, 4)):
            _, template = rng.choice(EN_CLAIMS)
            place = main if rng.random() < 0.6 else self._place()
            sentences.append(template.format(
                place=place.latin, place2=self._place().latin, oblast=place.oblast, day=rng.choice(WEEKDAYS),
                wire=outlet.split(".")[0].upper(), village=rng.choice(UNKNOWN_VILLAGES)))
        sentences += [f.format(place=self._place().latin, wire=outlet.split(".")[0].upper(), n=rng.randint(2, 90),
                               day=rng.choice(WEEKDAYS)) for f in rng.sample(FILLER, rng.randint(4, 7))]
        rng.shuffle(sentences)
        paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
        title = f"Fighting around {main.latin}: what each side says"
        url = f"https://{outlet}/world/europe/{_slug(title)}-{n}"
        return Document(doc_id=_web_id(url), kind=DocumentKind.article, source=outlet, url=url, title=title,
                        text=DATELINES.get(outlet, "") + "\n".join(paragraphs), lang="en", published_at=at,
                        fetched_at=at, author=f"{outlet} staff")

    def _syndicated(self, n: int, at: datetime) -> Document:
        original = self._rng.choice(self._memory.wires)
        outlet = self._rng.choice(SYNDICATORS)
        url = f"https://www.{outlet}/news/{_slug(original.title)}-{n}"
        text = original.text if self._rng.random() < 0.5 else original.text + "\n\nRead more: world news."
        return Document(doc_id=_web_id(url), kind=DocumentKind.article, source=outlet, url=url, title=original.title,
                        text=text, lang="en", published_at=max(at, original.published_at), fetched_at=at,
                        author=original.author, refs=DocumentRefs(syndicated_from=original.url))

    def _russian(self, n: int, at: datetime) -> Document:
        outlet = self._rng.choice(RU_OUTLETS)
        place = self._place()
        text = self._rng.choice(RU_CLAIMS).format(place=place.cyrillic, group=self._rng.choice(RU_GROUPS))
        url = f"https://{outlet}/news/{n}"
        return Document(doc_id=_web_id(url), kind=DocumentKind.article, source=outlet, url=url,
                        title=f"Сводка Минобороны: {place.cyrillic}", text=text, lang="ru", published_at=at,
                        fetched_at=at)

    def _ukrainian(self, n: int, at: datetime) -> Document:
        outlet = self._rng.choice(UA_OUTLETS)
        place = self._place()
        text = self._rng.choice(UA_CLAIMS).format(place=place.cyrillic)
        url = f"https://{outlet}/news/{n}"
        return Document(doc_id=_web_id(url), kind=DocumentKind.article, source=outlet, url=url,
                        title=f"Ситуація на фронті: {place.cyrillic}", text=text, lang="uk", published_at=at,
                        fetched_at=at)

    def _post(self, n: int, at: datetime, account: str, text: str, refs: DocumentRefs | None = None) -> Document:
        tweet_id = str(1880000000000000000 + n)
        return Document(doc_id=f"x:{tweet_id}", kind=DocumentKind.post, source=account,
                        url=f"https://x.com/{account.removeprefix('x:@')}/status/{tweet_id}", text=text,
                        lang="uk" if _is_cyrillic(text) else "en", published_at=at, fetched_at=at,
                        author=account.removeprefix("x:"), refs=refs or DocumentRefs())

    def _x_relay(self, n: int, at: datetime) -> Document:
        place = self._place()
        text = (f"Russia said its forces had seized the town of {place.latin} in east Ukraine after months of "
                f"fighting. Ukraine has not confirmed.")
        return self._post(n, at, self._rng.choice(JOURNALISTS), text)

    def _x_map(self, n: int, at: datetime) -> Document:
        place = self._place()
        template = self._rng.choice(MAP_POSTS)
        text = template.format(place=place.cyrillic if _is_cyrillic(template) else place.latin)
        return self._post(n, at, self._rng.choice(MAP_ACCOUNTS), text)

    def _retweet(self, n: int, at: datetime) -> Document:
        original = self._rng.choice(self._memory.posts)
        account = self._rng.choice(JOURNALISTS)
        text = f"RT {original.source.removeprefix('x:')}: {original.text}"
        return self._post(n, max(at, original.published_at), account, text,
                          DocumentRefs(retweet_of=original.doc_id.removeprefix("x:")))


def documents(count: int, seed: int = 7, start: datetime = DEFAULT_START, spacing_s: float = 20.0) -> list[Document]:
    """The first `count` documents of the workload with this seed."""
    return Workload(seed=seed, start=start, spacing_s=spacing_s).take(count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for doc in documents(args.docs, args.seed):
        sys.stdout.write(doc.model_dump_json() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
