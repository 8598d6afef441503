-- One PostgreSQL role per claimwatch service, least privilege (run once as the database owner after
-- `claimwatch db migrate`; passwords come from psql variables, never from this file):
--
--   psql "$ADMIN_URL" -v ON_ERROR_STOP=1 \
--        -v archivist_pw="$(cat /run/secrets/pg_archivist)" -v deduper_pw="$(cat /run/secrets/pg_deduper)" \
--        -v reconciler_pw="$(cat /run/secrets/pg_reconciler)" -v article_pw="$(cat /run/secrets/pg_article)" \
--        -v post_pw="$(cat /run/secrets/pg_post)" -v api_pw="$(cat /run/secrets/pg_api)" \
--        -f deploy/security/postgres-roles.sql
--
-- The normalizer needs no database at all. Migrations run as the owner (the `migrate` job), so no
-- service role may create or alter anything.

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;

SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY['cw_archivist', 'cw_deduper', 'cw_reconciler',
  'cw_article_ingester', 'cw_post_ingester', 'cw_api']) AS r
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

ALTER ROLE cw_archivist PASSWORD :'archivist_pw';
ALTER ROLE cw_deduper PASSWORD :'deduper_pw';
ALTER ROLE cw_reconciler PASSWORD :'reconciler_pw';
ALTER ROLE cw_article_ingester PASSWORD :'article_pw';
ALTER ROLE cw_post_ingester PASSWORD :'post_pw';
ALTER ROLE cw_api PASSWORD :'api_pw';

GRANT USAGE ON SCHEMA public TO cw_archivist, cw_deduper, cw_reconciler, cw_article_ingester, cw_post_ingester,
  cw_api;

-- archivist: the query store, idempotent upserts only (no DELETE, no TRUNCATE).
GRANT SELECT, INSERT, UPDATE ON documents, claims, claim_clusters, status_changes TO cw_archivist;
GRANT SELECT, INSERT ON dead_letters TO cw_archivist;
-- deduper: the shared near-duplicate index, one fingerprint row per document (DELETE prunes entries older than
-- the window; the advisory lock that orders the replicas' writes needs no grant, nor does the identity column).
GRANT SELECT, INSERT, DELETE ON doc_fingerprints TO cw_deduper;
-- reconciler: reads the analysts' claimant priors, and seeds the defaults that are missing (INSERT … ON CONFLICT
-- DO NOTHING: it never overwrites an analyst's edit).
GRANT SELECT, INSERT ON claimant_priors TO cw_reconciler;
-- ingesters: their own cursors.
GRANT SELECT, INSERT, UPDATE, DELETE ON feed_cursors, feeds TO cw_article_ingester;
GRANT SELECT, INSERT, UPDATE ON x_cursors, x_rate_limits TO cw_post_ingester;
-- api / CLI readers: read-only.
GRANT SELECT ON documents, claims, claim_clusters, status_changes, claimant_priors TO cw_api;
-- Services must not migrate at start under these roles (yoyo needs CREATE and its lock table): the
-- compose `migrate` job runs `claimwatch db migrate` as the owner. See docs/security.md.
