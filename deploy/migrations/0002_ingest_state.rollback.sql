-- Rollback of 0002_ingest_state.
DROP TABLE IF EXISTS x_rate_limits;
DROP TABLE IF EXISTS x_cursors;
DROP TABLE IF EXISTS feed_cursors;
DROP TABLE IF EXISTS feeds;
