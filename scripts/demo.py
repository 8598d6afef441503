"""`make demo`: the whole pipeline on the bundled sample, from a fresh clone, with no configuration.

Starts local Kafka and PostgreSQL (unless KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL are set), serves the seed
article as an RSS feed plus its article page and a few X posts in X API v2 JSON from a local HTTP server,
starts every service as its own process, prints the status changes as they arrive, then stops everything
it started and exits 0 (1 if the expected changes did not arrive in time).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import aclosing
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

from aiohttp import web

from schemas.models import Side, StatusChange, StatusValue
from scripts.local_processes import ServiceProcess, fresh_database, service_env
from services.cli.alerts import status_changes
from services.cli.render import render_change
from services.common.settings import ServiceSettings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "deploy" / "demo"
SERVICES = ["archivist", "normalizer", "deduper", "reconciler", "article-ingester", "post-ingester"]
PUBLISHED = datetime(2025, 2, 7, 16, 0, tzinfo=UTC)
TIMEOUT_S = 180.0


def say(message: str) -> None:
    print(f"demo: {message}", flush=True)


def article_html(text: str) -> str:
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Russia claims capture of Toretsk</title></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/europe">Europe</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>Russia claims capture of Toretsk</h1><p class="byline">By Staff, February 7, 2025</p>
{paragraphs}
</article></main>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Markets close higher</a></li></ul></aside>
<div class="newsletter">Sign up for our newsletter</div><footer>© News Example. All rights reserved.</footer>
</body></html>"""


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News Example — Ukraine</title><link>{base}/</link>
<description>War coverage</description>
<item><title>Russia claims capture of Toretsk</title><link>{base}/articles/russia-claims-toretsk?utm_source=rss</link>
<guid isPermaLink="false">news-example-toretsk-2025-02-07</guid><pubDate>{format_datetime(PUBLISHED)}</pubDate>
<description>Russia's Defense Ministry announced Friday that its forces had captured Toretsk.</description></item>
</channel></rss>"""


async def serve_sample() -> tuple[web.AppRunner, str]:
    """The outside internet of the demo: a news site and the X API, on 127.0.0.1."""
    text = (SAMPLE / "seed-article.txt").read_text(encoding="utf-8")
    posts = json.loads((SAMPLE / "x-posts.json").read_text(encoding="utf-8"))
    # bound here and handed to the server, so no other process can take the port in between
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"

    async def feed(_: web.Request) -> web.Response:
        return web.Response(text=rss(base), content_type="application/rss+xml")

    async def page(_: web.Request) -> web.Response:
        return web.Response(text=article_html(text), content_type="text/html")

    async def search(request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != "Bearer demo-token":
            return web.json_response({"title": "Unauthorized"}, status=401)
        since = request.query.get("since_id")
        data = [t for t in posts["data"] if since is None or int(t["id"]) > int(since)]
        body = {**posts, "data": data, "meta": {**posts["meta"], "result_count": len(data)}} if data else {
            "meta": {"result_count": 0}}
        headers = {"x-rate-limit-limit": "450", "x-rate-limit-remaining": "449",
                   "x-rate-limit-reset": str(int(time.time()) + 900)}
        return web.json_response(body, headers=headers)

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/articles/russia-claims-toretsk", page)
    app.router.add_get("/2/tweets/search/recent", search)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    return runner, base


def infra_env() -> tuple[dict[str, str], bool]:
    """Start local infrastructure unless it is configured or running; its addresses, and whether we started it."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS") and os.environ.get("DATABASE_URL"):
        return {"KAFKA_BOOTSTRAP_SERVERS": os.environ["KAFKA_BOOTSTRAP_SERVERS"],
                "DATABASE_URL": os.environ["DATABASE_URL"]}, False
    infra = str(ROOT / "deploy/local/infra.sh")
    running = subprocess.run([infra, "status"], capture_output=True, check=False).returncode == 0
    if not running:
        say("starting local Kafka and PostgreSQL (first run downloads the Kafka jars from Maven Central)…")
    subprocess.run([infra, "up"], check=True)
    env: dict[str, str] = {}
    for line in (ROOT / ".run/infra.env").read_text().splitlines():
        if line.startswith("export ") and "=" in line:
            key, _, value = line.removeprefix("export ").partition("=")
            env[key] = value.strip().strip("'\"")
    return env, not running



