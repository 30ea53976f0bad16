"""Hiding credentials in text we show. Standard library only: the CLI uses it too, and
`jogg --help` must not import httpx."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

HIDDEN_QUERY = "<redacted>"


def redact_url(text: str) -> str:
    """A URL as logs, errors and the CLI may show it: the query, where a signed URL keeps
    its credential, is replaced. Text that is not a URL is returned as it is."""
    scheme, separator, _ = text.partition("://")
    if not separator or not scheme or not scheme.replace("+", "").replace(".", "").isalnum():
        return text
    try:
        parts = urlsplit(text)
    except ValueError:  # a URL urllib cannot split (a broken IPv6 host): cut at the "?"
        head, mark, _ = text.partition("?")
        return f"{head}?{HIDDEN_QUERY}" if mark else text
    if not parts.query:
        return text
    return urlunsplit((parts.scheme, parts.netloc, parts.path, HIDDEN_QUERY, ""))
