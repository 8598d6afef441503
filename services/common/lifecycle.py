"""Process lifecycle shared by every service: logging, signals, health endpoint, topics, restarts."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Callable

import structlog

from schemas.topics import ALL_TOPICS
from services.common.health import HealthServer
from services.common.kafka import ensure_topics
from services.common.logging import configure_logging
from services.common.settings import ServiceSettings

Body = Callable[[asyncio.Event], Awaitable[None]]


async def serve(
    service: str,
    settings: ServiceSettings,
    body: Body,
    is_healthy: Callable[[], bool],
    *,
    max_backoff_s: float = 30.0,
) -> None:
    """Run `body` until SIGTERM/SIGINT; restart it with backoff if it fails (broker or database down)."""
    log = configure_logging(service, settings.log_level)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    health = HealthServer(service, settings.health_host, settings.health_port, is_healthy)
    await health.start()
    log.info("service starting", health_port=health.port, kafka=settings.kafka_bootstrap_servers)
    backoff = 0.5
    try:
        while not stop.is_set():
            try:
                await ensure_topics(settings, ALL_TOPICS)
                await body(stop)
                backoff = 0.5
            except Exception:
                if stop.is_set():
                    break
                log.exception("service body failed; restarting", backoff_s=backoff)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=backoff)
                backoff = min(backoff * 2, max_backoff_s)
    finally:
        await health.stop()
        log.info("service stopped")


def run(service: str, settings: ServiceSettings, body: Body, is_healthy: Callable[[], bool]) -> None:
    """Entry point of a service process."""
    structlog.contextvars.bind_contextvars(service=service)
    asyncio.run(serve(service, settings, body, is_healthy))
