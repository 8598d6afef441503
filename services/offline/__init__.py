"""Offline composition of the pure stages, for `claimwatch dedupe` and `claimwatch replay`."""