def done(latest: dict[str, StatusChange]) -> bool:
    """The sample's expected outcome: Toretsk claimed by RU and disputed; the two villages claimed."""
    def is_claimed(names: set[str], disputed: bool | None = None) -> bool:
        for change in latest.values():
            if {change.place.name, *change.place.aliases} & names:
                cur = change.current
                if cur.status is StatusValue.claimed and cur.side is Side.RU and (
                        disputed is None or cur.disputed == disputed):
                    return True
        return False
    return (is_claimed({"Toretsk"}, disputed=True) and is_claimed({"Druzhba"})
            and is_claimed({"Krymske", "Krymskoye"}))


async def watch(settings: ServiceSettings, deadline: float) -> bool:
    """Print the alerts as they arrive; True once the sample's expected outcome is there."""
    latest: dict[str, StatusChange] = {}
    silent = 0
    async with aclosing(status_changes(settings, from_beginning=True, deadline=deadline)) as changes:
        async for change in changes:
            if change is not None:
                latest[change.place.place_id] = change
                if change.alert:
                    print(render_change(change), flush=True)
                else:
                    silent += 1
            if done(latest):
                say(f"{silent} silent backfill change(s) from historical statements not shown "
                    "(`claimwatch alerts --all` shows them)")
                return True
    return False


async def run_demo() -> int:
    started = time.monotonic()
    infra, started_infra = await asyncio.to_thread(infra_env)
    run_id = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    database_url = await fresh_database(infra["DATABASE_URL"], "claimwatch_demo")
    settings = ServiceSettings(KAFKA_BOOTSTRAP_SERVERS=infra["KAFKA_BOOTSTRAP_SERVERS"], DATABASE_URL=database_url,
                               CLAIMWATCH_TOPIC_PREFIX=f"demo{run_id}.", CLAIMWATCH_INSTANCE_ID=f"demo{run_id}")
    server, base = await serve_sample()
    say(f"serving the sample: feed {base}/feed.xml, article page, X API v2 at {base}")
    env = service_env(
        settings,
        CLAIMWATCH_FEEDS=f"{base}/feed.xml source=news.example",
        CLAIMWATCH_POLL_INTERVAL_S="2",
        CLAIMWATCH_ALLOW_PRIVATE_NETWORKS="1",
        X_API_BASE_URL=base,
        X_BEARER_TOKEN="demo-token",
        CLAIMWATCH_X_QUERIES="Toretsk OR Dzerzhinsk",
        CLAIMWATCH_X_POLL_INTERVAL_S="2",
    )
    log_dir = Path(tempfile.mkdtemp(prefix="claimwatch-demo-"))
    for command in (["db", "migrate"], ["topics", "create"]):
        await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "services.cli.main", *command],
                                env=env, check=True)
    processes = [ServiceProcess(name, env, log_dir).start() for name in SERVICES]
    ok = False
    try:
        for process in processes:
            await asyncio.to_thread(process.wait_healthy, 90)
        say(f"{len(processes)} services running as separate processes (logs in {log_dir}); "
            "waiting for status changes…")
        ok = await watch(settings, time.monotonic() + TIMEOUT_S)
    finally:
        for process in processes:
            await asyncio.to_thread(process.stop)
        await server.cleanup()
        if started_infra:
            await asyncio.to_thread(subprocess.run, [str(ROOT / "deploy/local/infra.sh"), "down"], check=False)
    if not ok:
        say("the expected status changes did not arrive in time; service logs:")
        for process in processes:
            print(f"--- {process.service}\n{process.log_tail(15)}")
        return 1
    say(f"done in {time.monotonic() - started:.1f} s; everything it started is stopped")
    return 0


def main() -> None:
    sys.exit(asyncio.run(run_demo()))


if __name__ == "__main__":
    main()
