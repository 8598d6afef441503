"""The bad-input corpus against the real services: every hostile record or HTTP body ends in its stage's DLQ
with a reason (once per stage that meets it), hostile-looking valid data is stored or published verbatim,
and every service still answers /healthz afterwards, without having restarted its body on the way."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from collections import Counter
from pathlib import Path

from scripts.bad_inputs import (
    INGESTER_STAGES,
    ROUTE_STAGES,
    BadCase,
    await_outcomes,
    canonical_cases,
    claim_cases,
    corpus,
    document_cases,
    http_cases,
    ingester_envs,
    produce_cases,
)
from services.common.settings import ServiceSettings
from tests.fakes.bad_site import BadInputSite
from tests.support.processes import ServiceProcess, service_env


def healthy(proc: ServiceProcess) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{proc.port}/healthz", timeout=5) as resp:
        return resp.status == 200 and bool(json.loads(resp.read())["healthy"])


async def run_services(settings: ServiceSettings, cases: list[BadCase], envs: dict[str, dict[str, str]],
                       tmp_path: Path) -> None:
    """Run `envs`' services as processes until every case is accounted for; assert on each case.

    Waiting on the processes happens in threads: a local fake site may be serving them from this loop.
    """
    procs = [ServiceProcess(service, service_env(settings, **extra), tmp_path).start()
             for service, extra in envs.items()]
    try:
        for proc in procs:
            await asyncio.to_thread(proc.wait_healthy)
        tally = await await_outcomes(settings, cases, timeout_s=120)
        assert [p.service for p in procs if not await asyncio.to_thread(healthy, p)] == []
    finally:
        codes = {p.service: await asyncio.to_thread(p.stop) for p in procs}
    assert tally.failed == [], "\n".join(tally.failed)
    assert codes == dict.fromkeys(envs, 0)
    # no service body failed and restarted on the way (a crash loop would still look healthy at the end)
    restarts = {p.service: p.log_path.read_text(errors="replace").count("service body failed") for p in procs}
    assert restarts == dict.fromkeys(envs, 0)


async def run_route(settings: ServiceSettings, cases: list[BadCase], tmp_path: Path) -> None:
    await produce_cases(settings, cases)
    await run_services(settings, cases, {stage: {} for stage in ROUTE_STAGES[cases[0].route][2]}, tmp_path)


def test_corpus_covers_the_issue() -> None:
    cases = corpus()
    assert len(cases) >= 200 and len({c.case_id for c in cases}) == len(cases)
    routes = Counter(c.route for c in cases)
    assert set(routes) == {"documents", "claims", "canonical", "feed", "page", "x"}
    categories = {c.category for c in cases}
    assert categories >= {
        "truncated-xml", "malformed-json", "invalid-utf8", "huge-11mb", "gzip-bomb", "html-as-rss",
        "control-chars", "one-sentence-900k", "unknown-place", "injection-text", "billion-laughs",
    }


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


async def test_http_corpus_article_and_post_ingesters(topics: ServiceSettings, tmp_path: Path) -> None:
    """Feeds, article pages and X responses from a local hostile site, fetched by the real ingesters."""
    cases = http_cases()
    assert {c.route for c in cases} == set(INGESTER_STAGES) and len(cases) >= 50
    assert {c.category for c in cases} >= {"huge-11mb", "gzip-bomb", "html-as-rss", "truncated-xml", "malformed"}
    async with BadInputSite(cases) as site:
        envs = ingester_envs(site, cases)
        assert set(envs) == {"article-ingester", "post-ingester"}
        await run_services(topics, cases, envs, tmp_path)
        # the site really served every case (a case nobody fetched could not have been accounted for)
        assert {c.case_id for c in cases} <= set(site.hits)
