"""Typed settings of the article-ingester, from the environment (names shared with docker-compose.yml)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.common.http_fetch import USER_AGENT, FetchPolicy

from .poller import PollerConfig
from .sources import FeedConfig, feeds_from_env, feeds_from_file


class ArticleIngesterSettings(BaseSettings):
    """`CLAIMWATCH_*` variables of the article-ingester."""

    model_config = SettingsConfigDict(extra="ignore", populate_by_name=True)

    feeds: str = Field(default="", validation_alias="CLAIMWATCH_FEEDS")
    feeds_file: Path | None = Field(default=None, validation_alias="CLAIMWATCH_FEEDS_FILE")
    poll_interval_s: float = Field(default=300.0, gt=0, validation_alias="CLAIMWATCH_POLL_INTERVAL_S")
    allow_private_networks: bool = Field(default=False, validation_alias="CLAIMWATCH_ALLOW_PRIVATE_NETWORKS")
    poll_concurrency: int = Field(default=64, ge=1, validation_alias="CLAIMWATCH_POLL_CONCURRENCY")
    article_concurrency: int = Field(default=16, ge=1, validation_alias="CLAIMWATCH_ARTICLE_CONCURRENCY")
    fetch_articles: bool = Field(default=True, validation_alias="CLAIMWATCH_FETCH_ARTICLES")
    user_agent: str = Field(default=USER_AGENT, validation_alias="CLAIMWATCH_USER_AGENT")
    http_timeout_s: float = Field(default=10.0, gt=0, validation_alias="CLAIMWATCH_HTTP_TIMEOUT_S")
    http_total_timeout_s: float = Field(default=30.0, gt=0, validation_alias="CLAIMWATCH_HTTP_TOTAL_TIMEOUT_S")
    http_max_body_bytes: int = Field(
        default=10 * 1024 * 1024, ge=1024, validation_alias="CLAIMWATCH_HTTP_MAX_BODY_BYTES"
    )
    http_max_redirects: int = Field(default=5, ge=0, validation_alias="CLAIMWATCH_HTTP_MAX_REDIRECTS")
    http_retries: int = Field(default=2, ge=0, validation_alias="CLAIMWATCH_HTTP_RETRIES")
    per_host_concurrency: int = Field(default=4, ge=1, validation_alias="CLAIMWATCH_HTTP_PER_HOST_CONCURRENCY")
    per_host_min_interval_s: float = Field(default=0.25, ge=0, validation_alias="CLAIMWATCH_HTTP_PER_HOST_INTERVAL_S")

    def fetch_policy(self) -> FetchPolicy:
        """The PoliteFetcher limits these settings describe."""
        return FetchPolicy(
            user_agent=self.user_agent,
            read_timeout_s=self.http_timeout_s,
            total_timeout_s=self.http_total_timeout_s,
            max_redirects=self.http_max_redirects,
            max_body_bytes=self.http_max_body_bytes,
            per_host_concurrency=self.per_host_concurrency,
            per_host_min_interval_s=self.per_host_min_interval_s,
            retries=self.http_retries,
            allow_private_networks=self.allow_private_networks,
        )

    def poller_config(self) -> PollerConfig:
        return PollerConfig(
            fetch_articles=self.fetch_articles,
            article_concurrency=self.article_concurrency,
            poll_concurrency=self.poll_concurrency,
        )

    def static_feeds(self) -> list[FeedConfig]:
        """Feeds from `CLAIMWATCH_FEEDS` and `CLAIMWATCH_FEEDS_FILE` (file entries win on duplicates)."""
        feeds = {f.url: f for f in feeds_from_env(self.feeds, self.poll_interval_s)}
        if self.feeds_file is not None:
            feeds.update({f.url: f for f in feeds_from_file(self.feeds_file, self.poll_interval_s)})
        return list(feeds.values())
