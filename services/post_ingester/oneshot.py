"""`claimwatch fetch-x --query Q`: X API v2 recent search, all pages, as Documents, no broker or database."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from pydantic import SecretStr

from schemas.models import Document

from .payloads import parse_post_batch
from .xapi import XApiClient

log = logging.getLogger(__name__)


async def fetch_x(query: str, base_url: str, token: str | SecretStr) -> AsyncIterator[Document]:
    """Yield the Documents of every page of a recent search; unreadable posts are logged and skipped.

    Raises XApiError (XAuthError for a bad token, XRateLimitedError when the reset is too far away).
    """
    secret = token if isinstance(token, SecretStr) else SecretStr(token)
    async with XApiClient(base_url, secret) as client:
        async for page in client.search_recent(query):
            batch = parse_post_batch(page.payload)
            for rejected in batch.rejected:
                log.warning("skipped a post: %s", rejected.reason)
            for document in batch.documents:
                yield document
