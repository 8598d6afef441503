"""Starting a fake of the outside internet on 127.0.0.1 with a free port."""

from __future__ import annotations

from types import TracebackType

from aiohttp import web


async def start_local(app: web.Application) -> tuple[web.AppRunner, str]:
    """Serve `app` on 127.0.0.1 (a free port); the runner (to clean up) and the base URL."""
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


class LocalServer:
    """Base of the fakes: `async with` starts them (the subclass's `__aenter__` calls `start_local`) and
    cleans the runner up at exit."""

    _runner: web.AppRunner | None = None
    base_url: str = ""

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
