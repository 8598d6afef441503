"""deduper: claims.extracted → claims.canonical. Documents are checked against the shared near-duplicate
index (stored in PostgreSQL, mirrored in memory); claims are folded into clusters kept in a compacted changelog,
one transaction per batch."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import replace

from pydantic import ValidationError

from schemas.models import Claim
from schemas.topics import CLAIMS_CANONICAL, CLAIMS_EXTRACTED, DEDUPER_STATE
from services.common import lifecycle
from services.common.db import create_pool, migrate_if_asked
from services.common.dlq import InvalidMessage
from services.common.runner import Output, Record, StageRunner, StateStore, order_header
from services.common.settings import ServiceSettings
from services.deduper.clusters import ClusterState, add_claim, cluster_key
from services.deduper.documents import DuplicateDecision, IndexedDocument, decide, decided_by_refs, lsh_bands
from services.deduper.pg_index import PostgresDocumentIndex, indexed

STAGE = "deduper"
DECISION_CACHE = 20_000
PRUNE_EVERY_S = 600.0


def parse_claim(raw: bytes | None) -> Claim:
    """The Claim in a record, with its carrier's fingerprint, or InvalidMessage with why not."""
    try:
        claim = Claim.model_validate_json(raw or b"")
    except ValidationError as exc:
        raise InvalidMessage(f"not a Claim: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}") from exc
    if claim.document is None or claim.document.fingerprint is None:
        raise InvalidMessage("claim without its document's text fingerprint")
    minhash = claim.document.fingerprint.minhash
    if minhash and not (min(minhash) >= 0 and max(minhash) < 1 << 32):
        raise InvalidMessage("text fingerprint with a signature value outside 32 bits")
    return claim


class BatchNeighbours:
    """The documents decided earlier in a batch, found by shared LSH band or text (not yet in the index)."""

    def __init__(self) -> None:
        self._by_key: dict[int | str, list[IndexedDocument]] = {}

    def sharing(self, doc: IndexedDocument) -> list[IndexedDocument]:
        found: dict[str, IndexedDocument] = {}
        for key in self._keys(doc):
            for other in self._by_key.get(key, ()):
                found.setdefault(other.doc_id, other)
        return list(found.values())

    def add(self, doc: IndexedDocument) -> None:
        for key in self._keys(doc):
            self._by_key.setdefault(key, []).append(doc)

    @staticmethod
    def _keys(doc: IndexedDocument) -> set[int | str]:
        return {doc.fingerprint.text_hash, *lsh_bands(doc.fingerprint.minhash)}


class Deduper:
    def __init__(self, index: PostgresDocumentIndex) -> None:
        self._index = index
        # several claims of one document arrive together: decide the document once
        self._decisions: OrderedDict[str, DuplicateDecision] = OrderedDict()
        self._parsed: dict[tuple[str, int, int], Claim | InvalidMessage] = {}

    async def prepare(self, records: list[Record]) -> None:
        """Decide every new document of a batch with one concurrent round of index lookups and one write.

        Documents of the batch are candidates for each other in processing order, as they would be one by
        one; documents another replica has decided keep its decision. The decisions are cached for the step.
        """
        self._parsed = {}
        fresh: dict[str, IndexedDocument] = {}
        for record in records:
            try:
                claim = parse_claim(record.value)
            except InvalidMessage as exc:
                self._parsed[(record.topic, record.partition, record.offset)] = exc
                continue
            self._parsed[(record.topic, record.partition, record.offset)] = claim
            if claim.doc_id not in self._decisions and claim.doc_id not in fresh:
                assert claim.document is not None
                fresh[claim.doc_id] = indexed(claim.document)
        await self._settle(list(fresh.values()))

    async def _settle(self, docs: list[IndexedDocument]) -> None:
        """Decide documents, each by one replica (see `decide_once`), and cache the decisions."""
        decided: dict[str, DuplicateDecision] = {}
        links = await self._index.decide_once(docs, lambda new: self._decide(new, decided))
        for doc_id, link in links.items():
            # a document another replica decided first keeps its link (its similarity is not known here)
            self._remember(doc_id, decided.get(doc_id, DuplicateDecision(link, 0.0)))

    async def _decide(self, docs: list[IndexedDocument], out: dict[str, DuplicateDecision]) -> list[str | None]:
        """Look up and decide documents nobody has indexed yet (in order); their copy-of links."""
        # retweets and quote posts are decided by their references: no lookup
        compared = [doc for doc in docs if decided_by_refs(doc) is None]
        found = dict(zip((doc.doc_id for doc in compared), self._index.known_lookups(compared), strict=True))
        # earlier documents of the batch, by what a lookup would have found them by: a band or the text
        earlier = BatchNeighbours()
        for doc in docs:
            decision = decide(doc, [*found.get(doc.doc_id, ()), *earlier.sharing(doc)])
            out[doc.doc_id] = decision
            earlier.add(replace(doc, duplicate_of=decision.duplicate_of))
        return [out[doc.doc_id].duplicate_of for doc in docs]

    def _remember(self, doc_id: str, decision: DuplicateDecision) -> None:
        self._decisions[doc_id] = decision
        self._decisions.move_to_end(doc_id)
        if len(self._decisions) > DECISION_CACHE:
            self._decisions.popitem(last=False)

    async def document_decision(self, claim: Claim) -> DuplicateDecision:
        """The document's decision (from `prepare`, or looked up now when it was not prepared)."""
        assert claim.document is not None
        cached = self._decisions.get(claim.doc_id)
        if cached is not None:
            return cached
        await self._settle([indexed(claim.document)])
        return self._decisions[claim.doc_id]

    async def __call__(self, record: Record, state: StateStore[ClusterState]) -> list[Output]:
        parsed = self._parsed.pop((record.topic, record.partition, record.offset), None)
        if isinstance(parsed, InvalidMessage):
            raise parsed
        claim = parsed if parsed is not None else parse_claim(record.value)
        decision = await self.document_decision(claim)
        key = cluster_key(claim)
        updated, canonical = add_claim(state.get(key), claim, decision.duplicate_of)
        if canonical is None:
            return []  # a redelivered claim: the cluster already has it
        state.put(key, updated)
        return [Output(CLAIMS_CANONICAL.name, canonical.place_id, canonical)]


def main() -> None:
    settings = ServiceSettings()
    holder: dict[str, StageRunner] = {}

    async def body(stop: asyncio.Event) -> None:
        await migrate_if_asked(settings)
        # one connection decides a batch, the other prunes now and then
        pool = await create_pool(settings.database_url, max_size=2)
        index = PostgresDocumentIndex(pool, max_size=settings.dedup_index_max_docs)
        pruned_at = [0.0]

        async def prune_now_and_then(_: int) -> None:
            # the index is bounded by its time window: drop what fell out of it, at most every few minutes
            if time.monotonic() - pruned_at[0] >= PRUNE_EVERY_S:
                pruned_at[0] = time.monotonic()
                await index.prune()

        try:
            await prune_now_and_then(0)
            deduper = Deduper(index)
            runner = StageRunner(STAGE, settings, [CLAIMS_EXTRACTED], deduper, state_topic=DEDUPER_STATE,
                                 state_model=ClusterState, on_batch=prune_now_and_then, prepare=deduper.prepare,
                                 # which copy of a story came first is decided in publication order
                                 order_key=order_header)
            holder["runner"] = runner
            await runner.run(stop)
        finally:
            await pool.close()

    lifecycle.run(STAGE, settings, body, lambda: "runner" in holder and holder["runner"].healthy)
