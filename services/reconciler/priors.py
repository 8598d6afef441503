"""Claimant reliability priors: how far a claimant's own word moves the confidence of a status.

The service mirrors DEFAULT_PRIORS into an editable PostgreSQL table (`claimant_priors`) and passes the
table's rows in as a plain mapping; the policy never reads the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Priors = Mapping[str, float]

DEFAULT_PRIORS: Priors = MappingProxyType(
    {
        "ru_mod": 0.55,
        "ru_government": 0.5,
        "wagner": 0.45,
        "ru_milbloggers": 0.4,
        "ru_state_media": 0.4,
        "ua_general_staff": 0.65,
        "ua_army": 0.6,
        "ua_president": 0.55,
        "ua_government": 0.55,
        "deepstate": 0.8,
        "isw": 0.85,
        "ap": 0.85,
        "reuters": 0.85,
        "afp": 0.85,
        "default": 0.3,
    }
)

# A neutral claimant at least this reliable corroborates a capture by its own observation.
CORROBORATION_MIN = 0.6
# What a side's statement against its own interest (conceding a loss) is worth, at least.
CONCESSION_RELIABILITY = 0.9
# What a settled historical statement is worth, at least.
HISTORICAL_RELIABILITY = 0.9


def reliability(claimant: str, priors: Priors = DEFAULT_PRIORS) -> float:
    """The prior of a claimant id; `x:@name` falls back to `name`, then to `default`."""
    key = claimant.strip().casefold()
    if key in priors:
        return float(priors[key])
    if key.startswith("x:@") and key[3:] in priors:
        return float(priors[key[3:]])
    return float(priors.get("default", 0.3))
