"""The one-shot functions behind `claimwatch fetch` and `claimwatch fetch-x`."""

from __future__ import annotations

import pytest

from services.article_ingester.feeds import FeedError
from services.article_ingester.oneshot import fetch_feed
from services.common.http_fetch import BlockedAddressError
from services.post_ingester.oneshot import fetch_x
from services.post_ingester.xapi import XAuthError
from tests.fakes.news_site import NewsSite
from tests.fakes.x_api import XApiServer


async def test_fetch_feed(news_site: NewsSite) -> None:
    docs = [doc async for doc in fetch_feed(news_site.url("/rss.xml"), allow_private=True)]
    assert len(docs) == 3 and all(d.text and d.lang == "en" for d in docs)


async def test_fetch_feed_refuses_loopback(news_site: NewsSite) -> None:
    with pytest.raises(BlockedAddressError) as caught:
        [doc async for doc in fetch_feed(news_site.url("/rss.xml"), allow_private=False)]
    assert "non-public" in caught.value.reason and news_site.hits["/rss.xml"] == 0


async def test_fetch_feed_not_a_feed(news_site: NewsSite) -> None:
    with pytest.raises(FeedError):
        [doc async for doc in fetch_feed(news_site.url("/html-as-rss.xml"), allow_private=True)]


async def test_fetch_x_all_pages(x_server: XApiServer) -> None:
    docs = [doc async for doc in fetch_x("Toretsk OR Dzerzhinsk", x_server.base_url, "test-token-s3cr3t")]
    assert len(docs) == 5 and len({d.doc_id for d in docs}) == 5


async def test_fetch_x_bad_token(x_server: XApiServer) -> None:
    with pytest.raises(XAuthError):
        [doc async for doc in fetch_x("Toretsk", x_server.base_url, "nope")]
