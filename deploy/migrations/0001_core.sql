-- The query store: documents, claims, claim clusters, status changes, claimant priors.
-- Every table is keyed by the deterministic ids of the contracts, so writes are idempotent upserts.

CREATE TABLE documents (
    doc_id        text PRIMARY KEY,
    kind          text NOT NULL,
    source        text NOT NULL,
    url           text,
    title         text NOT NULL DEFAULT '',
    text          text NOT NULL DEFAULT '',
    lang          text,
    published_at  timestamptz NOT NULL,
    fetched_at    timestamptz,
    author        text,
    refs          jsonb NOT NULL DEFAULT '{}'::jsonb,
    stored_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_published_at ON documents (published_at);

CREATE TABLE claims (
    claim_id      text PRIMARY KEY,
    doc_id        text NOT NULL,
    place_id      text NOT NULL,
    place_name    text NOT NULL,
    predicate     text NOT NULL,
    actor         text NOT NULL,
    claimant      text NOT NULL,
    claimant_side text NOT NULL,
    reporter      text NOT NULL,
    modality      text NOT NULL,
    sentence      text NOT NULL,
    published_at  timestamptz,
    body          jsonb NOT NULL,
    stored_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_place ON claims (place_id, published_at);
CREATE INDEX claims_doc ON claims (doc_id);

CREATE TABLE claim_clusters (
    cluster_id             text PRIMARY KEY,
    place_id               text NOT NULL,
    predicate              text NOT NULL,
    claimant               text NOT NULL,
    independent_claimants  text[] NOT NULL,
    carriers               integer NOT NULL,
    body                   jsonb NOT NULL,
    updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_clusters_place ON claim_clusters (place_id);

CREATE TABLE status_changes (
    event_id      text PRIMARY KEY,
    place_id      text NOT NULL,
    place_name    text NOT NULL,
    previous      text NOT NULL,
    current       text NOT NULL,
    status        text NOT NULL,
    side          text,
    disputed      boolean NOT NULL,
    change_type   text NOT NULL,
    valid_at      timestamptz NOT NULL,
    recorded_at   timestamptz NOT NULL,
    confidence    double precision NOT NULL,
    alert         boolean NOT NULL,
    explanation   text NOT NULL,
    body          jsonb NOT NULL,
    stored_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX status_changes_place_time ON status_changes (place_id, recorded_at);
CREATE INDEX status_changes_place_name ON status_changes (lower(place_name));

-- Claimant reliability priors, editable by analysts; the reconciler reads them at start.
CREATE TABLE claimant_priors (
    claimant      text PRIMARY KEY,
    reliability   double precision NOT NULL CHECK (reliability >= 0 AND reliability <= 1),
    note          text NOT NULL DEFAULT '',
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Near-duplicate index of documents shared by every deduper replica: LSH band keys with a GIN index.
CREATE TABLE doc_fingerprints (
    doc_id        text PRIMARY KEY,
    source        text NOT NULL,
    kind          text NOT NULL,
    published_at  timestamptz NOT NULL,
    duplicate_of  text,
    text_hash     text NOT NULL,
    shingles      integer NOT NULL,
    minhash       bigint[] NOT NULL,
    bands         bigint[] NOT NULL,
    refs          jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX doc_fingerprints_hash ON doc_fingerprints (text_hash);
CREATE INDEX doc_fingerprints_bands ON doc_fingerprints USING gin (bands);
CREATE INDEX doc_fingerprints_time ON doc_fingerprints (published_at);

-- Documents and claims the stages dead-lettered, for analysts and the faults check.
CREATE TABLE dead_letters (
    id            bigserial PRIMARY KEY,
    topic         text NOT NULL,
    partition     integer NOT NULL,
    kafka_offset  bigint NOT NULL,
    stage         text NOT NULL,
    reason        text NOT NULL,
    error_type    text NOT NULL,
    payload_size  integer NOT NULL,
    at            timestamptz NOT NULL,
    UNIQUE (topic, partition, kafka_offset)
);
