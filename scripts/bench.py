"""`make bench`: the whole pipeline on real Kafka and PostgreSQL, every service its own process (the deduper as
two replicas, as in docker-compose.yml; `--replicas deduper=1` for one).

Phases, on a fresh topic prefix and a fresh database:

1. warm-up: the workload at `--rate` for `--warmup` seconds (default 30), until every stage has drained it
   (a freshly started broker is slow for its first minute); not measured;
2. latency: the workload offered at `--rate` documents/s for `--duration` seconds; each StatusChange's
   end-to-end latency is the time from the document's send to `feeds.documents` until the bench's
   read_committed consumer sees the change on `status.changes` (the trigger claim maps the change to its
   document through `claims.extracted`);
3. throughput: `--burst` documents offered at once; sustained throughput is documents / time until every
   stage (normalizer, deduper, reconciler) has committed past its input;
4. sustain (`--sustain-rate`, off by default): the workload offered at a fixed rate for `--sustain-duration`
   seconds; kept up when every stage drains within 3 s (or a twentieth of the phase) of the last send and no
   stage's lag kept growing;
5. soak (`--soak-minutes`, off by default): the workload at `--soak-rate`, RSS of each process sampled
   (after `--soak-prefill` documents at full speed, unmeasured, so that bounded state is full);
6. offline `claimwatch extract` throughput, documents per CPU-second (one process = one core).

A monitor samples, every second, each stage's committed offsets against the ends of its inputs (per-stage
throughput and consumer lag) and each process's RSS and CPU time. The JSON report and a PNG plot go to
`--out` (default bench-out/); the last line is

    bench: docs=N throughput_docs_per_s=X p50_ms=A p99_ms=B peak_rss_mb=C
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from schemas.models import Document
from schemas.topics import ALL_TOPICS, CLAIMS_CANONICAL, CLAIMS_EXTRACTED, DLQ_TOPICS, DOCUMENTS, STATUS_CHANGES
from scripts.local_processes import ServiceProcess, drop_database, fresh_database, service_env
from scripts.workload import Workload
from services.common.db import migrate
from services.common.kafka import _security, ensure_topics, make_consumer, make_producer
from services.common.settings import ServiceSettings

ROOT = Path(__file__).resolve().parents[1]
# The stages a document crosses, the topics each consumes, and whether those topics are written in
# Kafka transactions (then every committed batch leaves one commit marker after the last record).
STAGES: dict[str, tuple[list[str], bool]] = {
    "normalizer": ([DOCUMENTS.name], False),
    "deduper": ([CLAIMS_EXTRACTED.name], True),
    "reconciler": ([CLAIMS_CANONICAL.name], True),
    "archivist": ([DOCUMENTS.name, CLAIMS_EXTRACTED.name, CLAIMS_CANONICAL.name, STATUS_CHANGES.name,
                   *(t.name for t in DLQ_TOPICS)], True),
}
PIPELINE = ("normalizer", "deduper", "reconciler")
_RECORDS_IN = re.compile(r'^claimwatch_records_in_total\{[^}]*\} ([0-9.e+]+)$', re.M)
_BATCHES = re.compile(r'^claimwatch_batch_seconds_count\{[^}]*\} ([0-9.e+]+)$', re.M)
# a fixed rate is kept up with when the pipeline drains this soon after the last send (or within a twentieth of the
# phase) and no stage's lag grew
# by more than this many records (a stage's lag swings by about a batch, 500 records, as it takes one)
SUSTAIN_GRACE_S = 3.0
PACING_TICK_S = 0.02
LAG_SLACK_RECORDS = 1000
# as in docker-compose.yml: the deduper waits on the database for every batch, two replicas overlap the waits
DEFAULT_REPLICAS = {"deduper": 2}


def available(stages: Sequence[str]) -> list[str]:
    """The stages whose service module exists in this tree (the bench measures what is there)."""
    from services.cli.main import SERVICES

    return [s for s in stages if importlib.util.find_spec(SERVICES[s]) is not None]
_CLAIM_IDS = re.compile(rb'"claim_id":"([^"]+)","doc_id":"([^"]+)"')
_CHANGE_IDS = re.compile(rb'"event_id":"([^"]+)"')
_TRIGGER = re.compile(rb'"trigger_claim_id":"([^"]+)"')
_TRIGGER_DOC = re.compile(rb'"trigger_doc_id":"([^"]+)"')
_EVIDENCE_DOC = re.compile(rb'"doc_id":"([^"]+)"')
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


@dataclass
class Config:
    rate: float = 100.0
    duration_s: float = 60.0
    warmup_s: float = 30.0
    burst: int = 3000
    soak_minutes: float = 0.0
    soak_rate: float = 100.0
    # documents offered as fast as the pipeline takes them right before the soak, unmeasured: state that fills
    # towards its bounds (clusters' windows, places' applied keys, the index's window) reaches them first
    soak_prefill: int = 0
    # a fixed offered rate held for a while (0: skip): whether the pipeline keeps up with it, the plain meaning of
    # "N documents/s sustained" (the burst measures how fast a backlog drains, fill and drain included)
    sustain_rate: float = 0.0
    sustain_s: float = 60.0
    extract_docs: int = 5000
    seed: int = 7
    out: Path = Path("bench-out")
    extra_env: dict[str, str] = field(default_factory=dict)
    profile: list[str] = field(default_factory=list)
    keep: bool = False
    # seconds of event time (published_at) between consecutive documents; 0.01 keeps every document of a run in
    # the 7-day windows, a realistic spacing (tens of seconds) makes a long soak roll them over
    event_spacing_s: float = 0.01
    # processes per stage (default 1): replicas share the stage's consumer group and split its partitions
    replicas: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_REPLICAS))

    def warmup_docs(self) -> int:
        return int(self.rate * self.warmup_s) or 300

    def latency_docs(self) -> int:
        return int(self.rate * self.duration_s)

    def sustain_docs(self) -> int:
        return int(self.sustain_rate * self.sustain_s)

    def soak_docs(self) -> int:
        return int(self.soak_rate * self.soak_minutes * 60)

    def planned_docs(self) -> int:
        """Documents the run's phases offer, in the order `run` takes them."""
        soak = self.soak_prefill + self.soak_docs() if self.soak_minutes > 0 else 0
        return self.warmup_docs() + self.latency_docs() + self.burst + self.sustain_docs() + soak


