"""Claim-extraction throughput: in-process docs/s, `claimwatch extract` on one core, gazetteer load, peak RSS.

Generates N realistic 1–3 KB documents from templates (EN/RU/UK wire stories, Russian MoD bulletins,
Ukrainian General Staff and DeepState posts, monitoring posts, X posts) over many gazetteer places, most
sentences carrying no claim, as in real articles. Deterministic for a given `--seed`.

    .venv/bin/python scripts/bench_extract.py --docs 3000
    .venv/bin/python scripts/bench_extract.py --write-corpus bench.jsonl --docs 2000   # corpus only
    .venv/bin/python scripts/bench_extract.py --dump-claims out.jsonl                  # claims, for diffs

The last line is `bench_extract: docs=N inproc_docs_per_s=X ... cli_docs_per_s=Y ... load_s=Z peak_rss_mb=R
implementation=compiled|pure`
(per wall second and per CPU second: on a busy machine only the CPU figures are comparable).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from schemas.models import Document  # noqa: E402
from services.normalizer.extraction import IMPLEMENTATION, extract_claims, load_gazetteer  # noqa: E402
from services.normalizer.extraction.gazetteer import Gazetteer  # noqa: E402

# document size in UTF-8 bytes: the "1-3 KB" (until Nov 2026 characters were counted, so Cyrillic
# documents ran to 5.6 KB and the mean was 2.6 KB)
MIN_BYTES, MAX_BYTES = 1000, 3000
FRONT_OBLASTS = ("UA:05", "UA:07", "UA:26", "UA:14", "UA:08", "RU:41", "RU:09")
_UK_ONLY = re.compile(r"[іїєґ]", re.IGNORECASE)
_RU_ONLY = re.compile(r"[ыэёъ]", re.IGNORECASE)
_CYR = re.compile(r"^[А-ЯЁІЇЄҐа-яёіїєґ' -]+$")

EN_CLAIM = [
    "Russia's defence ministry said on {day} that its forces had captured the village of {p}.",
    "Ukraine's General Staff said its troops repelled {n} Russian assaults near {p} and {q} over the past day.",
    "DeepState, a Ukrainian monitoring project, said Russian forces had advanced near {p}.",
    "Heavy fighting continues on the outskirts of {p}, a Ukrainian brigade spokesman told Reuters.",
    "Ukrainian troops withdrew from {p} to more favourable positions, the military said.",
    "Moscow claimed that {p} had been liberated, but Kyiv denied the claim.",
    "If {p} falls, Russian forces would be able to threaten supply routes to {q}.",
    "Last year Russian forces captured {p} after months of fighting.",
    "Russian forces now control about {n}% of {p}, according to the Institute for the Study of War.",
    "The {n}th brigade said it was still holding its positions in {p}.",
]
EN_FILLER = [
    "The claims could not be independently verified.",
    "Officials said {n} civilians were evacuated from the area this week, most of them elderly.",
    "The region has been without stable electricity since a series of strikes on substations in the autumn.",
    "Aid agencies have warned that winter will make conditions worse for the remaining residents.",
    "The ministry also said its air defences had shot down {n} drones over several regions overnight.",
    "Western officials have said both sides are suffering heavy losses in the grinding war of attrition.",
    "Talks between the two sides remain stalled, and no new round has been scheduled.",
    "The town had a population of around {n},000 before the full-scale invasion began in February 2022.",
    "Volunteers deliver water and bread twice a week, a local priest said.",
    "The European Union is preparing a new package of sanctions, diplomats said on {day}.",
    "Prices for fuel and food have risen sharply in frontline communities, residents said.",
    "Schools in the district moved to online teaching more than a year ago.",
    "The governor urged families with children to leave as soon as possible.",
    "Analysts say the outcome will depend on ammunition supplies and the weather in the coming weeks.",
]
RU_CLAIM = [
    "Подразделения группировки войск «{g}» освободили населенный пункт {p}.",
    "Министерство обороны России сообщило, что в результате активных действий освобожден населенный пункт {p}.",
    "Подразделения группировки «{g}» улучшили положение по переднему краю и нанесли поражение ВСУ в районе {p}.",
    "По данным военкоров, бои идут на окраинах населенного пункта {p}.",
    "Противник предпринял {n} контратак в районе населенного пункта {p}, все атаки отражены.",
]
RU_FILLER = [
    "Средствами противовоздушной обороны сбиты {n} беспилотных летательных аппаратов.",
    "Потери противника составили до {n} военнослужащих, танк и две боевые бронированные машины.",
    "Оперативно-тактической авиацией поражены пункты временной дислокации.",
    "Уничтожены {n} полевых складов боеприпасов и склад горючего.",
    "Губернатор сообщил, что в результате обстрела повреждены жилые дома и линии электропередачи.",
    "Погода в регионе в ближайшие дни будет холодной, ожидается снег.",
]
UK_CLAIM = [
    "Ворог окупував {p} та просунувся поблизу {q}.",
    "Сили оборони відбили {n} атак у районі населеного пункту {p}.",
    "Противник намагався просунутися в районі {p}, бої тривають.",
    "Українські воїни звільнили {p}, повідомили в бригаді.",
    "Сили оборони утримують позиції в районі {p}, заявив речник угруповання.",
]
UK_FILLER = [
    "Загальні втрати ворога за минулу добу становлять {n} осіб.",
    "Противник завдав {n} авіаційних ударів, застосувавши керовані авіабомби.",
    "Евакуація мешканців громади триває, повідомили в ОВА.",
    "Внаслідок обстрілу пошкоджено приватні будинки та лінію електропередачі.",
    "У місті діють пункти незламності, де можна зарядити телефон і зігрітися.",
    "Рятувальники працювали на місці влучання до ранку.",
]
# Sentences that name a place without claiming anything about it, as real reports do.
EN_PLACE_FILLER = [
    "Officials in {p} said {n} people were injured when a drone hit an apartment block overnight.",
    "Residents of {p} queue for water at a pumping station every morning, volunteers said.",
    "The road between {p} and {q} is regularly hit by drones, drivers said.",
]
RU_PLACE_FILLER = [
    "В {p} восстановлено электроснабжение, сообщили местные власти.",
    "Жители {p} получили гуманитарную помощь.",
]
UK_PLACE_FILLER = [
    "Внаслідок обстрілу {p} поранено {n} мешканців, повідомили в ОВА.",
    "Мешканців {p} закликають евакуюватися.",
]
GROUPS = ("Центр", "Юг", "Запад", "Восток", "Север", "Днепр")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SOURCES_EN = ("reuters.com", "apnews.com", "afp.com", "kyivindependent.com", "bbc.com", "understandingwar.org")
SOURCES_RU = ("mil.ru", "tass.ru", "ria.ru", "iz.ru")
SOURCES_UK = ("pravda.com.ua", "suspilne.media", "ukrinform.ua")
X_ACCOUNTS = ("x:@DeepStateUA", "x:@war_monitor", "x:@Osinttechnical", "x:@frontline_watch")


def _places(gaz: Gazetteer) -> tuple[list[str], list[str], list[str]]:
    """English, Russian and Ukrainian names of many frontline settlements."""
    en: list[str] = []
    ru: list[str] = []
    uk: list[str] = []
    for place in gaz.places:
        if place.is_region or place.admin_code not in FRONT_OBLASTS:
            continue
        en.append(place.name)
        cyr = [a for a in place.aliases if _CYR.match(a)]
        ru.extend(a for a in cyr[:3] if not _UK_ONLY.search(a))
        uk.extend(a for a in cyr[:3] if not _RU_ONLY.search(a))
    return sorted(set(en)), sorted(set(ru)), sorted(set(uk))


def _fill(template: str, rnd: random.Random, names: list[str]) -> str:
    return template.format(p=rnd.choice(names), q=rnd.choice(names), n=rnd.randint(2, 90),
                           day=rnd.choice(DAYS), g=rnd.choice(GROUPS))


def _body(rnd: random.Random, claims: list[str], fillers: list[str], names: list[str], size: int,
          claim_share: float) -> str:
    sentences: list[str] = []
    used = 0  # UTF-8 bytes, as "1–3 KB" means: a Cyrillic letter takes two
    while used < size:
        pool = claims if rnd.random() < claim_share else fillers
        sentence = _fill(rnd.choice(pool), rnd, names)
        if used + len(sentence.encode()) + 1 > MAX_BYTES and used >= MIN_BYTES:
            break
        sentences.append(sentence)
        used += len(sentence.encode()) + 1
    paragraphs: list[str] = []
    while sentences:
        take = rnd.randint(1, 3)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return "\n".join(paragraphs)


def generate(n: int, gaz: Gazetteer, seed: int = 7, legacy: bool = False) -> list[Document]:
    """`n` documents of 1–3 KB, mixed languages and genres, deterministic for `seed`.

    About one sentence in twelve carries a claim (~2–3 claims per document, as in real 2 KB reports) and
    some others name a place without a claim. `legacy` gives the earlier corpus: 30 % claim sentences
    (~10 claims per document), no place-naming fillers.
    """
    rnd = random.Random(seed)
    share = 0.3 if legacy else 0.08
    en_fill = EN_FILLER if legacy else EN_FILLER + EN_PLACE_FILLER
    ru_fill = RU_FILLER if legacy else RU_FILLER + RU_PLACE_FILLER
    uk_fill = UK_FILLER if legacy else UK_FILLER + UK_PLACE_FILLER
    en, ru, uk = _places(gaz)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    docs: list[Document] = []
    for i in range(n):
        roll = rnd.random()
        size = rnd.randint(MIN_BYTES, MAX_BYTES)
        published = start + timedelta(minutes=37 * i)
        kind, title, source, lang = "article", "", rnd.choice(SOURCES_EN), "en"
        if roll < 0.45:
            text = _body(rnd, EN_CLAIM, en_fill, en, size, share)
            title = _fill(rnd.choice(("Fighting near {p} intensifies", "Russia claims {p}", "Aid reaches {p}")),
                          rnd, en)
        elif roll < 0.65:
            source, lang = rnd.choice(SOURCES_RU), "ru"
            text = _body(rnd, RU_CLAIM, ru_fill, ru, size, share)
            title = "Сводка Министерства обороны Российской Федерации"
        elif roll < 0.85:
            source, lang = rnd.choice(SOURCES_UK), "uk"
            text = _body(rnd, UK_CLAIM, uk_fill, uk, size, share)
            title = "Оперативна інформація Генштабу ЗСУ"
        else:
            kind, source = "post", rnd.choice(X_ACCOUNTS)
            text = _body(rnd, EN_CLAIM, en_fill, en, rnd.randint(1000, 1400), share)
            if rnd.random() < 0.5:
                text = "RT @Osinttechnical: 🚨 " + text + " #Ukraine #" + rnd.choice(en).replace(" ", "")
        docs.append(Document(doc_id=f"bench:{i:06d}", kind=kind, source=source, title=title, text=text,
                             lang=lang, published_at=published))
    return docs


def write_corpus(docs: list[Document], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(d.model_dump_json(exclude_none=True) + "\n")


def measure_load() -> float:
    """Gazetteer load time in a fresh interpreter (no cache), seconds."""
    code = ("import time; t=time.perf_counter(); from services.normalizer.extraction import load_gazetteer; "
            "load_gazetteer(); print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def measure_cli(corpus: Path, cli: str) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MB) of `claimwatch extract` over the corpus, pinned to core 0.

    CPU seconds (user + sys) are reported too: on a shared machine wall time includes waiting for the core.
    """
    cmd = [cli, "extract"]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    time_bin = Path("/usr/bin/time")
    if time_bin.exists():
        cmd = [str(time_bin), "-v", *cmd]
    with corpus.open("rb") as stdin, tempfile.TemporaryFile() as stdout:
        started = time.perf_counter()
        proc = subprocess.run(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, check=True)
        wall = time.perf_counter() - started
        stdout.seek(0)
        claims = sum(1 for _ in stdout)
    rss = 0.0
    m = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    if m:
        rss = int(m.group(1)) / 1024
    cpu = sum(float(x) for x in re.findall(rb"(?:User|System) time \(seconds\): ([\d.]+)", proc.stderr)) or wall
    return wall, cpu, rss, claims


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--legacy", action="store_true",
                    help="the earlier corpus: 30%% claim sentences, ~10 claims per document")
    ap.add_argument("--write-corpus", type=Path, help="write the generated documents here and stop")
    ap.add_argument("--dump-claims", type=Path, help="write the claims of the corpus (JSON lines) here and stop")
    ap.add_argument("--cli", default=str(ROOT / ".venv" / "bin" / "claimwatch"))
    ap.add_argument("--profile", action="store_true", help="cProfile the in-process run, top 25 by own time")
    args = ap.parse_args()

    gaz = load_gazetteer()
    docs = generate(args.docs, gaz, args.seed, args.legacy)
    if args.write_corpus:
        write_corpus(docs, args.write_corpus)
        return 0
    if args.dump_claims:
        with args.dump_claims.open("w", encoding="utf-8") as fh:
            for d in docs:
                for claim in extract_claims(d, gaz):
                    fh.write(claim.model_dump_json(exclude_none=True) + "\n")
        return 0
    size = sum(len(d.text.encode()) for d in docs) / len(docs)
    if args.profile:
        import cProfile
        import pstats

        with cProfile.Profile() as prof:
            for d in docs:
                extract_claims(d, gaz)
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    started, cpu_started = time.perf_counter(), time.process_time()
    n_claims = sum(len(extract_claims(d, gaz)) for d in docs)
    inproc = len(docs) / (time.perf_counter() - started)
    inproc_cpu = len(docs) / (time.process_time() - cpu_started)
    load = measure_load()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(docs, corpus)
        wall, cpu, rss, cli_claims = measure_cli(corpus, args.cli)
    print(f"corpus: {len(docs)} docs, mean {size:.0f} bytes, {n_claims} claims in-process "
          f"({n_claims / len(docs):.1f} per document), {cli_claims} claims from the CLI")
    print(f"bench_extract: docs={len(docs)} inproc_docs_per_s={inproc:.0f} inproc_docs_per_cpu_s={inproc_cpu:.0f} "
          f"cli_docs_per_s={len(docs) / wall:.0f} cli_docs_per_cpu_s={len(docs) / cpu:.0f} cli_wall_s={wall:.2f} "
          f"load_s={load:.3f} peak_rss_mb={rss:.0f} implementation={IMPLEMENTATION}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
