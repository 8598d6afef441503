"""Idempotent upserts of contract values into the query store (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence

import asyncpg

from schemas.models import CanonicalClaim, ClaimCore, DeadLetter, Document, StatusChange


async def upsert_documents(conn: asyncpg.Connection, docs: Sequence[Document]) -> None:
    if not docs:
        return
    await conn.executemany(
        """INSERT INTO documents (doc_id, kind, source, url, title, text, lang, published_at, fetched_at,
                                  author, refs)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)
           ON CONFLICT (doc_id) DO NOTHING""",
        [
            (d.doc_id, d.kind.value, d.source, d.url, d.title, d.text, d.lang, d.published_at, d.fetched_at,
             d.author, d.refs.model_dump_json())
            for d in docs
        ],
    )


async def upsert_claims(conn: asyncpg.Connection, claims: Sequence[ClaimCore]) -> None:
    if not claims:
        return
    await conn.executemany(
        """INSERT INTO claims (claim_id, doc_id, place_id, place_name, predicate, actor, claimant, claimant_side,
                               reporter, modality, sentence, published_at, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb)
           ON CONFLICT (claim_id) DO NOTHING""",
        [
            (c.claim_id, c.doc_id, c.place_id, c.place_name, c.predicate.value, c.actor.value, c.claimant,
             c.claimant_side.value, c.reporter, c.modality.value, c.sentence, c.published_at,
             c.model_dump_json(exclude={"document"}))
            for c in claims
        ],
    )


def latest_versions(clusters: Sequence[CanonicalClaim]) -> list[CanonicalClaim]:
    """One version per cluster: the one with the most carriers, the later of equals (what upserting them all in
    order leaves in the table). A busy cluster has several versions in one batch."""
    latest: dict[str, CanonicalClaim] = {}
    for cluster in clusters:
        held = latest.get(cluster.cluster_id)
        if held is None or _carriers(cluster) >= _carriers(held):
            latest[cluster.cluster_id] = cluster
    return list(latest.values())


def _carriers(cluster: CanonicalClaim) -> int:
    return cluster.carrier_count or len(cluster.carriers)


async def upsert_clusters(conn: asyncpg.Connection, clusters: Sequence[CanonicalClaim]) -> None:
    if not clusters:
        return
    # a later version of a cluster has more carriers; never let a redelivered older one win
    await conn.executemany(
        """INSERT INTO claim_clusters (cluster_id, place_id, predicate, claimant, independent_claimants,
                                       carriers, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
           ON CONFLICT (cluster_id) DO UPDATE SET
               independent_claimants = EXCLUDED.independent_claimants,
               carriers = EXCLUDED.carriers, body = EXCLUDED.body, updated_at = now()
           WHERE claim_clusters.carriers <= EXCLUDED.carriers""",
        [
            (c.cluster_id, c.place_id, c.predicate.value, c.claimant, c.independent_claimants, _carriers(c),
             c.model_dump_json(exclude={"document"}))
            for c in latest_versions(clusters)
        ],
    )


async def upsert_status_changes(conn: asyncpg.Connection, changes: Sequence[StatusChange]) -> None:
    if not changes:
        return
    await conn.executemany(
        """INSERT INTO status_changes (event_id, place_id, place_name, previous, current, status, side, disputed,
                                       change_type, valid_at, recorded_at, confidence, alert, explanation, body)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb)
           ON CONFLICT (event_id) DO NOTHING""",
        [
            (s.event_id, s.place.place_id, s.place.name, s.previous.label(), s.current.label(),
             s.current.status.value, None if s.current.side is None else s.current.side.value,
             s.current.disputed, s.change_type.value, s.at, s.recorded_at, s.confidence, s.alert,
             s.explanation, s.model_dump_json())
            for s in changes
        ],
    )


async def insert_dead_letters(
    conn: asyncpg.Connection, letters: Sequence[tuple[str, int, int, DeadLetter]]
) -> None:
    if not letters:
        return
    await conn.executemany(
        """INSERT INTO dead_letters (topic, partition, kafka_offset, stage, reason, error_type, payload_size, at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (topic, partition, kafka_offset) DO NOTHING""",
        [(t, p, o, d.stage, d.reason, d.error_type, d.payload_size, d.at) for t, p, o, d in letters],
    )
