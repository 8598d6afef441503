"""canonical_url / doc_id_for_url: tracking parameters stripped, stable, idempotent."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.article_ingester.feeds import canonical_url, doc_id_for_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://APNews.com/article/toretsk?utm_source=rss&utm_medium=feed&id=7&fbclid=xyz#comments",
            "https://apnews.com/article/toretsk?id=7",
        ),
        ("HTTP://Example.COM:80/a?b=1&gclid=2&utm_campaign=c", "http://example.com/a?b=1"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x?", "https://example.com:8443/x"),
        ("https://user:pw@example.com/x", "https://example.com/x"),
        ("https://example.com/x?mc_cid=1&mc_eid=2&_ga=3&igshid=4&msclkid=5", "https://example.com/x"),
        ("https://example.com/x?z=1&a=2", "https://example.com/x?z=1&a=2"),  # order kept
        ("https://example.com/Path/Case", "https://example.com/Path/Case"),  # path case kept
        ("https://example.com/x?UTM_Source=a&q=Toretsk", "https://example.com/x?q=Toretsk"),
        ("  https://example.com/x  ", "https://example.com/x"),
        ("http://[::1]:8080/feed", "http://[::1]:8080/feed"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", ["", "not a url", "/relative/path", "mailto:"])
def test_canonical_url_refuses_non_absolute(url: str) -> None:
    with pytest.raises(ValueError):
        canonical_url(url)


def test_doc_id_is_sha256_of_canonical_url() -> None:
    a = doc_id_for_url("https://apnews.com/article/toretsk?utm_source=rss#top")
    b = doc_id_for_url("https://APNEWS.com/article/toretsk?fbclid=1")
    expected = "web:" + hashlib.sha256(b"https://apnews.com/article/toretsk").hexdigest()
    assert a == b == expected


_segment = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~%", min_size=0, max_size=12)
_param = st.tuples(
    st.sampled_from(["utm_source", "utm_x", "fbclid", "gclid", "id", "page", "q", "ref", "a%20b"]), _segment
)


@given(
    scheme=st.sampled_from(["http", "https", "HTTPS"]),
    host=st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,10}(\.[A-Za-z]{2,5}){1,2}", fullmatch=True),
    port=st.one_of(st.none(), st.integers(1, 65535)),
    path=st.lists(_segment, max_size=4),
    params=st.lists(_param, max_size=5),
    fragment=st.one_of(st.none(), _segment),
)
def test_canonical_url_is_idempotent_and_drops_tracking(
    scheme: str,
    host: str,
    port: int | None,
    path: list[str],
    params: list[tuple[str, str]],
    fragment: str | None,
) -> None:
    url = f"{scheme}://{host}{'' if port is None else f':{port}'}/{'/'.join(path)}"
    if params:
        url += "?" + "&".join(f"{k}={v}" for k, v in params)
    if fragment is not None:
        url += "#" + fragment
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert "#" not in once
    query = once.split("?", 1)[1] if "?" in once else ""
    assert not any(p.startswith(("utm_", "fbclid=", "gclid=")) for p in query.split("&"))
    assert once.split("://", 1)[1].split("/", 1)[0] == once.split("://", 1)[1].split("/", 1)[0].lower()
    assert doc_id_for_url(url) == doc_id_for_url(once)
