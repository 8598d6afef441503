"""`claimwatch fetch` and `claimwatch fetch-x` as command lines (DESIGN.md §7), against the local fakes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

from tests.fakes.news_site import NewsSite
from tests.fakes.x_api import XApiServer


def claimwatch(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CLAIMWATCH_ALLOW_PRIVATE_NETWORKS",
                                                                   "X_BEARER_TOKEN")}
    return subprocess.run([sys.executable, "-m", "services.cli.main", *args], env={**environment, **env},
                          capture_output=True, text=True, timeout=60, check=False)


async def test_fetch_writes_documents_and_refuses_loopback_unless_allowed() -> None:
    async with NewsSite(feed_items=2) as site:
        allowed = await asyncio.to_thread(claimwatch, "fetch", site.url("/rss.xml"),
                                          CLAIMWATCH_ALLOW_PRIVATE_NETWORKS="1")
        refused = await asyncio.to_thread(claimwatch, "fetch", site.url("/rss.xml"))
    docs = [json.loads(line) for line in allowed.stdout.splitlines()]
    assert allowed.returncode == 0 and len(docs) == 2
    assert all(d["doc_id"].startswith("web:") and d["kind"] == "article" for d in docs)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "refused non-public address 127.0.0.1" in refused.stderr and "Traceback" not in refused.stderr


async def test_fetch_x_pages_through_recent_search_without_printing_the_token() -> None:
    async with XApiServer(token="cli-secret-token", page_size=2) as x:
        result = await asyncio.to_thread(claimwatch, "fetch-x", "--query", "Toretsk", "--base-url", x.base_url,
                                         X_BEARER_TOKEN="cli-secret-token")
        expected = sorted(f"x:{t['id']}" for t in x.tweets if "toretsk" in t["text"].lower())
    assert result.returncode == 0, result.stderr
    assert sorted(json.loads(line)["doc_id"] for line in result.stdout.splitlines()) == expected
    assert "cli-secret-token" not in result.stdout + result.stderr
