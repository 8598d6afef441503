"""The deduper as its own process: syndicated copies fold into one cluster through the shared PostgreSQL
index, and its cluster state survives a restart (a redelivered claim adds nothing)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from schemas.models import (
    Actor,
    CanonicalClaim,
    Claim,
    ClaimantSide,
    DeadLetter,
    DocumentRefs,
    Modality,
    Predicate,
    SourceDocument,
    Span,
)
from schemas.topics import CLAIMS_CANONICAL, CLAIMS_EXTRACTED
from services.common.db import migrate
from services.common.settings import ServiceSettings
from services.common.text_fingerprint import fingerprint
from tests.support.kafka import collect, produce
from tests.support.processes import ServiceProcess, service_env

STORY = (
    "Russia's Defence Ministry announced on Friday that its forces had captured the coal mining town of Toretsk "
    "in Donetsk region after months of fighting. Ukraine's military said its units continued to hold positions "
    "on the northwest edge of the town, and a brigade officer said intense assault operations were ongoing. "
    "The town had long served as a staging ground for Ukrainian artillery and drone strikes on Russian lines."
)
OWN_STORY = (
    "Kremlin-controlled media celebrated what they called the liberation of Dzerzhinsk, the Soviet-era name of "
    "Toretsk, while Kyiv's commanders insisted their soldiers still held parts of the ruined town."
)
T0 = datetime(2025, 2, 7, 12, tzinfo=UTC)


class _Record:
    """A claims.extracted record as the runner hands it to the deduper."""

    def __init__(self, offset: int, value: Claim) -> None:
        self.topic, self.partition, self.offset = "claims", 0, offset
        self.key, self.value, self.timestamp, self.headers = None, value.model_dump_json().encode(), 0, ()


def claim(doc_id: str, source: str, text: str, minutes: int, claimant: str = "ru_mod") -> Claim:
    published = T0 + timedelta(minutes=minutes)
    return Claim(
        claim_id=f"c-{doc_id}",
        doc_id=doc_id,
        sentence=text.split(".")[0],
        span=Span(start=0, end=7),
        place_id="geonames:709354",
        place_name="Toretsk",
        matched_alias="Toretsk",
        predicate=Predicate.captured,
        actor=Actor.RU,
        claimant=claimant,
        claimant_side=ClaimantSide.RU,
        reporter=source,
        modality=Modality.reported,
        published_at=published,
        document=SourceDocument(doc_id=doc_id, source=source, published_at=published,
                                fingerprint=fingerprint("Russia claims Toretsk", text)),
    )


async def test_copies_fold_and_cluster_state_survives_restart(topics: ServiceSettings, tmp_path: Path) -> None:
    original = claim("web:wire-1", "wire.example", STORY, 0)
    copy = claim("web:copy-1", "paper.example", "MOSCOW: " + STORY + "\nRead more: world news", 30)
    own = claim("web:own-1", "daily.example", OWN_STORY, 60)
    env = service_env(topics)

    await produce(topics, CLAIMS_EXTRACTED.name, [(c.place_id, c) for c in (original, copy)])
    await produce(topics, CLAIMS_EXTRACTED.name, [("geonames:709354", b'{"claim_id": 1}')])
    first = ServiceProcess("deduper", env, tmp_path).start()
    try:
        first.wait_healthy()
        two = await collect(topics, CLAIMS_CANONICAL.name, CanonicalClaim, until=lambda cs: len(cs) >= 2)
        letters = await collect(topics, "claims.extracted.dlq", DeadLetter, until=lambda ls: len(ls) >= 1)
    finally:
        assert first.stop() == 0

    assert [len(c.carriers) for c in two] == [1, 2]
    assert two[1].carriers[1].duplicate_of == "web:wire-1"
    assert two[1].independent_claimants == ["ru_mod"]
    assert two[0].cluster_id == two[1].cluster_id
    assert letters[0].stage == "deduper" and letters[0].reason.startswith("not a Claim")

    # after a restart: the redelivered original adds nothing; another outlet's own story joins the cluster
    await produce(topics, CLAIMS_EXTRACTED.name, [(c.place_id, c) for c in (original, own)])
    second = ServiceProcess("deduper", env, tmp_path).start()
    try:
        second.wait_healthy()
        three = await collect(topics, CLAIMS_CANONICAL.name, CanonicalClaim,
                              until=lambda cs: len(cs) >= 3, settle_s=2.0)
    finally:
        assert second.stop() == 0

    assert len(three) == 3
    assert [c.doc_id for c in three[2].carriers] == ["web:wire-1", "web:copy-1", "web:own-1"]
    assert three[2].carriers[2].duplicate_of is None


async def test_the_shared_index_is_bounded_by_event_time(admin_database_url: str) -> None:
    from services.deduper.pg_index import PostgresDocumentIndex, indexed

    # a database of its own: pruning is relative to the newest document of the whole index
    name = f"claimwatch_prune_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(admin_database_url)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = urlunsplit(urlsplit(admin_database_url)._replace(path=f"/{name}"))
    try:
        await asyncio.to_thread(migrate, url)
        pool = await asyncpg.create_pool(url, min_size=1, max_size=2)
        assert pool is not None
        try:
            index = PostgresDocumentIndex(pool, window=timedelta(days=7))
            old = claim("web:prune-old", "a.example", STORY, -60 * 24 * 30)
            new = claim("web:prune-new", "b.example", OWN_STORY, 0)
            for c in (old, new):
                assert c.document is not None
                await index.add(indexed(c.document), None)
            assert await index.prune() == 1
            left = {r["doc_id"] for r in await pool.fetch("SELECT doc_id FROM doc_fingerprints")}
            # a replica started after the prune mirrors only what is left
            restarted = PostgresDocumentIndex(pool, window=timedelta(days=7))
            await restarted.candidates_many([])
            mirrored = len(restarted)
        finally:
            await pool.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    assert left == {"web:prune-new"}
    assert mirrored == 1


def deciding(links: list[str | None]) -> Callable[[list[Any]], Awaitable[list[str | None]]]:
    """A `decide_once` callback that stores the given links (decided offline)."""
    async def given(new: list[Any]) -> list[str | None]:
        assert len(new) == len(links)
        return links
    return given


async def test_every_replica_finds_what_the_offline_index_finds(
    admin_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Live and offline runs take the same decisions only if both offer the same candidates: each replica's mirror
    holds what every replica stored, read back in commit order, also when a replica starts late."""
    from scripts.workload import Workload
    from services.deduper import pg_index
    from services.deduper.documents import IndexedDocument, decide
    from services.deduper.memory_index import InMemoryDocumentIndex
    from services.deduper.pg_index import PostgresDocumentIndex

    monkeypatch.setattr(pg_index, "_PAGE", 7)  # the late replica reads the table in many pages

    # syndicated copies, relays and same-second documents: heavy band sharing and doc-id tie-breaks
    docs = [IndexedDocument.from_document(d) for d in Workload(seed=11, spacing_s=1.0).take(400)]
    docs.sort(key=lambda d: d.order)
    # every third document shares its time with the one before: the order falls to the doc ids
    docs = [replace(d, published_at=docs[i - 1].published_at) if i % 3 == 2 else d for i, d in enumerate(docs)]
    docs.sort(key=lambda d: d.order)
    name = f"claimwatch_cand_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(admin_database_url)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = urlunsplit(urlsplit(admin_database_url)._replace(path=f"/{name}"))
    offline = InMemoryDocumentIndex()
    differing: list[str] = []
    copies = 0
    try:
        await asyncio.to_thread(migrate, url)
        pool = await asyncpg.create_pool(url, min_size=1, max_size=2)
        assert pool is not None
        try:
            replicas = [PostgresDocumentIndex(pool), PostgresDocumentIndex(pool)]
            # batches of 1 to 6 stored by the replicas in turn; a third replica joins halfway, reading the
            # first half from the table
            start = k = 0
            while start < len(docs):
                batch = docs[start:start + 1 + k % 6]
                start, k = start + len(batch), k + 1
                if start >= len(docs) // 2 and len(replicas) == 2:
                    replicas.append(PostgresDocumentIndex(pool))
                expected = [[d.doc_id for d in offline.candidates(doc)] for doc in batch]
                for replica in replicas:
                    live = await replica.candidates_many(batch)
                    differing += [doc.doc_id for doc, want, got in zip(batch, expected, live, strict=True)
                                  if [d.doc_id for d in got] != want]
                decisions = [decide(doc, offline.candidates(doc)) for doc in batch]
                for doc, decision in zip(batch, decisions, strict=True):
                    copies += decision.duplicate_of is not None
                    offline.add(doc, decision.duplicate_of)
                await replicas[k % 2].decide_once(batch, deciding([d.duplicate_of for d in decisions]))
            for replica in replicas:
                await replica.candidates_many([])  # reads what the others stored last
            assert [len(r) for r in replicas] == [len(docs)] * 3
        finally:
            await pool.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
    assert differing == []
    assert copies > 40  # the workload has copies enough for the comparison to mean something


