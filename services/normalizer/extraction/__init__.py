"""Claim normalization for EN, RU and UK text: `extract_claims(document) -> list[Claim]`.

A pure library (no Kafka, no database, no HTTP): the normalizer service and `claimwatch extract`
both call `extract_claims`. See docs/extraction.md. The modules below run compiled by mypyc when a
current build exists (see `native_build`); `IMPLEMENTATION` says which and why.
"""

from .native_build import activate

IMPLEMENTATION, IMPLEMENTATION_REASON = activate()

from .extract import extract_claims  # noqa: E402  (after the build is chosen)
from .gazetteer import Gazetteer, Place, load_gazetteer  # noqa: E402

__all__ = ["IMPLEMENTATION", "IMPLEMENTATION_REASON", "Gazetteer", "Place", "extract_claims", "load_gazetteer"]
