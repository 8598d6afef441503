-- depends: 0001_core
-- Ingestion state: the feed list behind `claimwatch feeds`, per-feed cursors, X since_ids and rate limits.

CREATE TABLE IF NOT EXISTS feeds (
    url         text PRIMARY KEY,
    interval_s  double precision NOT NULL DEFAULT 300 CHECK (interval_s > 0),
    source      text,
    enabled     boolean NOT NULL DEFAULT true,
    added_at    timestamptz NOT NULL DEFAULT now()
);

-- No foreign key to feeds: feeds from CLAIMWATCH_FEEDS / CLAIMWATCH_FEEDS_FILE have cursors too.
CREATE TABLE IF NOT EXISTS feed_cursors (
    url            text PRIMARY KEY,
    etag           text,
    last_modified  text,
    seen_keys      jsonb NOT NULL DEFAULT '[]'::jsonb,  -- recent item keys (GUID or canonical link), bounded
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS x_cursors (
    cursor_key  text PRIMARY KEY,  -- 'query:<query>' or 'user:<id>'
    since_id    bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS x_rate_limits (
    endpoint          text PRIMARY KEY,
    limit_per_window  integer,
    remaining         integer,
    reset_at          timestamptz,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
