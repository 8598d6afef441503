"""No secret reaches the logs: services run with a database password, a SASL password and an X bearer
token in their environment, through their normal path and an error path (a database that refuses them),
and none of the secret strings appears in anything they write."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from schemas.models import Claim
from schemas.topics import CLAIMS_EXTRACTED, DOCUMENTS
from services.common.settings import ServiceSettings
from tests.support.documents import capture_report
from tests.support.kafka import collect, produce
from tests.support.processes import ServiceProcess, free_port, service_env


def secrets() -> dict[str, str]:
    tag = uuid.uuid4().hex[:12]
    return {"db": f"pgpw-{tag}-S3cr3t", "sasl": f"saslpw-{tag}-S3cr3t", "x": f"xtoken-{tag}-S3cr3t"}


def with_password(url: str, password: str, port: int | None = None) -> str:
    parts = urlsplit(url)
    host = f"{parts.username or 'claimwatch'}:{password}@{parts.hostname}:{port or parts.port}"
    return urlunsplit(parts._replace(netloc=host))


def wait_for_log(proc: ServiceProcess, needle: str, timeout_s: float = 60.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        text = proc.log_path.read_text(errors="replace") if proc.log_path.exists() else ""
        if needle in text:
            return text
        time.sleep(0.2)  # polling a log file with a deadline
    raise AssertionError(f"{proc.service} never logged {needle!r}:\n{proc.log_tail()}")


async def test_secrets_never_reach_the_logs(topics: ServiceSettings, tmp_path: Path) -> None:
    secret = secrets()
    # Local PostgreSQL trusts loopback, so the password is accepted and ignored on the normal path.
    good_url = with_password(topics.database_url.get_secret_value(), secret["db"])
    extra = {"KAFKA_SASL_PASSWORD": secret["sasl"], "X_BEARER_TOKEN": secret["x"], "CLAIMWATCH_LOG_LEVEL": "DEBUG"}
    healthy_env = {**service_env(topics), "DATABASE_URL": good_url, **extra}
    # The error path: nothing listens on this port, so connecting and migrating fail and get logged.
    broken_url = with_password(topics.database_url.get_secret_value(), secret["db"], port=free_port())
    broken_env = {**service_env(topics), "DATABASE_URL": broken_url, **extra}

    docs = [capture_report(n) for n in range(5)]
    await produce(topics, DOCUMENTS.name, [(d.doc_id, d) for d in docs])
    normalizer = ServiceProcess("normalizer", healthy_env, tmp_path).start()
    archivist = ServiceProcess("archivist", healthy_env, tmp_path).start()
    broken = ServiceProcess("deduper", broken_env, tmp_path)
    broken.log_path = tmp_path / "deduper-broken.log"
    broken.start()
    try:
        normalizer.wait_healthy()
        archivist.wait_healthy()
        claims = await collect(topics, CLAIMS_EXTRACTED.name, Claim, until=lambda cs: len(cs) >= 5)
        assert len(claims) == 5
        broken_log = wait_for_log(broken, "service body failed")
    finally:
        codes = [p.stop() for p in (normalizer, archivist, broken)]
    assert codes == [0, 0, 0]

    logs = {p.service + p.log_path.name: p.log_path.read_text(errors="replace") for p in (normalizer, archivist)}
    logs["deduper-broken"] = broken_log + broken.log_path.read_text(errors="replace")
    assert all(logs.values())
    leaks = sorted(f"{name}: {kind}" for name, text in logs.items() for kind, value in secret.items() if value in text)
    assert leaks == []
