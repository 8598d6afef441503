"""Service processes for the demo, benchmarks and tests: each service really runs as its own process."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from services.common.settings import ServiceSettings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def service_env(settings: ServiceSettings, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        KAFKA_BOOTSTRAP_SERVERS=settings.kafka_bootstrap_servers,
        DATABASE_URL=settings.database_url.get_secret_value(),
        CLAIMWATCH_TOPIC_PREFIX=settings.topic_prefix,
        CLAIMWATCH_INSTANCE_ID=settings.instance_id,
        CLAIMWATCH_BATCH_TIMEOUT_MS=str(settings.batch_timeout_ms),
        CLAIMWATCH_LOG_LEVEL="INFO",
    )
    env.update(extra)
    return env


class ServiceProcess:
    """`claimwatch run <service>` as a child process with its own health port and log file.

    The child binds a port the OS picks and writes it to a file: a port picked here and bound by the child later
    could be taken in between, by a sibling started in the meantime or by any outgoing connection.
    """

    def __init__(self, service: str, env: dict[str, str], log_dir: Path, name: str | None = None) -> None:
        self.service = service
        self.port_path = log_dir / f"{name or service}.port"
        self.env = {**env, "CLAIMWATCH_HEALTH_PORT": "0", "CLAIMWATCH_HEALTH_PORT_FILE": str(self.port_path)}
        self.log_path = log_dir / f"{name or service}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._port: int | None = None

    def start(self) -> ServiceProcess:
        self.port_path.unlink(missing_ok=True)  # a restarted service must not be found at its old port
        self._port = None
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "services.cli.main", "run", self.service],
            env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )
        log.close()
        return self

    @property
    def port(self) -> int:
        """The health port the running child bound; FileNotFoundError (an OSError, like a refused connection)
        until it has written its port file, which it does atomically."""
        if self._port is None:
            self._port = int(self.port_path.read_text(encoding="ascii"))
        return self._port

    def wait_healthy(self, timeout_s: float = 60.0) -> None:
        """Poll /healthz until the service says it is consuming; fail with its log otherwise."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"{self.service} exited {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1) as resp:
                    # the body names the service: a sibling answering on a reused port is not this one
                    if resp.status == 200 and json.loads(resp.read()).get("service") == self.service:
                        return
            except OSError:
                pass
            time.sleep(0.1)  # polling a condition with a deadline, not synchronising on time
        raise AssertionError(f"{self.service} not healthy after {timeout_s}s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL: no cleanup, no flush, the open transaction left to the broker."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self, timeout_s: float = 20.0) -> int:
        """SIGTERM and wait; returns the exit code (SIGKILL after the timeout)."""
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        return self.proc.returncode

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


async def fresh_database(admin_url: str, name: str) -> str:
    """An empty database `name` (dropped first if it exists) on the server of `admin_url`; its URL."""
    conn = await asyncpg.connect(admin_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return urlunsplit(urlsplit(admin_url)._replace(path=f"/{name}"))


async def drop_database(admin_url: str, name: str) -> None:
    conn = await asyncpg.connect(admin_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
