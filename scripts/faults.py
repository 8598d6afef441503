"""`make faults`: fault injection against a golden offline replay, and the bad-input corpus.

Each scenario runs the four stages (normalizer, deduper, reconciler, archivist) as their own processes on a
fresh topic prefix and database, offers the same workload at a steady rate, injects one fault in the
middle of the stream, and compares the `event_id`s on `status.changes` with `claimwatch replay` of the
same documents:

    lost = golden − observed          extra = observed − golden
    duplicated = records whose event_id was already seen

and the archivist's `status_changes` table with the golden set. The live pipeline applies claims in the
order they reach each stage; when that differs from publication order (the replay's order), the policy can
take other intermediate steps even without any fault. So the fault-free baseline runs first and its
difference (lost + extra) is the yardstick. A scenario passes when it has no duplicate, every observed event
is stored by the archivist, no service crashed, each place's final status (the `current` of its last event)
equals `claimwatch replay --final`, and its difference to the golden replay is not larger than the
baseline's (0 when the baseline is not run). Scenarios: a clean baseline; SIGKILL of
each stage and restart; broker stop and start; PostgreSQL stop and start; every document delivered twice;
a slow consumer (the deduper frozen with SIGSTOP past its session timeout, then resumed); the bad-input
corpus (scripts/bad_inputs.py), where every case must end in its DLQ with a reason (or be stored as data)
and no service may crash: its Kafka-route cases go onto the topics, its HTTP-route cases are served by a
local hostile site to the article-ingester and post-ingester, which run beside the four stages.

Stopping the broker and the database affects everyone using them, so by default this starts a PRIVATE
Kafka and PostgreSQL (run folder .run/faults, ports 29092/25432) and stops them at the end;
`--shared-infra` uses KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL instead and skips the broker and database
scenarios. The last line is

    faults: scenarios=N passed=M lost=X duplicated=Y dlq=K baseline_lost=A baseline_extra=B
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import logging
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg
from aiokafka import TopicPartition

from schemas.topics import ALL_TOPICS, DOCUMENTS, STATUS_CHANGES
from scripts.bad_inputs import await_outcomes, http_cases, ingester_envs, kafka_cases, produce_cases
from scripts.bench import delete_topics
from scripts.local_processes import ServiceProcess, drop_database, fresh_database, service_env
from scripts.workload import Workload
from services.common.db import migrate
from services.common.kafka import ensure_topics, make_consumer, make_producer
from services.common.settings import ServiceSettings
from tests.fakes.bad_site import BadInputSite

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("normalizer", "deduper", "reconciler", "archivist")
_EVENT_ID = re.compile(rb'"event_id":"([^"]+)"')


def say(message: str) -> None:
    print(f"faults: {message}", file=sys.stderr, flush=True)


@dataclass
class Infra:
    """Where the broker and the database are, and how to stop and start them (private infra only)."""

    bootstrap: str
    admin_url: str
    run_dir: Path | None = None
    env: dict[str, str] = field(default_factory=dict)

    def script(self, name: str, action: str) -> None:
        subprocess.run([str(ROOT / "deploy/local" / name), action], env=self.env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, timeout=180)

    @property
    def private(self) -> bool:
        return self.run_dir is not None


def private_infra(run_dir: Path, kafka_port: int, pg_port: int) -> Infra:
    env = {k: v for k, v in os.environ.items() if k not in ("KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL")}
    env.update(CLAIMWATCH_RUN_DIR=str(run_dir), CLAIMWATCH_KAFKA_PORT=str(kafka_port),
               CLAIMWATCH_PG_PORT=str(pg_port))
    infra = Infra("", "", run_dir, env)
    say(f"starting a private Kafka (:{kafka_port}) and PostgreSQL (:{pg_port}) in {run_dir}")
    infra.script("kafka.sh", "start")
    infra.script("postgres.sh", "start")
    infra.bootstrap = (run_dir / "kafka/bootstrap").read_text().strip()
    infra.admin_url = (run_dir / "postgres/url").read_text().strip()
    return infra


@dataclass
class Result:
    name: str
    passed: bool
    lost: int = 0
    duplicated: int = 0
    extra: int = 0
    dlq: int = 0
    stored_missing: int = 0
    finals_differ: int = 0
    detail: str = ""
    seconds: float = 0.0
    observed: set[str] = field(default_factory=set, repr=False)


class Run:
    """One scenario's pipeline: topics, database, the four stage processes."""

    def __init__(self, infra: Infra, name: str, log_root: Path) -> None:
        self.infra = infra
        self.name = name
        self.run_id = f"f{uuid.uuid4().hex[:8]}"
        self.log_dir = log_root / f"{name}-{self.run_id}"
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.settings = ServiceSettings(KAFKA_BOOTSTRAP_SERVERS=infra.bootstrap, DATABASE_URL=infra.admin_url,
                                        CLAIMWATCH_TOPIC_PREFIX=f"{self.run_id}.", CLAIMWATCH_INSTANCE_ID=self.run_id,
                                        CLAIMWATCH_BATCH_TIMEOUT_MS=100)
        self.procs: dict[str, ServiceProcess] = {}
        self.db_name = f"claimwatch_{self.run_id}"

    async def setup(self) -> None:
        url = await fresh_database(self.infra.admin_url, self.db_name)
        await asyncio.to_thread(migrate, url)
        self.settings = self.settings.model_copy(update={"database_url": self.settings.database_url.__class__(url)})
        await ensure_topics(self.settings, ALL_TOPICS)

    def env(self) -> dict[str, str]:
        return service_env(self.settings, CLAIMWATCH_BATCH_MAX_RECORDS="100")

    def start(self, service: str) -> None:
        self.procs[service] = ServiceProcess(service, self.env(), self.log_dir).start()
        self.procs[service].wait_healthy(timeout_s=120)

    def start_all(self, extra: dict[str, dict[str, str]] | None = None) -> None:
        """The four stages, and any other service named in `extra` (service → its extra environment)."""
        extra = extra or {}
        for service in (*STAGES, *(s for s in extra if s not in STAGES)):
            env = {**self.env(), **extra.get(service, {})}
            self.procs[service] = ServiceProcess(service, env, self.log_dir).start()
        for proc in self.procs.values():
            proc.wait_healthy(timeout_s=120)

    def crashed(self) -> list[str]:
        """Services that exited on their own or whose body failed and restarted."""
        out = []
        for name, proc in self.procs.items():
            if proc.proc is not None and proc.proc.poll() is not None:
                out.append(f"{name} exited {proc.proc.returncode}")
        return out

    async def teardown(self) -> None:
        await asyncio.to_thread(lambda: [p.stop() for p in self.procs.values()])
        with contextlib.suppress(Exception):
            await delete_topics(self.settings)
        with contextlib.suppress(Exception):
            await drop_database(self.infra.admin_url, self.db_name)


