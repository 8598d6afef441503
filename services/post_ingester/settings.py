"""Typed settings of the post-ingester, from the environment (names shared with docker-compose.yml)."""

from __future__ import annotations

import json
import os

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from .poller import XTarget
from .xapi import DEFAULT_BASE_URL, StreamRule


def split_queries(value: str) -> list[str]:
    """`CLAIMWATCH_X_QUERIES`: a JSON array of strings, or queries separated by newlines or `;`.

    Not commas: X queries may contain them (`"Toretsk, Donetsk"`).
    """
    text = value.strip()
    if not text:
        return []
    if text.startswith("["):
        items = json.loads(text)
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError("CLAIMWATCH_X_QUERIES JSON must be an array of strings")
        return [i.strip() for i in items if i.strip()]
    return [q.strip() for line in text.splitlines() for q in line.split(";") if q.strip()]


class PostIngesterSettings(BaseSettings):
    """`X_*` and `CLAIMWATCH_X_*` variables of the post-ingester. The token is never printed."""

    model_config = SettingsConfigDict(
        extra="ignore", populate_by_name=True, secrets_dir=os.environ.get("CLAIMWATCH_SECRETS_DIR") or None
    )

    bearer_token: SecretStr | None = Field(default=None, validation_alias="X_BEARER_TOKEN")
    base_url: str = Field(default=DEFAULT_BASE_URL, validation_alias="X_API_BASE_URL")
    queries: str = Field(default="", validation_alias="CLAIMWATCH_X_QUERIES")
    users: str = Field(default="", validation_alias="CLAIMWATCH_X_USERS", description="comma-separated user ids")
    stream_rules: str = Field(default="", validation_alias="CLAIMWATCH_X_STREAM_RULES")
    stream: bool = Field(default=False, validation_alias="CLAIMWATCH_X_STREAM")
    poll_interval_s: float = Field(default=60.0, gt=0, validation_alias="CLAIMWATCH_X_POLL_INTERVAL_S")
    max_pages_per_poll: int = Field(default=50, ge=1, validation_alias="CLAIMWATCH_X_MAX_PAGES")

    def targets(self) -> list[XTarget]:
        """Queries then user timelines."""
        queries = [XTarget("query", q) for q in split_queries(self.queries)]
        users = [XTarget("user", u.strip()) for u in self.users.split(",") if u.strip()]
        return queries + users

    def rules(self) -> list[StreamRule]:
        """Filtered-stream rules (same syntax as the queries)."""
        return [StreamRule(value=v) for v in split_queries(self.stream_rules)]
