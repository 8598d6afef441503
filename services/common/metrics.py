"""Prometheus metrics shared by every stage; labelled by stage so one registry serves a process."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

RECORDS_IN = Counter("claimwatch_records_in_total", "Records consumed", ["stage"])
RECORDS_OUT = Counter("claimwatch_records_out_total", "Records produced", ["stage", "topic"])
DEAD_LETTERS = Counter("claimwatch_dead_letters_total", "Records routed to a DLQ", ["stage", "reason"])
BATCH_SECONDS = Histogram("claimwatch_batch_seconds", "Time to process and commit one batch", ["stage"])
END_TO_END_SECONDS = Histogram(
    "claimwatch_end_to_end_seconds",
    "Document publication to this stage's output",
    ["stage"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300),
)
CONSUMER_LAG = Gauge("claimwatch_consumer_lag", "Records behind the end of the input", ["stage", "topic"])
