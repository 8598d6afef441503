"""Reconciler: the per-place status policy (pure cores; the service wires them to Kafka)."""