async def test_replicas_settle_on_the_decision_of_the_first_to_index_a_document(database_url: str) -> None:
    """Two deduper replicas share the index but see earlier documents at different times: a replica that finds
    a document already indexed follows the stored decision, so every claim of a document tells one story."""
    from services.deduper.pg_index import PostgresDocumentIndex
    from services.deduper.service import Deduper

    run = uuid.uuid4().hex[:8]
    # the session's database holds other tests' copies of STORY at T0: two years later they are out of the window
    later = 2 * 365 * 24 * 60
    wire = claim(f"web:wire-{run}", "wire.example", STORY, later)
    copy = claim(f"web:copy-{run}", "paper.example", "MOSCOW: " + STORY, later + 30)

    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=2)
    assert pool is not None
    try:
        first, second = Deduper(PostgresDocumentIndex(pool)), Deduper(PostgresDocumentIndex(pool))
        # replica 1 meets the copy before the wire story is indexed anywhere: to it, the copy is an original
        await first.prepare([_Record(0, copy)])
        assert (await first.document_decision(copy)).duplicate_of is None
        # replica 2 gets both in one batch and would call the copy a copy; the index already holds replica 1's
        await second.prepare([_Record(0, wire), _Record(1, copy)])
        assert (await second.document_decision(copy)).duplicate_of is None
        assert (await second.document_decision(wire)).duplicate_of is None
        # without replica 1, the same batch makes the copy a copy (the case is not trivially "no copies")
        alone = Deduper(PostgresDocumentIndex(pool))
        copy2 = claim(f"web:copy2-{run}", "paper2.example", "KYIV: " + STORY, later + 40)
        await alone.prepare([_Record(0, copy2)])
        assert (await alone.document_decision(copy2)).duplicate_of == wire.doc_id
    finally:
        await pool.close()


