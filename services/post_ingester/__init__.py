"""post-ingester: X API v2 (recent search, user timelines, filtered stream) as Documents on feeds.documents."""
