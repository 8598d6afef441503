"""The offline composition of the pure stages: fingerprint → document dedupe → claims → clusters →
reconcile, in publication order, with in-memory state. `claimwatch dedupe` and `claimwatch replay` run
this; the services run the same functions with their state in Kafka changelogs and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from schemas.models import Claim, Document, FinalStatus, SourceDocument, StatusChange
from services.common.text_fingerprint import fingerprint
from services.deduper.clusters import ClusterState, add_claim, cluster_key
from services.deduper.documents import IndexedDocument
from services.deduper.memory_index import InMemoryDocumentIndex
from services.reconciler.policy import PlaceState, apply
from services.reconciler.priors import DEFAULT_PRIORS, Priors

Extract = Callable[[Document], list[Claim]]


@dataclass(frozen=True, slots=True)
class DedupeResult:
    """One line of `claimwatch dedupe`."""

    doc_id: str
    duplicate_of: str | None
    similarity: float

    def as_json(self) -> dict[str, str | float | None]:
        return {"doc_id": self.doc_id, "duplicate_of": self.duplicate_of, "similarity": self.similarity}


def publication_order(docs: Iterable[Document]) -> list[Document]:
    """Documents sorted by (published_at, doc_id), the first copy of a repeated doc_id kept."""
    seen: set[str] = set()
    unique = []
    for doc in docs:
        if doc.doc_id not in seen:
            seen.add(doc.doc_id)
            unique.append(doc)
    return sorted(unique, key=lambda d: (d.published_at, d.doc_id))


def dedupe_documents(docs: Iterable[Document], index: InMemoryDocumentIndex | None = None) -> Iterator[DedupeResult]:
    """Each document's duplicate decision, in publication order."""
    index = index if index is not None else InMemoryDocumentIndex()
    for doc in publication_order(docs):
        indexed = IndexedDocument.from_document(doc)
        decision = index.decide(indexed)
        index.add(indexed, decision.duplicate_of)
        yield DedupeResult(doc.doc_id, decision.duplicate_of, decision.similarity)



@dataclass
class Replay:
    """In-memory state of one replay: the document index, claim clusters and place states."""

    priors: Priors = field(default_factory=lambda: DEFAULT_PRIORS)
    index: InMemoryDocumentIndex = field(default_factory=InMemoryDocumentIndex)
    clusters: dict[str, ClusterState] = field(default_factory=dict)
    places: dict[str, PlaceState] = field(default_factory=dict)
    changes: list[StatusChange] = field(default_factory=list)
    claims_processed: int = 0

    def document(self, doc: Document, extract: Extract) -> list[StatusChange]:
        """Run one document through dedupe → extract → clusters → reconcile."""
        fp = fingerprint(doc.title, doc.text)
        indexed = IndexedDocument.from_document(doc, fp)
        decision = self.index.decide(indexed)
        self.index.add(indexed, decision.duplicate_of)
        source = SourceDocument(doc_id=doc.doc_id, kind=doc.kind, source=doc.source, url=doc.url,
                                title=doc.title, published_at=doc.published_at, refs=doc.refs)
        out: list[StatusChange] = []
        for claim in extract(doc):
            claim = claim.model_copy(update={
                "published_at": claim.published_at or doc.published_at,
                "document": claim.document or source,
            })
            out.extend(self.claim(claim, decision.duplicate_of))
        return out

    def claim(self, claim: Claim, duplicate_of: str | None) -> list[StatusChange]:
        """Run one claim through its cluster and its place's policy."""
        self.claims_processed += 1
        key = cluster_key(claim)
        cluster, canonical = add_claim(self.clusters.get(key), claim, duplicate_of)
        self.clusters[key] = cluster
        if canonical is None:
            return []
        place, changes = apply(self.places.get(canonical.place_id), canonical, self.priors)
        self.places[canonical.place_id] = place
        self.changes.extend(changes)
        return changes

    def final_statuses(self) -> list[FinalStatus]:
        """Every place with a known status, by place_id."""
        finals = (state.final() for _, state in sorted(self.places.items()))
        return [f for f in finals if f is not None]


def run(docs: Iterable[Document], extract: Extract, priors: Priors = DEFAULT_PRIORS) -> Replay:
    """Replay documents (any order) in publication order; the state at the end."""
    replay = Replay(priors=priors)
    for doc in publication_order(docs):
        replay.document(doc, extract)
    return replay


def replay(docs: Iterable[Document], extract: Extract, priors: Priors = DEFAULT_PRIORS) -> list[StatusChange]:
    """The StatusChange events of `claimwatch replay`: deterministic for the same documents."""
    return run(docs, extract, priors).changes


def final_statuses(docs: Iterable[Document], extract: Extract, priors: Priors = DEFAULT_PRIORS) -> list[FinalStatus]:
    """The lines of `claimwatch replay --final`."""
    return run(docs, extract, priors).final_statuses()
