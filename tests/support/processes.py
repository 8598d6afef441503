"""Service processes for integration and e2e tests (shared with the demo and the benchmarks)."""

from scripts.local_processes import ServiceProcess, free_port, service_env

__all__ = ["ServiceProcess", "free_port", "service_env"]
