"""The health and metrics endpoint of a service process (compose healthchecks, Prometheus)."""

from __future__ import annotations

import time
from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest


class HealthServer:
    """Serves /healthz (200 while `is_healthy()`) and /metrics on one port."""

    def __init__(self, service: str, host: str, port: int, is_healthy: Callable[[], bool]) -> None:
        self._service = service
        self._host = host
        self._port = port
        self._is_healthy = is_healthy
        self._runner: web.AppRunner | None = None
        self._started = time.monotonic()
        self.port = port

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        server = site._server  # aiohttp exposes the bound port only here
        if server is not None and server.sockets:  # type: ignore[attr-defined]
            self.port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _healthz(self, _: web.Request) -> web.Response:
        healthy = self._is_healthy()
        body = {"service": self._service, "healthy": healthy, "uptime_s": round(time.monotonic() - self._started)}
        return web.json_response(body, status=200 if healthy else 503)

    async def _metrics(self, _: web.Request) -> web.Response:
        return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})
