"""The bad-input corpus against the real services: every hostile record ends in its stage's DLQ with a
reason (once per stage that meets it), hostile-looking valid data is stored verbatim, and every service
still answers /healthz afterwards."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from scripts.bad_inputs import (
    ROUTE_STAGES,
    BadCase,
    await_outcomes,
    canonical_cases,
    claim_cases,
    document_cases,
    produce_cases,
)
from services.common.settings import ServiceSettings
from tests.support.processes import ServiceProcess, service_env


def healthy(proc: ServiceProcess) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{proc.port}/healthz", timeout=5) as resp:
        return resp.status == 200 and bool(json.loads(resp.read())["healthy"])


async def run_route(settings: ServiceSettings, cases: list[BadCase], tmp_path: Path) -> None:
    stages = ROUTE_STAGES[cases[0].route][2]
    await produce_cases(settings, cases)
    procs = [ServiceProcess(stage, service_env(settings), tmp_path).start() for stage in stages]
    try:
        for proc in procs:
            proc.wait_healthy()
        outcomes = await await_outcomes(settings, cases, timeout_s=180)
        assert [p.service for p in procs if not healthy(p)] == []
    finally:
        codes = {p.service: p.stop() for p in procs}
    failed = [o.describe() for o in outcomes.values() if not o.ok]
    assert failed == [], "\n".join(failed)
    assert codes == dict.fromkeys(stages, 0)
    # no service body failed and restarted on the way (a crash loop would still look healthy at the end)
    restarts = {p.service: p.log_path.read_text(errors="replace").count("service body failed") for p in procs}
    assert restarts == dict.fromkeys(stages, 0)


async def test_documents_corpus_normalizer_and_archivist(topics: ServiceSettings, tmp_path: Path) -> None:
    cases = document_cases()
    assert len(cases) >= 100
    assert {c.category for c in cases} >= {"truncated-json", "malformed-json", "invalid-utf8", "control-chars",
                                           "injection-text", "unknown-place", "one-sentence-900k"}
    await run_route(topics, cases, tmp_path)


async def test_claims_corpus_deduper_and_archivist(topics: ServiceSettings, tmp_path: Path) -> None:
    cases = claim_cases()
    assert len(cases) >= 35
    await run_route(topics, cases, tmp_path)


async def test_canonical_corpus_reconciler_and_archivist(topics: ServiceSettings, tmp_path: Path) -> None:
    cases = canonical_cases()
    assert len(cases) >= 35
    await run_route(topics, cases, tmp_path)
