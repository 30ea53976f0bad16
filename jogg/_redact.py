"""Hiding credentials in text we show. Standard library only: the CLI uses it too, and
`jogg --help` must not import httpx."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

HIDDEN_QUERY = "<redacted>"


def redact_url(text: str) -> str:
    """An http(s) URL as logs, errors and the CLI may show it: the query, where a signed
    URL keeps its credential, is replaced. Anything else is returned as it is."""
    if not text.startswith(("http://", "https://")):
        return text
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if not parts.query:
        return text
    return urlunsplit((parts.scheme, parts.netloc, parts.path, HIDDEN_QUERY, ""))