@dataclass
class Sample:
    """One monitor sample: per-stage committed offsets and lag, per-process memory and CPU."""

    t: float
    committed: dict[str, int]
    lag: dict[str, int]
    rss_mb: dict[str, float]
    cpu_s: dict[str, float]
    # CPU seconds of what runs beside the stages: the broker, PostgreSQL, the bench, the whole machine
    other_cpu_s: dict[str, float] = field(default_factory=dict)


@dataclass
class Observed:
    """What the bench's subscriber saw, with the monotonic time it saw it."""

    sent: dict[str, float] = field(default_factory=dict)  # doc_id → send time
    claim_doc: dict[str, str] = field(default_factory=dict)  # claim_id → doc_id
    first_claim: dict[str, float] = field(default_factory=dict)  # doc_id → first claim seen
    changes: list[tuple[str, str, float]] = field(default_factory=list)  # (event_id, trigger claim, seen)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # event_id → documents of its evidence

    def sent_for(self, event_id: str, trigger: str) -> float | None:
        """When the document that caused a change was sent: the change's `trigger_doc_id`, or for changes
        without one the latest-sent of its trigger's and evidence's documents. (The trigger claim is the
        cluster's original: a copy arriving a minute later that confirms it is the cause, not the original.)"""
        docs = [*self.evidence.get(event_id, []), self.claim_doc.get(trigger, "")]
        times = [self.sent[d] for d in docs if d in self.sent]
        return max(times) if times else None


# --- process metrics ------------------------------------------------------------------------------------