async def offer(settings: ServiceSettings, encoded: list[tuple[bytes, bytes]], rate: float,
                progress: Callable[[int], None] | None = None) -> None:
    """Send (key, value) documents at `rate` per second; a broker outage only delays sends (retried)."""
    producer = make_producer(settings)
    await producer.start()
    try:
        started = time.monotonic()
        for i, (key, value) in enumerate(encoded):
            delay = started + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)  # pacing the offered load
            while True:
                try:
                    await producer.send_and_wait(settings.topic(DOCUMENTS.name), value, key=key)
                    break
                except Exception:  # broker down: retry until it is back (the scenario bounds the time)
                    await asyncio.sleep(0.5)
            if progress is not None:
                progress(i + 1)
    finally:
        await producer.stop()


FinalStatuses = dict[str, tuple[str, str | None, bool]]  # place_id → (status, side, disputed)


async def observed_events(settings: ServiceSettings, finals: FinalStatuses | None = None) -> Counter[str]:
    """Every committed event_id on status.changes so far, with how often it was published; `finals` gets
    each place's status after its last event (a place's events share one partition, so they are in order)."""
    consumer = make_consumer(settings, None)
    await consumer.start()
    seen: Counter[str] = Counter()
    try:
        topic = settings.topic(STATUS_CHANGES.name)
        tps = [TopicPartition(topic, p) for p in range(STATUS_CHANGES.partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            chunk = await consumer.getmany(timeout_ms=500, max_records=5000)
            if not chunk:
                break
            for records in chunk.values():
                for record in records:
                    match = _EVENT_ID.search(record.value or b"")
                    if match is not None:
                        seen[match.group(1).decode()] += 1
                        if finals is not None:
                            change = json.loads(record.value or b"")
                            current = change["current"]
                            finals[change["place"]["place_id"]] = (current["status"], current.get("side"),
                                                                   bool(current.get("disputed")))
    finally:
        await consumer.stop()
    return seen


async def stored_events(settings: ServiceSettings) -> set[str]:
    conn = await asyncpg.connect(settings.database_url.get_secret_value())
    try:
        return {r["event_id"] for r in await conn.fetch("SELECT event_id FROM status_changes")}
    finally:
        await conn.close()


def golden_replay(docs_jsonl: Path) -> list[str]:
    """Event ids of `claimwatch replay` over the same documents (the offline, pure pipeline)."""
    with docs_jsonl.open("rb") as stdin:
        proc = subprocess.run([sys.executable, "-m", "services.cli.main", "replay"], stdin=stdin,
                              capture_output=True, check=True, cwd=ROOT, timeout=600)
    return [json.loads(line)["event_id"] for line in proc.stdout.splitlines() if line.strip()]


def tree_fingerprint() -> str:
    """A hash of the code and data the services run: the golden replay is only valid for the same tree
    (scenario processes start from the working tree, which other people may be editing)."""
    digest = hashlib.sha256()
    for folder in ("services", "schemas"):
        for path in sorted((ROOT / folder).rglob("*")):
            # (not the regex cache: compiled patterns keyed by their text, rewritten by whichever process
            # compiles one first, the golden replay included)
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".cache":
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def golden_finals(docs_jsonl: Path) -> FinalStatuses:
    """Each place's final status from `claimwatch replay --final` over the same documents."""
    with docs_jsonl.open("rb") as stdin:
        proc = subprocess.run([sys.executable, "-m", "services.cli.main", "replay", "--final"], stdin=stdin,
                              capture_output=True, check=True, cwd=ROOT, timeout=600)
    out: FinalStatuses = {}
    for line in proc.stdout.splitlines():
        if line.strip():
            final = json.loads(line)
            out[final["place_id"]] = (final["status"], final["side"], bool(final["disputed"]))
    return out


Fault = Callable[[Run], Awaitable[None]]


def kill(service: str) -> Fault:
    async def inject(run: Run) -> None:
        await asyncio.to_thread(run.procs[service].kill)
        await asyncio.to_thread(run.start, service)
    return inject


async def broker_restart(run: Run) -> None:
    await asyncio.to_thread(run.infra.script, "kafka.sh", "stop")
    await asyncio.sleep(3)  # the outage itself: services must ride it out
    await asyncio.to_thread(run.infra.script, "kafka.sh", "start")


async def postgres_restart(run: Run) -> None:
    await asyncio.to_thread(run.infra.script, "postgres.sh", "stop")
    await asyncio.sleep(3)  # the outage itself
    await asyncio.to_thread(run.infra.script, "postgres.sh", "start")


async def slow_consumer(run: Run) -> None:
    proc = run.procs["deduper"].proc
    assert proc is not None
    proc.send_signal(signal.SIGSTOP)
    await asyncio.sleep(20)  # frozen past the 15 s session timeout: the group moves on without it
    proc.send_signal(signal.SIGCONT)


async def no_fault(_: Run) -> None:
    return None


async def scenario(infra: Infra, name: str, fault: Fault, encoded: list[tuple[bytes, bytes]], golden: set[str],
                   finals: FinalStatuses, rate: float, log_root: Path, twice: bool = False, timeout_s: float = 300,
                   quiet_s: float = 20, baseline: set[str] | None = None) -> Result:
    started = time.monotonic()
    run = Run(infra, name, log_root)
    await run.setup()
    try:
        await asyncio.to_thread(run.start_all)
        half = asyncio.Event()
        feed = asyncio.create_task(offer(run.settings, encoded, rate,
                                         lambda n: half.set() if n >= len(encoded) * 0.4 else None))
        await half.wait()
        await fault(run)
        await feed
        if twice:
            await offer(run.settings, encoded, rate * 4)
        deadline = time.monotonic() + timeout_s
        seen: Counter[str] = Counter()
        last_change, last_total = time.monotonic(), -1
        while time.monotonic() < deadline:
            seen = await observed_events(run.settings)
            if golden <= set(seen):
                break
            total = sum(seen.values())
            if total != last_total:
                last_change, last_total = time.monotonic(), total
            elif time.monotonic() - last_change > quiet_s:
                break  # nothing new for a while: the pipeline is done with this input
            await asyncio.sleep(1.0)  # polling with a deadline
        await asyncio.sleep(3.0)  # settle: anything published twice would follow now
        live_finals: FinalStatuses = {}
        seen = await observed_events(run.settings, live_finals)
        stored_deadline = time.monotonic() + 60
        stored: set[str] = set()
        while time.monotonic() < stored_deadline:
            stored = await stored_events(run.settings)
            if set(seen) <= stored:
                break
            await asyncio.sleep(0.5)  # polling with a deadline
        lost = len(golden - set(seen))
        duplicated = sum(n - 1 for n in seen.values() if n > 1)
        extra = len(set(seen) - golden)
        missing = len(set(seen) - stored)
        crashed = run.crashed()
        finals_differ = (sum(live_finals.get(p) != f for p, f in finals.items())
                         + len(live_finals.keys() - finals.keys()))
        if name == "baseline":
            allowed = lost + extra  # the yardstick itself: reported, judged by its final statuses
        else:
            allowed = 0 if baseline is None else len(golden - baseline) + len(baseline - golden)
        passed = (duplicated == 0 and missing == 0 and not crashed and finals_differ == 0
                  and lost + extra <= allowed)
        detail = (f"golden={len(golden)} observed={len(set(seen))} extra={extra} allowed_diff={allowed} "
                  f"finals_differ={finals_differ}/{len(finals)} not_stored={missing}")
        if baseline is not None:
            detail += (f" vs_baseline: lost={len(baseline - set(seen))} extra={len(set(seen) - baseline)}")
        if crashed:
            detail += f" crashed={crashed}"
        result = Result(name, passed, lost, duplicated, extra, 0, missing, finals_differ, detail,
                        time.monotonic() - started)
        result.observed = set(seen)
        return result
    finally:
        await run.teardown()


async def bad_input_scenario(infra: Infra, log_root: Path) -> Result:
    """The whole corpus: the Kafka-route cases produced onto their topics, the HTTP-route cases served by a
    local hostile site to the article-ingester and post-ingester, which run as processes of their own
    next to the four stages (their documents flow on through the pipeline like any other)."""
    started = time.monotonic()
    run = Run(infra, "bad-inputs", log_root)
    await run.setup()
    try:
        kafka, http = kafka_cases(), http_cases()
        cases = kafka + http
        async with BadInputSite(http) as site:
            await produce_cases(run.settings, kafka)
            await asyncio.to_thread(run.start_all, ingester_envs(site, http))
            tally = await await_outcomes(run.settings, cases, timeout_s=240)
            unhealthy = [name for name, proc in run.procs.items() if not _healthy(proc)]
        restarts = {n: p.log_path.read_text(errors="replace").count("service body failed")
                    for n, p in run.procs.items()}
        crashed = run.crashed()
        failed = tally.failed
        dlq = sum(sum(o.letters.values()) for o in tally.outcomes.values())
        passed = not failed and not unhealthy and not crashed and not any(restarts.values())
        routes = " ".join(f"{route}={n}" for route, n in tally.by_route().items())
        detail = (f"cases={len(cases)} ({routes}) failed={len(failed)} unhealthy={unhealthy} "
                  f"restarts={ {k: v for k, v in restarts.items() if v} }" + (f" crashed={crashed}" if crashed else ""))
        for line in failed[:25]:
            say(f"  bad input not accounted for: {line}")
        return Result("bad-inputs", passed, dlq=dlq, detail=detail, seconds=time.monotonic() - started)
    finally:
        await run.teardown()


def _healthy(proc: ServiceProcess) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{proc.port}/healthz", timeout=5) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


async def main_async(args: argparse.Namespace) -> list[Result]:
    out: Path = args.out
    if args.shared_infra:
        infra = Infra(os.environ["KAFKA_BOOTSTRAP_SERVERS"], os.environ["DATABASE_URL"])
    else:
        infra = await asyncio.to_thread(private_infra, args.run_dir.resolve(), args.kafka_port, args.pg_port)
    log_root = Path(tempfile.mkdtemp(prefix="claimwatch-faults-", dir=out))
    try:
        docs = Workload(seed=args.seed).take(args.docs)
        docs_path = log_root / "docs.jsonl"
        docs_path.write_text("".join(d.model_dump_json() + "\n" for d in docs))
        tree = tree_fingerprint()
        golden_ids = await asyncio.to_thread(golden_replay, docs_path)
        golden = set(golden_ids)
        finals = await asyncio.to_thread(golden_finals, docs_path)
        say(f"golden replay: {len(golden_ids)} status changes ({len(golden)} distinct event ids) "
            f"from {len(docs)} documents")
        encoded = [(d.doc_id.encode(), d.model_dump_json().encode()) for d in docs]
        plan: list[tuple[str, Fault, bool]] = [("baseline", no_fault, False)]
        plan += [(f"sigkill-{s}", kill(s), False) for s in STAGES]
        if infra.private:
            plan += [("broker-restart", broker_restart, False), ("postgres-restart", postgres_restart, False)]
        plan += [("duplicate-delivery", no_fault, True), ("slow-consumer", slow_consumer, False)]
        results: list[Result] = []
        baseline: set[str] | None = None
        for name, fault, twice in plan:
            if args.only and name not in args.only:
                continue
            say(f"scenario {name}…")
            result = await scenario(infra, name, fault, encoded, golden, finals, args.rate, log_root,
                                    twice=twice, baseline=baseline)
            if tree_fingerprint() != tree:
                # the services ran other code than the golden replay: no verdict either way
                result.passed = False
                result.detail += " INVALID: services/ or schemas/ changed since the golden replay"
            if name == "baseline":
                baseline = result.observed
            say(f"  {'PASS' if result.passed else 'FAIL'} {name}: lost={result.lost} "
                f"duplicated={result.duplicated} {result.detail} ({result.seconds:.0f}s)")
            results.append(result)
        if not args.only or "bad-inputs" in args.only:
            # No tree_fingerprint() check here, on purpose: this scenario has no golden replay to fall out
            # of step with, and people editing services/ while it runs would only make it INVALID for nothing.
            say("scenario bad-inputs…")
            result = await bad_input_scenario(infra, log_root)
            say(f"  {'PASS' if result.passed else 'FAIL'} bad-inputs: dlq={result.dlq} {result.detail} "
                f"({result.seconds:.0f}s)")
            results.append(result)
        report: dict[str, Any] = {
            "docs": len(docs), "rate": args.rate, "golden": len(golden_ids), "golden_distinct": len(golden),
            "golden_places": len(finals), "logs": str(log_root),
            "results": [{k: v for k, v in r.__dict__.items() if k != "observed"} for r in results]}
        (out / "faults-latest.json").write_text(json.dumps(report, indent=2))
        return results
    finally:
        if infra.private:
            say("stopping the private Kafka and PostgreSQL")
            with contextlib.suppress(Exception):
                infra.script("kafka.sh", "stop")
            with contextlib.suppress(Exception):
                infra.script("postgres.sh", "stop")


def main(argv: list[str] | None = None) -> int:
    # the harness's own clients retry through the broker restart it causes: tens of thousands of
    # "Unable connect to node" lines would bury the results (the services log to their own files)
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=600, help="documents per scenario")
    parser.add_argument("--rate", type=float, default=60.0, help="offered documents/s")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", action="append", default=[], help="run only these scenarios (repeatable)")
    parser.add_argument("--shared-infra", action="store_true",
                        help="use KAFKA_BOOTSTRAP_SERVERS/DATABASE_URL; skips broker and database restarts")
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".run" / "faults")
    parser.add_argument("--kafka-port", type=int, default=29092)
    parser.add_argument("--pg-port", type=int, default=25432)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    results = asyncio.run(main_async(args))
    passed = sum(r.passed for r in results)
    base = next((r for r in results if r.name == "baseline"), None)
    baseline = "" if base is None else f" baseline_lost={base.lost} baseline_extra={base.extra}"
    print(f"faults: scenarios={len(results)} passed={passed} lost={sum(r.lost for r in results)} "
          f"duplicated={sum(r.duplicated for r in results)} dlq={sum(r.dlq for r in results)}{baseline}",
          flush=True)
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
