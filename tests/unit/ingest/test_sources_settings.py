"""Feed lists from the environment and files; the settings objects read the documented variable names."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.article_ingester.settings import ArticleIngesterSettings
from services.article_ingester.sources import (
    FeedConfig,
    combined_provider,
    feeds_from_env,
    feeds_from_file,
    parse_interval,
)
from services.post_ingester.settings import PostIngesterSettings, split_queries


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("90s", 90), ("5m", 300), ("1h", 3600), ("every=2m", 120), ("500ms", 0.5)]
)
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "5x", "-1m", "0", "m5"])
def test_parse_interval_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_interval(text)


def test_feeds_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text(
        "# comment\n\nhttps://apnews.com/rss  5m\n- https://meduza.io/rss/all every=2m  # trailing\n"
        "https://example.com/feed#frag\n",
        encoding="utf-8",
    )
    assert feeds_from_file(path, default_interval_s=60) == [
        FeedConfig("https://apnews.com/rss", 300),
        FeedConfig("https://meduza.io/rss/all", 120),
        FeedConfig("https://example.com/feed#frag", 60),
    ]
    path.write_text("ftp://nope\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        feeds_from_file(path)


def test_feeds_env() -> None:
    assert [f.url for f in feeds_from_env("https://a.example/rss, https://b.example/atom 1m,")] == [
        "https://a.example/rss",
        "https://b.example/atom",
    ]


async def test_combined_provider_without_a_database() -> None:
    provide = combined_provider([FeedConfig("https://a.example/rss")])
    assert await provide() == [FeedConfig("https://a.example/rss")]


def test_article_settings_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("https://file.example/rss 2m\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMWATCH_FEEDS", "https://env.example/rss")
    monkeypatch.setenv("CLAIMWATCH_FEEDS_FILE", str(path))
    monkeypatch.setenv("CLAIMWATCH_POLL_INTERVAL_S", "60")
    monkeypatch.setenv("CLAIMWATCH_ALLOW_PRIVATE_NETWORKS", "1")
    settings = ArticleIngesterSettings()
    assert settings.fetch_policy().allow_private_networks is True
    assert settings.static_feeds() == [
        FeedConfig("https://env.example/rss", 60),
        FeedConfig("https://file.example/rss", 120),
    ]


def test_post_settings_keep_the_token_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", "very-secret-token")
    monkeypatch.setenv("X_API_BASE_URL", "http://127.0.0.1:9999")
    monkeypatch.setenv("CLAIMWATCH_X_QUERIES", "Toretsk OR Dzerzhinsk; Pokrovsk lang:en")
    monkeypatch.setenv("CLAIMWATCH_X_USERS", "1001, 1003")
    settings = PostIngesterSettings()
    assert settings.bearer_token is not None and settings.bearer_token.get_secret_value() == "very-secret-token"
    assert "very-secret-token" not in repr(settings) and "very-secret-token" not in str(settings)
    assert settings.base_url == "http://127.0.0.1:9999"
    assert [t.key for t in settings.targets()] == [
        "query:Toretsk OR Dzerzhinsk",
        "query:Pokrovsk lang:en",
        "user:1001",
        "user:1003",
    ]


def test_split_queries() -> None:
    assert split_queries('["a, b", "c"]') == ["a, b", "c"]
    assert split_queries("a\nb;c") == ["a", "b", "c"]
    assert split_queries("  ") == []


def test_a_feed_line_may_name_its_publisher() -> None:
    from services.article_ingester.sources import FeedConfig, parse_feed_lines

    assert parse_feed_lines(["https://a.example/rss 2m source=apnews.com", "https://b.example/rss"], 60) == [
        FeedConfig("https://a.example/rss", 120.0, "apnews.com"),
        FeedConfig("https://b.example/rss", 60.0, None),
    ]