def proc_memory_mb(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) of a process in MB, from /proc."""
    rss = hwm = 0.0
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    return rss, hwm


def proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds a process has used."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS


def other_cpu_s() -> dict[str, float]:
    """CPU seconds of the Kafka broker, of every PostgreSQL process (backends come and go: a finished one's time
    is lost, but the pools' connections live through a run), of this bench, and of the whole machine."""
    totals = {"kafka": 0.0, "postgres": 0.0}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/cmdline", "rb") as fh:
                cmdline = fh.read(4096)
        except OSError:
            continue
        if b"kafka.Kafka" in cmdline:
            totals["kafka"] += proc_cpu_s(int(entry.name))
        elif cmdline.startswith(b"postgres"):
            totals["postgres"] += proc_cpu_s(int(entry.name))
    totals["bench"] = proc_cpu_s(os.getpid())
    with contextlib.suppress(OSError), open("/proc/stat", encoding="ascii") as fh:
        fields = fh.readline().split()[1:]
        # user nice system idle iowait irq softirq steal: all but idle and iowait are busy time
        totals["machine"] = sum(int(f) for i, f in enumerate(fields[:8]) if i not in (3, 4)) / _TICKS
    return totals


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# --- the bench --------------------------------------------------------------------------------------------

class Bench:
    def __init__(self, config: Config, settings: ServiceSettings, log_dir: Path) -> None:
        self.config = config
        self.settings = settings
        self.log_dir = log_dir
        self.procs: dict[str, ServiceProcess] = {}
        self.samples: list[Sample] = []
        self.seen = Observed()
        # the run's documents end about now: published_at lies in the past, never in the future
        span = timedelta(seconds=config.event_spacing_s * config.planned_docs())
        self.workload = Workload(seed=config.seed, start=datetime.now(UTC) - span, spacing_s=config.event_spacing_s)
        self.phases: dict[str, tuple[float, float]] = {}
        self.t0 = time.monotonic()
        self.produced = 0
        self._producer: AIOKafkaProducer | None = None
        self._admin: AIOKafkaAdminClient | None = None
        self._ends: AIOKafkaConsumer | None = None

    # -- services

    def start_services(self) -> None:
        env = service_env(self.settings, **self.config.extra_env)
        for service in available(list(STAGES)):
            for n in range(1, self.config.replicas.get(service, 1) + 1):
                # each replica its own transactional id; "deduper.2" is the second deduper process
                name = service if n == 1 else f"{service}.{n}"
                replica_env = {**env, "CLAIMWATCH_INSTANCE_ID": f"{self.settings.instance_id}-{n}"}
                self.procs[name] = ServiceProcess(service, replica_env, self.log_dir, name=name).start()
        for proc in self.procs.values():
            proc.wait_healthy(timeout_s=120)
        say("services healthy: " + ", ".join(f"{s} (pid {p.proc.pid if p.proc else '?'})"
                                              for s, p in self.procs.items()))

    def stop_services(self) -> dict[str, int]:
        return {name: proc.stop() for name, proc in self.procs.items()}

    def pid(self, service: str) -> int:
        proc = self.procs[service].proc
        assert proc is not None
        return proc.pid

    # -- kafka plumbing

    async def open(self) -> None:
        self._producer = make_producer(self.settings)
        self._producer._max_request_size = 8 * 1024 * 1024
        await self._producer.start()
        self._admin = AIOKafkaAdminClient(bootstrap_servers=self.settings.kafka_bootstrap_servers,
                                          **_security(self.settings))
        await self._admin.start()
        self._ends = make_consumer(self.settings, None, read_committed=False)
        await self._ends.start()

    async def close(self) -> None:
        for client in (self._producer, self._ends):
            if client is not None:
                await client.stop()
        if self._admin is not None:
            await self._admin.close()

    async def offsets(self) -> tuple[dict[str, int], dict[str, int]]:
        """Per stage: records committed past, and records still to process (commit markers excluded)."""
        assert self._admin is not None and self._ends is not None
        tps = [TopicPartition(self.settings.topic(t.name), p) for t in ALL_TOPICS if t.partitions
               for p in range(t.partitions)]
        ends = await self._ends.end_offsets(tps)
        committed: dict[str, int] = {}
        lag: dict[str, int] = {}
        for stage, (topics, transactional) in STAGES.items():
            if stage not in self.procs:  # the first replica of a stage has the stage's name
                continue
            group = await self._admin.list_consumer_group_offsets(self.settings.group(stage))
            wanted = {self.settings.topic(t) for t in topics}
            done = behind = 0
            for tp, end in ends.items():
                if tp.topic not in wanted:
                    continue
                meta = group.get(tp)
                position = meta.offset if meta is not None and meta.offset >= 0 else 0
                done += position
                # a transactional writer leaves one commit marker after the last record of a batch
                pending = end - position - (1 if transactional and end > position else 0)
                behind += max(pending, 0)
            committed[stage], lag[stage] = done, behind
        return committed, lag

    async def monitor(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            committed, lag = await self.offsets()
            rss = {s: proc_memory_mb(self.pid(s))[0] for s in self.procs}
            cpu = {s: proc_cpu_s(self.pid(s)) for s in self.procs}
            self.samples.append(Sample(time.monotonic() - self.t0, committed, lag, rss, cpu, other_cpu_s()))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=1.0)

    async def subscribe(self, stop: asyncio.Event) -> None:
        """Read claims.extracted and status.changes (read_committed) and note when each record is seen."""
        consumer = make_consumer(self.settings, None)
        await consumer.start()
        claims, changes = self.settings.topic(CLAIMS_EXTRACTED.name), self.settings.topic(STATUS_CHANGES.name)
        tps = [TopicPartition(claims, p) for p in range(CLAIMS_EXTRACTED.partitions)]
        tps += [TopicPartition(changes, p) for p in range(STATUS_CHANGES.partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        try:
            while not stop.is_set():
                chunk = await consumer.getmany(timeout_ms=50, max_records=5000)
                now = time.monotonic()
                for tp, records in chunk.items():
                    if tp.topic == claims:
                        for record in records:
                            match = _CLAIM_IDS.search(record.value or b"", 0, 600)
                            if match is not None:
                                claim_id, doc_id = match.group(1).decode(), match.group(2).decode()
                                self.seen.claim_doc[claim_id] = doc_id
                                self.seen.first_claim.setdefault(doc_id, now)
                    else:
                        for record in records:
                            value = record.value or b""
                            event, trigger = _CHANGE_IDS.search(value), _TRIGGER.search(value)
                            if event is not None and trigger is not None:
                                event_id = event.group(1).decode()
                                self.seen.changes.append((event_id, trigger.group(1).decode(), now))
                                caused_by = _TRIGGER_DOC.search(value)
                                if caused_by is not None:  # the change names the document that caused it
                                    self.seen.evidence[event_id] = [caused_by.group(1).decode()]
                                else:
                                    self.seen.evidence[event_id] = [m.decode() for m in _EVIDENCE_DOC.findall(value)]
        finally:
            await consumer.stop()

    async def offer(self, docs: list[Document], rate: float | None) -> None:
        """Send documents at `rate` per second (None: all at once), noting each send time."""
        assert self._producer is not None
        topic = self.settings.topic(DOCUMENTS.name)
        encoded = [(d.doc_id, d.model_dump_json().encode()) for d in docs]
        started = time.monotonic()
        pending = []
        for i, (doc_id, value) in enumerate(encoded):
            if rate is not None:
                due = started + i / rate
                delay = due - time.monotonic()
                # pacing the offered load, not synchronising; what falls due within a tick goes out together, as an
                # ingester's poll emits its new documents (one produce request per document cost the broker and
                # the bench ~0.8 ms of CPU per document at 300/s)
                if delay > PACING_TICK_S:
                    await asyncio.sleep(delay)
            self.seen.sent.setdefault(doc_id, time.monotonic())
            pending.append(await self._producer.send(topic, value, key=doc_id.encode()))
            if len(pending) >= 2000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
        self.produced += len(encoded)

    async def drained(self, timeout_s: float, stages: Sequence[str] = PIPELINE) -> float | None:
        """Wait until the stages have no lag and the normalizer has committed everything; returns the time,
        or None when the pipeline did not keep up within the timeout (the report says so)."""
        stages = [s for s in stages if s in self.procs]
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            committed, lag = await self.offsets()
            if committed["normalizer"] >= self.produced and all(lag[s] == 0 for s in stages):
                return time.monotonic()
            await asyncio.sleep(0.1)  # polling a condition with a deadline
        say(f"pipeline not drained after {timeout_s:.0f}s: lag {(await self.offsets())[1]}")
        return None

    # -- phases

    def batch_totals(self) -> dict[str, tuple[float, float]]:
        """Per stage (replicas summed): records consumed and batches committed so far, from each process's
        Prometheus endpoint."""
        totals: dict[str, tuple[float, float]] = {}
        for name, proc in self.procs.items():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{proc.port}/metrics", timeout=2) as resp:
                    text = resp.read().decode()
            except OSError:
                continue
            records = sum(float(m) for m in _RECORDS_IN.findall(text))
            batches = sum(float(m) for m in _BATCHES.findall(text))
            stage = name.split(".")[0]
            before = totals.get(stage, (0.0, 0.0))
            totals[stage] = (before[0] + records, before[1] + batches)
        return totals

    async def phase(self, name: str, docs: int, rate: float | None, timeout_s: float) -> dict[str, Any]:
        batch = self.workload.take(docs)
        counted = await asyncio.to_thread(self.batch_totals)
        started = time.monotonic()
        profilers = self.start_profilers(name) if name in ("throughput", "sustain") else []
        await self.offer(batch, rate)
        offered_for = time.monotonic() - started
        done = await self.drained(timeout_s)
        for profiler in profilers:
            profiler.wait(timeout=120)
        archived = await self.drained(60 if done is None else timeout_s, stages=("archivist",))
        end = time.monotonic()
        self.phases[name] = (started - self.t0, (archived or end) - self.t0)
        _, lag = await self.offsets()
        # Not drained in time: no end-to-end figure (the per-stage rates in the report still are).
        elapsed = (end if done is None else done) - started
        throughput = None if done is None else round(docs / elapsed, 1)
        result: dict[str, Any] = {
            "docs": docs, "offered_rate": rate, "offer_s": round(offered_for, 3), "drained": done is not None,
            "pipeline_s": round(elapsed, 3), "throughput_docs_per_s": throughput,
            "archived_s": None if archived is None else round(archived - started, 3),
            "lag_at_end": lag}
        # records per transaction: what a batch's fixed cost (commit, offsets, markers) is shared by
        now_counted = await asyncio.to_thread(self.batch_totals)
        per_batch = {}
        for stage, (records, batches) in now_counted.items():
            records_before, batches_before = counted.get(stage, (0.0, 0.0))
            if batches > batches_before:
                per_batch[stage] = round((records - records_before) / (batches - batches_before), 1)
        result["records_per_batch"] = per_batch
        say(f"{name}: {result}")
        return result

    def start_profilers(self, phase: str) -> list[subprocess.Popen[bytes]]:
        spy = Path(sys.executable).with_name("py-spy")
        out = []
        for service in self.config.profile:
            target = self.config.out / f"profile-{phase}-{service}.txt"
            out.append(subprocess.Popen(
                [str(spy), "record", "--pid", str(self.pid(service)), "--duration", "20", "--rate", "200",
                 "--format", "raw", "--idle", "--nonblocking", "-o", str(target)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        return out

    async def sustain(self, config: Config) -> dict[str, Any]:
        """The workload offered at `sustain_rate` for `sustain_s`: kept up when every stage has drained within
        `SUSTAIN_GRACE_S` (or a twentieth of the phase) of the last send, and no stage's lag kept growing (the last
        third of the phase saw at most twice the first third's peak lag, plus a couple of batches)."""
        result = await self.phase("sustain", config.sustain_docs(), config.sustain_rate,
                                  timeout_s=config.sustain_s + 120)
        await asyncio.sleep(1.0)  # let the subscriber catch the last changes of the phase
        window = self.phases["sustain"]
        result.update(self.latencies(window))
        result["stages"] = self.stage_rates(window)
        result["cpu_ms_per_doc"] = self.cpu_per_doc(window, config.sustain_docs())
        offered_end = window[0] + result["offer_s"]
        inside = [s for s in self.samples if window[0] <= s.t <= offered_end]
        third = max(1, len(inside) // 3)
        growing = {stage: max(s.lag[stage] for s in inside[-third:]) > 2 * max(s.lag[stage] for s in inside[:third])
                   + LAG_SLACK_RECORDS for stage in PIPELINE if inside and stage in inside[0].lag}
        tail = result["pipeline_s"] - result["offer_s"] if result["drained"] else None
        result["offered_docs_per_s"] = round(config.sustain_docs() / result["offer_s"], 1)
        result["drain_after_offer_s"] = None if tail is None else round(tail, 3)
        result["lag_growing"] = [stage for stage, grew in growing.items() if grew]
        # a backlog drained within a few seconds, a tail of a twentieth of the phase at most: offered ≈ done
        grace = max(SUSTAIN_GRACE_S, 0.05 * config.sustain_s)
        result["kept_up"] = tail is not None and tail <= grace and not result["lag_growing"]
        say(f"sustain: {config.sustain_rate:g} docs/s offered for {config.sustain_s:g} s: kept_up={result['kept_up']} "
            f"drain_after_offer_s={result['drain_after_offer_s']} p50_ms={result.get('p50_ms')} "
            f"p99_ms={result.get('p99_ms')} cpu_ms_per_doc={result['cpu_ms_per_doc'].get('machine')}")
        return result

    def latencies(self, window: tuple[float, float]) -> dict[str, Any]:
        """End-to-end and normalizer latencies of the documents sent in a window (seconds since t0)."""
        lo, hi = window[0] + self.t0, window[1] + self.t0
        e2e = []
        for event, trigger, seen in self.seen.changes:
            sent = self.seen.sent_for(event, trigger)
            if sent is not None and lo <= sent <= hi:
                e2e.append((seen - sent) * 1000)
        normalizer = [(self.seen.first_claim[d] - s) * 1000 for d, s in self.seen.sent.items()
                      if lo <= s <= hi and d in self.seen.first_claim]
        return {
            "status_changes": len(e2e),
            "p50_ms": round(percentile(e2e, 50), 1), "p90_ms": round(percentile(e2e, 90), 1),
            "p99_ms": round(percentile(e2e, 99), 1), "max_ms": round(max(e2e, default=0), 1),
            "to_claims_p50_ms": round(percentile(normalizer, 50), 1),
            "to_claims_p99_ms": round(percentile(normalizer, 99), 1),
        }

    def stage_rates(self, window: tuple[float, float]) -> dict[str, dict[str, float]]:
        """Per stage over a window: records/s committed, peak lag, CPU share of one core."""
        inside = [s for s in self.samples if window[0] <= s.t <= window[1]]
        if len(inside) < 2:
            return {}
        first, last = inside[0], inside[-1]
        dt = last.t - first.t
        replicas = {stage: [p for p in self.procs if p.split(".")[0] == stage]
                    for stage in STAGES if stage in self.procs}
        return {stage: {
            "records_per_s": round((last.committed[stage] - first.committed[stage]) / dt, 1),
            "peak_lag": max(s.lag[stage] for s in inside),
            # all the stage's replicas together, in % of one core
            "cpu_percent": round(100 * sum(last.cpu_s[p] - first.cpu_s[p] for p in procs) / dt, 1),
            **({"replicas": len(procs)} if len(procs) > 1 else {}),
        } for stage, procs in replicas.items()}

    def cpu_per_doc(self, window: tuple[float, float], docs: int) -> dict[str, float]:
        """CPU milliseconds per document over a window, by process group: where a document's cost goes."""
        inside = [s for s in self.samples if window[0] <= s.t <= window[1]]
        if len(inside) < 2 or not docs:
            return {}
        first, last = inside[0], inside[-1]
        spent = {p.split(".")[0]: 0.0 for p in self.procs}
        for p in self.procs:
            spent[p.split(".")[0]] += last.cpu_s[p] - first.cpu_s[p]
        for k, v in last.other_cpu_s.items():
            spent[k] = v - first.other_cpu_s.get(k, v)
        return {k: round(1000 * v / docs, 2) for k, v in spent.items()}

    def memory(self, window: tuple[float, float] | None = None) -> dict[str, dict[str, float]]:
        report = {}
        for stage in self.procs:
            rss, hwm = proc_memory_mb(self.pid(stage))
            entry = {"rss_mb": round(rss, 1), "peak_rss_mb": round(hwm, 1)}
            if window is not None:
                inside = [s.rss_mb[stage] for s in self.samples if window[0] <= s.t <= window[1]]
                if len(inside) >= 20:
                    tenth = max(len(inside) // 10, 1)
                    head, tail = statistics.median(inside[:tenth]), statistics.median(inside[-tenth:])
                    entry.update(soak_start_mb=round(head, 1), soak_end_mb=round(tail, 1),
                                 growth_mb=round(tail - head, 1))
            report[stage] = entry
        return report


# --- offline extraction -------------------------------------------------------------------------------

def extraction_throughput(docs: int, seed: int) -> dict[str, float | str]:
    """`claimwatch extract` over `docs` workload documents: docs per wall second and per CPU second."""
    cli = [sys.executable, "-m", "services.cli.main", "extract"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        path.write_text("".join(d.model_dump_json() + "\n" for d in Workload(seed=seed + 1).take(docs)))

        def run(source: Path | None) -> tuple[float, float, int]:
            before = os.times()
            started = time.perf_counter()
            with (source.open("rb") if source else open(os.devnull, "rb")) as stdin:
                proc = subprocess.run(cli, stdin=stdin, capture_output=True, check=True, cwd=ROOT)
            after = os.times()
            cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
            return time.perf_counter() - started, cpu, proc.stdout.count(b"\n")

        idle_wall, idle_cpu, _ = run(None)  # interpreter start + gazetteer load
        wall, cpu, claims = run(path)
    from services.normalizer.extraction import IMPLEMENTATION

    return {"docs": docs, "claims": claims, "implementation": IMPLEMENTATION, "startup_s": round(idle_wall, 2),
            "wall_s": round(wall, 2), "docs_per_s": round(docs / max(wall - idle_wall, 1e-9), 1),
            "docs_per_cpu_s": round(docs / max(cpu - idle_cpu, 1e-9), 1),
            "docs_per_cpu_s_with_startup": round(docs / max(cpu, 1e-9), 1)}


# --- report ---------------------------------------------------------------------------------------------

def plot(bench: Bench, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(4, 1, figsize=(11, 13), sharex=True)
    lat_t, lat_ms = [], []
    for event, trigger, seen in bench.seen.changes:
        sent = bench.seen.sent_for(event, trigger)
        if sent is not None:
            lat_t.append(seen - bench.t0)
            lat_ms.append((seen - sent) * 1000)
    axes[0].scatter(lat_t, lat_ms, s=3, alpha=0.5)
    axes[0].set_yscale("log")
    axes[0].set_ylabel("end-to-end latency (ms)")
    axes[0].set_title("document sent → StatusChange seen on status.changes")
    ts = [s.t for s in bench.samples]
    for stage in (s for s in STAGES if s in bench.procs):
        rates = [0.0] + [(b.committed[stage] - a.committed[stage]) / max(b.t - a.t, 1e-6)
                         for a, b in zip(bench.samples, bench.samples[1:], strict=False)]
        axes[1].plot(ts, rates, label=stage)
        axes[2].plot(ts, [s.lag[stage] for s in bench.samples], label=stage)
    for process in bench.procs:  # memory per process (replicas apart)
        axes[3].plot(ts, [s.rss_mb[process] for s in bench.samples], label=process)
    axes[1].set_ylabel("records/s committed")
    axes[2].set_ylabel("consumer lag (records)")
    axes[3].set_ylabel("RSS (MB)")
    axes[3].set_xlabel("seconds since start")
    for ax in axes[1:]:
        ax.legend(loc="upper right", fontsize=8)
    for ax in axes:
        for name, (lo, hi) in bench.phases.items():
            ax.axvspan(lo, hi, alpha=0.06)
            if ax is axes[0]:
                ax.text(lo, ax.get_ylim()[1], name, fontsize=8, va="top")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)




async def delete_topics(settings: ServiceSettings) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers, **_security(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        mine = [t for t in existing if t.startswith(settings.topic_prefix)]
        if mine:
            await admin.delete_topics(mine)
    finally:
        await admin.close()


async def run(config: Config) -> dict[str, Any]:
    run_id = datetime.now(UTC).strftime("%Y%m%d%H%M%S") + uuid.uuid4().hex[:4]
    admin_url = os.environ.get("DATABASE_URL", "postgresql://claimwatch@127.0.0.1:15432/claimwatch")
    db_name = f"claimwatch_bench_{run_id}"
    database_url = await fresh_database(admin_url, db_name)
    await asyncio.to_thread(migrate, database_url)
    settings = ServiceSettings(
        KAFKA_BOOTSTRAP_SERVERS=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
        DATABASE_URL=database_url, CLAIMWATCH_TOPIC_PREFIX=f"bench{run_id}.",
        CLAIMWATCH_INSTANCE_ID=f"bench{run_id}",
    )
    await ensure_topics(settings, ALL_TOPICS)
    config.out.mkdir(parents=True, exist_ok=True)
    log_dir = config.out / f"logs-{run_id}"
    log_dir.mkdir(parents=True, exist_ok=True)
    bench = Bench(config, settings, log_dir)
    stop = asyncio.Event()
    say(f"run {run_id}: topics under {settings.topic_prefix}, database {db_name}, logs in {log_dir}")
    report: dict[str, Any] = {"run_id": run_id, "config": {k: str(v) if isinstance(v, Path) else v
                                                           for k, v in asdict(config).items()},
                              "machine": {"cpus": os.cpu_count()}}
    tasks: list[asyncio.Task[None]] = []
    try:
        await asyncio.to_thread(bench.start_services)
        await bench.open()
        tasks = [asyncio.create_task(bench.monitor(stop)), asyncio.create_task(bench.subscribe(stop))]
        # warm-up at the offered rate: a broker started just before (make bench on a fresh machine) creates its
        # internal topics and JIT-compiles its hot paths in the first minute; nothing of it is measured
        report["warmup"] = await bench.phase("warmup", config.warmup_docs(), config.rate,
                                             timeout_s=config.warmup_s + 180)
        report["latency"] = await bench.phase("latency", config.latency_docs(), config.rate,
                                              timeout_s=config.duration_s + 180)
        await asyncio.sleep(1.0)  # let the subscriber catch the last changes of the phase
        report["latency"].update(bench.latencies(bench.phases["latency"]))
        report["latency"]["stages"] = bench.stage_rates(bench.phases["latency"])
        if config.burst:
            report["throughput"] = await bench.phase("throughput", config.burst, None, timeout_s=300)
            report["throughput"]["stages"] = bench.stage_rates(bench.phases["throughput"])
            report["throughput"]["cpu_ms_per_doc"] = bench.cpu_per_doc(bench.phases["throughput"], config.burst)
            say(f"throughput CPU ms per document: {report['throughput']['cpu_ms_per_doc']}")
        if config.sustain_rate > 0:
            report["sustain"] = await bench.sustain(config)
        if config.soak_minutes > 0:
            if config.soak_prefill:
                report["prefill"] = await bench.phase("prefill", config.soak_prefill, None,
                                                      timeout_s=config.soak_prefill / 20 + 300)
            report["soak"] = await bench.phase("soak", config.soak_docs(), config.soak_rate,
                                               timeout_s=config.soak_minutes * 60 + 300)
            report["soak"].update(bench.latencies(bench.phases["soak"]))
            report["soak"]["memory"] = bench.memory(bench.phases["soak"])
        report["memory"] = bench.memory()
    finally:
        stop.set()
        for task in tasks:
            with contextlib.suppress(Exception):
                await task
        await bench.close()
        codes = await asyncio.to_thread(bench.stop_services)
        report["exit_codes"] = codes
        if not config.keep:
            await delete_topics(settings)
            await drop_database(admin_url, db_name)
    report["extraction"] = await asyncio.to_thread(extraction_throughput, config.extract_docs, config.seed)
    say(f"extraction: {report['extraction']}")
    report["samples"] = [asdict(s) for s in bench.samples]
    report["docs"] = bench.produced
    plot(bench, config.out / f"bench-{run_id}.png")
    (config.out / f"bench-{run_id}.json").write_text(json.dumps(report, indent=2))
    for name in ("json", "png"):
        latest = config.out / f"bench-latest.{name}"
        latest.unlink(missing_ok=True)
        latest.symlink_to(f"bench-{run_id}.{name}")
    return report


def summary(report: dict[str, Any]) -> str:
    peak = max((m["peak_rss_mb"] for m in report["memory"].values()), default=0.0)
    throughput = report.get("throughput", report["latency"])["throughput_docs_per_s"]
    return (f"bench: docs={report['docs']} throughput_docs_per_s={throughput} "
            f"p50_ms={report['latency']['p50_ms']} p99_ms={report['latency']['p99_ms']} peak_rss_mb={peak}")


def parse_args(argv: list[str] | None) -> Config:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=100.0, help="offered documents/s in the latency phase")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of the latency phase")
    parser.add_argument("--warmup", type=float, default=30.0, help="seconds of unmeasured warm-up at --rate")
    parser.add_argument("--burst", type=int, default=3000, help="documents of the throughput phase (0: skip)")
    parser.add_argument("--sustain-rate", type=float, default=0.0,
                        help="after the burst, offer this many documents/s for --sustain-duration seconds and "
                             "report whether the pipeline kept up (0: skip)")
    parser.add_argument("--sustain-duration", type=float, default=60.0, help="seconds of the sustain phase")
    parser.add_argument("--soak-minutes", type=float, default=0.0, help="soak phase length (0: skip)")
    parser.add_argument("--soak-rate", type=float, default=100.0, help="offered documents/s while soaking")
    parser.add_argument("--soak-prefill", type=int, default=0, metavar="DOCS",
                        help="documents offered at full speed just before the soak, unmeasured, so that state "
                             "growing towards its bounds reaches them before the soak measures memory")
    parser.add_argument("--extract-docs", type=int, default=5000, help="documents for offline extraction")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                        help="extra environment for every service (e.g. CLAIMWATCH_BATCH_MAX_RECORDS=1000)")
    parser.add_argument("--profile", action="append", default=[], metavar="SERVICE",
                        help="py-spy a service during the throughput phase (collapsed stacks in --out)")
    parser.add_argument("--event-spacing", type=float, default=0.01, metavar="SECONDS",
                        help="event time between consecutive documents (a soak with tens of seconds rolls the "
                             "7-day windows over, so state reaches its steady size)")
    parser.add_argument("--keep", action="store_true", help="keep the run's topics and database")
    parser.add_argument("--replicas", action="append", default=[], metavar="SERVICE=N",
                        help="run N processes of a stage (default: deduper=2, as in docker-compose.yml); "
                             "they split its partitions")
    args = parser.parse_args(argv)
    extra = dict(item.split("=", 1) for item in args.env)
    replicas = {**DEFAULT_REPLICAS, **{name: int(n) for name, n in (item.split("=", 1) for item in args.replicas)}}
    return Config(rate=args.rate, duration_s=args.duration, warmup_s=args.warmup, burst=args.burst,
                  soak_minutes=args.soak_minutes, soak_rate=args.soak_rate, soak_prefill=args.soak_prefill,
                  sustain_rate=args.sustain_rate, sustain_s=args.sustain_duration, extract_docs=args.extract_docs,
                  seed=args.seed, out=args.out,
                  extra_env=extra, profile=args.profile, keep=args.keep, replicas=replicas,
                  event_spacing_s=args.event_spacing)


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    report = asyncio.run(run(config))
    line = summary(report)
    report_path = config.out / "bench-latest.json"
    say(f"report {report_path.resolve()}, plot {report_path.with_suffix('.png').resolve()}")
    print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
