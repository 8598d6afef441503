"""Claim normalization for EN, RU and UK text: `extract_claims(document) -> list[Claim]`.

A pure library (no Kafka, no database, no HTTP): the normalizer service and `claimwatch extract`
both call `extract_claims`. See docs/extraction.md.
"""

from .extract import extract_claims
from .gazetteer import Gazetteer, Place, load_gazetteer

__all__ = ["Gazetteer", "Place", "extract_claims", "load_gazetteer"]
