"""docker-compose.yml is valid Compose and runs every service the way the project expects.

No Docker engine exists on the development and CI machines, so the file is
checked statically: against the Compose Specification JSON schema (vendored in
the `check-jsonschema` package, installed in its own virtualenv `.venv-tools`
by `make setup` because faust's click pin conflicts with it), and for the
project's own conventions (one container per service, healthchecks, start
order, environment variable names).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
SECURITY_OVERLAY = REPO / "deploy" / "security" / "docker-compose.security.yml"
TOOLS_BIN = REPO / ".venv-tools" / "bin"

SERVICES = ["article-ingester", "post-ingester", "normalizer", "deduper", "reconciler", "archivist"]

# Loads the YAML with the tools env's own parser (ruamel.yaml, a check-jsonschema
# dependency: the project venv need not have a YAML library), anchors and merge keys resolved.
_LOAD_AS_JSON = (
    "import json, sys\n"
    "from ruamel.yaml import YAML\n"
    "with open(sys.argv[1], encoding='utf-8') as f:\n"
    "    json.dump(YAML(typ='safe').load(f), sys.stdout)\n"
)


def _tool(name: str) -> Path:
    path = TOOLS_BIN / name
    if not path.exists():
        pytest.fail(
            f"{path.relative_to(REPO)} is missing: run `make setup` (it creates .venv-tools with "
            "check-jsonschema, which validates docker-compose.yml)",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    proc = subprocess.run(
        [str(_tool("python")), "-c", _LOAD_AS_JSON, str(COMPOSE)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, f"could not parse docker-compose.yml:\n{proc.stderr}"
    data = json.loads(proc.stdout)
    assert isinstance(data, dict)
    return data


def _command(service: dict[str, Any]) -> str:
    cmd = service.get("command", "")
    return " ".join(cmd) if isinstance(cmd, list) else str(cmd)


def _depends_on(service: dict[str, Any]) -> dict[str, str]:
    deps = service.get("depends_on", {})
    if isinstance(deps, list):  # short syntax: no condition
        return dict.fromkeys(deps, "service_started")
    return {name: (spec or {}).get("condition", "service_started") for name, spec in deps.items()}


@pytest.mark.parametrize("path", [COMPOSE, SECURITY_OVERLAY], ids=["docker-compose.yml", "security overlay"])
def test_compose_files_are_valid_against_the_compose_spec_schema(path: Path) -> None:
    checker = _tool("check-jsonschema")
    proc = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=False,
    )
    assert proc.returncode == 0, f"{path.name} violates the Compose Specification:\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize("name", SERVICES)
def test_each_service_has_its_own_container(compose: dict[str, Any], name: str) -> None:
    services = compose["services"]
    assert name in services, f"no compose service {name!r}"
    svc = services[name]
    assert f"run {name}" in _command(svc), f"{name}: command must be `run {name}`, got {_command(svc)!r}"
    assert svc.get("build", {}).get("dockerfile") == "deploy/Dockerfile"

    health = svc.get("healthcheck")
    assert health, f"{name}: no healthcheck"
    assert "http://127.0.0.1:8080/healthz" in " ".join(health["test"])

    deps = _depends_on(svc)
    assert deps.get("kafka") == "service_healthy", f"{name}: must wait for a healthy kafka"
    assert deps.get("postgres") == "service_healthy", f"{name}: must wait for a healthy postgres"
    assert deps.get("migrate") == "service_completed_successfully"
    assert deps.get("topic-init") == "service_completed_successfully"

    env = svc["environment"]
    assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert env["DATABASE_URL"].startswith("postgresql://claimwatch:")
    assert env["DATABASE_URL"].endswith("@postgres:5432/claimwatch")
    assert str(env["CLAIMWATCH_HEALTH_PORT"]) == "8080"
    assert "CLAIMWATCH_LOG_LEVEL" in env


def test_ingesters_get_their_source_settings(compose: dict[str, Any]) -> None:
    article = compose["services"]["article-ingester"]["environment"]
    assert {"CLAIMWATCH_FEEDS", "CLAIMWATCH_POLL_INTERVAL_S"} <= article.keys()
    post = compose["services"]["post-ingester"]["environment"]
    assert {"X_BEARER_TOKEN", "X_API_BASE_URL", "CLAIMWATCH_X_QUERIES"} <= post.keys()


def test_one_shot_jobs_prepare_database_and_topics(compose: dict[str, Any]) -> None:
    services = compose["services"]
    migrate, topic_init = services["migrate"], services["topic-init"]
    assert _command(migrate) == "db migrate"
    assert _depends_on(migrate).get("postgres") == "service_healthy"
    assert _command(topic_init) == "topics create"
    assert _depends_on(topic_init).get("kafka") == "service_healthy"
    for job in (migrate, topic_init):
        assert job.get("restart") == "no"


def test_infrastructure_is_kraft_kafka_and_postgres_15(compose: dict[str, Any]) -> None:
    services = compose["services"]
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "KAFKA_CONTROLLER_QUORUM_VOTERS" in env
    # Transactions (exactly-once stages) need these on a single node.
    assert str(env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"]) == "1"
    assert str(env["KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"]) == "1"
    assert str(env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"]) == "1"
    assert str(env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"]) == "false"
    assert kafka.get("healthcheck")

    postgres = services["postgres"]
    assert postgres["image"] == "postgres:15"
    assert postgres.get("healthcheck")
    assert any(str(v).endswith(":/var/lib/postgresql/data") for v in postgres.get("volumes", []))


def test_compose_runs_exactly_the_services_the_cli_knows() -> None:
    """The CLI's `run` choices and the compose containers stay in step."""
    from services.cli.main import SERVICES as CLI_SERVICES

    assert sorted(CLI_SERVICES) == sorted(SERVICES)


def test_dockerfile_runs_the_cli_as_an_unprivileged_user() -> None:
    text = (REPO / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in text
    assert 'ENTRYPOINT ["claimwatch"]' in text
    users = [line.split()[1] for line in text.splitlines() if line.startswith("USER ")]
    assert users and users[-1] not in {"root", "0"}
    assert (REPO / ".dockerignore").exists()
