"""The `claimwatch` command line: services, offline tools (no broker, no database) and subscribers.

Commands import what they need inside their own body (asyncio included): `claimwatch extract` is run once
per batch and its start-up counts.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from typing import TextIO

import click
from pydantic import ValidationError

from schemas.models import Document
from services.cli.feeds import feeds

SERVICES = {
    "article-ingester": "services.article_ingester.service",
    "post-ingester": "services.post_ingester.service",
    "normalizer": "services.normalizer.service",
    "deduper": "services.deduper.service",
    "reconciler": "services.reconciler.service",
    "archivist": "services.archivist.service",
}


def read_documents(stream: TextIO) -> Iterator[Document]:
    """Documents from JSON lines; a bad line is reported on stderr and skipped, never fatal."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield Document.model_validate_json(line)
        except ValidationError as exc:
            click.echo(f"line {number}: not a Document: {exc.errors()[0]['msg']}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """claimwatch: follow claims in a war as they happen."""


@main.command()
@click.argument("service", type=click.Choice(sorted(SERVICES)))
def run(service: str) -> None:
    """Run one service in the foreground (SIGTERM stops it gracefully)."""
    import os

    from services.common.logging import configure_logging

    # before the service module builds anything that binds a logger: every line JSON and redacted
    configure_logging(service, os.environ.get("CLAIMWATCH_LOG_LEVEL", "INFO"))
    module = importlib.import_module(SERVICES[service])
    module.main()


@main.command()
def extract() -> None:
    """Documents (JSON lines, stdin) → Claims (JSON lines, stdout)."""
    import gc

    from services.normalizer.extraction import extract_claims, load_gazetteer
    from services.normalizer.extraction.settlements import settlement_lexicon

    gazetteer = load_gazetteer()
    settlement_lexicon()  # loaded here rather than at the first unknown name: frozen with the gazetteer below
    # the gazetteer's objects live as long as the process: out of every collection (~3 % of a run's CPU)
    gc.freeze()
    out = sys.stdout
    for document in read_documents(sys.stdin):
        for claim in extract_claims(document, gazetteer):
            out.write(claim.model_dump_json(exclude_none=True))
            out.write("\n")


@main.command()
def dedupe() -> None:
    """Documents (JSON lines) → {"doc_id", "duplicate_of", "similarity"} per document."""
    from services.offline.pipeline import dedupe_documents

    for result in dedupe_documents(read_documents(sys.stdin)):
        sys.stdout.write(json.dumps(
            {"doc_id": result.doc_id, "duplicate_of": result.duplicate_of, "similarity": result.similarity}
        ) + "\n")


@main.command()
@click.option("--final", is_flag=True, help="Print the final status of every place instead of the events.")
def replay(final: bool) -> None:
    """Documents (JSON lines, any order) → StatusChange events, in published_at order."""
    from services.normalizer.extraction import extract_claims, load_gazetteer
    from services.offline.pipeline import run as run_replay

    gazetteer = load_gazetteer()
    result = run_replay(read_documents(sys.stdin), lambda d: extract_claims(d, gazetteer))
    lines = result.final_statuses() if final else result.changes
    for line in lines:
        sys.stdout.write(line.model_dump_json() + "\n")


@main.command()
@click.argument("url")
def fetch(url: str) -> None:
    """Fetch one RSS/Atom feed and the articles it links to; Documents as JSON lines."""
    import asyncio

    from services.article_ingester.feeds import FeedError
    from services.article_ingester.oneshot import fetch_feed
    from services.common.http_fetch import FetchError
    from services.common.settings import env_flag

    async def go() -> None:
        async for document in fetch_feed(url, allow_private=env_flag("CLAIMWATCH_ALLOW_PRIVATE_NETWORKS")):
            sys.stdout.write(document.model_dump_json() + "\n")

    try:
        asyncio.run(go())
    except (FetchError, FeedError) as exc:
        raise click.ClickException(str(exc)) from None


@main.command(name="fetch-x")
@click.option("--query", required=True, help="X API v2 recent-search query.")
@click.option("--base-url", envvar="X_API_BASE_URL", default="https://api.x.com", show_default=True)
def fetch_x(query: str, base_url: str) -> None:
    """X API v2 recent search, all pages; Documents as JSON lines (token from X_BEARER_TOKEN)."""
    import asyncio
    import os

    from services.post_ingester.oneshot import fetch_x as run_fetch_x

    token = os.environ.get("X_BEARER_TOKEN", "")
    if not token:
        raise click.UsageError("X_BEARER_TOKEN is not set")

    from services.post_ingester.xapi import XApiError

    async def go() -> None:
        async for document in run_fetch_x(query, base_url=base_url, token=token):
            sys.stdout.write(document.model_dump_json() + "\n")

    try:
        asyncio.run(go())
    except XApiError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.argument("place")
@click.option("--as-of", "as_of", default=None, help="ISO time: what did we believe then, and why.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
def status(place: str, as_of: str | None, as_json: bool) -> None:
    """Current (or then-current) status of a place with its evidence, from PostgreSQL."""
    import asyncio

    from services.cli.status import show_status

    sys.exit(asyncio.run(show_status(place, as_of, as_json)))


@main.command()
@click.option("--place", default=None, help="Only events for this place (name, alias or id).")
@click.option("--from-beginning", is_flag=True, help="Replay the whole topic first.")
@click.option("--json", "as_json", is_flag=True, help="Print events as JSON lines.")
@click.option("--all", "include_silent", is_flag=True, help="Include silent backfill events (alert=false).")
@click.option("--max-events", type=int, default=None, help="Exit after this many events (scripts, demo).")
@click.option("--timeout", type=float, default=None, help="Exit after this many seconds without the max.")
def alerts(place: str | None, from_beginning: bool, as_json: bool, include_silent: bool,
           max_events: int | None, timeout: float | None) -> None:
    """Subscribe to status.changes and print each event readably."""
    import asyncio

    from services.cli.alerts import follow

    sys.exit(asyncio.run(follow(place, from_beginning, as_json, include_silent, max_events, timeout)))


@main.group()
def topics() -> None:
    """Kafka topics of the catalogue."""


@topics.command(name="create")
def topics_create() -> None:
    """Create every catalogue topic that is missing (idempotent)."""
    import asyncio

    from schemas.topics import ALL_TOPICS
    from services.common.kafka import ensure_topics
    from services.common.settings import ServiceSettings

    created = asyncio.run(ensure_topics(ServiceSettings(), ALL_TOPICS))
    click.echo(f"topics: {len(created)} created, {len(ALL_TOPICS) - len(created)} already there")


@topics.command(name="list")
def topics_list() -> None:
    """Print the topic catalogue."""
    from schemas.topics import ALL_TOPICS

    for t in ALL_TOPICS:
        click.echo(f"{t.name:32} {t.partitions:>3}  key={t.key:12} value={t.value_model:15} {t.cleanup_policy}")


@main.group()
def db() -> None:
    """The PostgreSQL query store."""


@db.command(name="migrate")
def db_migrate() -> None:
    """Apply pending migrations (idempotent)."""
    from services.common.db import migrate
    from services.common.settings import ServiceSettings

    applied = migrate(ServiceSettings().database_url)
    click.echo(f"migrations: {len(applied)} applied")


main.add_command(feeds)

if __name__ == "__main__":
    main()
