"""Deduper: document near-duplicates and claim clusters (pure cores; the service wires them to Kafka)."""