async def test_a_document_is_looked_up_by_one_replica_only(database_url: str) -> None:
    """Claims of one document reach both replicas at once: the second waits for the first's decision and takes it
    instead of looking the document up again."""
    from services.deduper.documents import IndexedDocument
    from services.deduper.pg_index import PostgresDocumentIndex, indexed

    run = uuid.uuid4().hex[:8]
    doc = indexed(claim(f"web:once-{run}", "paper.example", STORY, 3 * 365 * 24 * 60).document)  # type: ignore[arg-type]
    looked_up: list[tuple[str, list[str]]] = []
    first_is_deciding, first_may_finish = asyncio.Event(), asyncio.Event()

    def replica(name: str, link: str | None, gate: asyncio.Event | None = None):  # type: ignore[no-untyped-def]
        async def decide_new(new: list[IndexedDocument]) -> list[str | None]:
            looked_up.append((name, [d.doc_id for d in new]))
            if gate is not None:
                first_is_deciding.set()
                await gate.wait()
            return [link for _ in new]
        return decide_new

    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=4)
    assert pool is not None
    try:
        first, second = PostgresDocumentIndex(pool), PostgresDocumentIndex(pool)
        deciding = asyncio.create_task(first.decide_once([doc], replica("first", "web:root", first_may_finish)))
        async with asyncio.timeout(10):
            await first_is_deciding.wait()  # the first replica holds the document's lock and is looking it up
            waiting = asyncio.create_task(second.decide_once([doc], replica("second", None)))
            # the second replica's lock request queues behind the first's transaction (the server's view)
            queued, waiting_locks = 0, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            while not queued:
                queued = await pool.fetchval(waiting_locks)
            assert not waiting.done()
            first_may_finish.set()
            assert await deciding == {doc.doc_id: "web:root"}
            assert await waiting == {doc.doc_id: "web:root"}
        assert looked_up == [("first", [doc.doc_id])]
        # a later delivery to either replica reads the stored decision without a lookup
        assert await second.decide_once([doc], replica("late", None)) == {doc.doc_id: "web:root"}
        assert looked_up == [("first", [doc.doc_id])]
    finally:
        await pool.close()


async def test_retweets_and_quote_posts_are_decided_without_a_lookup(database_url: str) -> None:
    from services.deduper.pg_index import PostgresDocumentIndex
    from services.deduper.service import Deduper

    run = uuid.uuid4().hex[:8]
    later = 4 * 365 * 24 * 60  # out of the window of the session database's other copies of STORY
    article = claim(f"web:article-{run}", "wire.example", STORY, later)
    post = claim(f"x:{run}1", "x.com/someone", STORY, later + 1)
    retweet = post.model_copy(update={"document": post.document.model_copy(  # type: ignore[union-attr]
        update={"refs": DocumentRefs(retweet_of=f"{run}0")})})
    quote = claim(f"x:{run}2", "x.com/other", STORY, later + 2)
    quote = quote.model_copy(update={"document": quote.document.model_copy(  # type: ignore[union-attr]
        update={"refs": DocumentRefs(quote_of=f"{run}0")})})
    pool = await asyncpg.create_pool(database_url, min_size=1, max_size=4)
    assert pool is not None
    try:
        index = PostgresDocumentIndex(pool)
        looked_up: list[str] = []
        known_lookups = index.known_lookups

        def recorded(docs: Any) -> Any:
            looked_up.extend(d.doc_id for d in docs)
            return known_lookups(docs)

        index.known_lookups = recorded  # type: ignore[method-assign]
        deduper = Deduper(index)
        await deduper.prepare([_Record(0, article), _Record(1, retweet), _Record(2, quote)])
        assert looked_up == [article.doc_id]
        assert (await deduper.document_decision(retweet)).duplicate_of == f"x:{run}0"
        assert (await deduper.document_decision(quote)).duplicate_of is None  # the same text, but its own post
    finally:
        await pool.close()
