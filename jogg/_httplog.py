"""Keeping credentials in URL queries out of httpx's own request log.

httpx logs every request's full URL at INFO. The URLs the core sends without the API key
(signed upload URLs, video files on a CDN, the hosts they redirect to) may carry a
credential in their query, so while such a request is in flight its URL is logged without
the query. URLs are compared in the canonical form httpx writes them (lower-case host,
percent-encoded path and query), taken from the request httpx built, so a URL given with
an upper-case host, a space or a non-ASCII path is recognised all the same.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx

from ._redact import redact_url


class _PrivateUrlLogFilter(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self._in_flight: Counter[str] = Counter()
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def hiding(self, url: httpx.URL) -> Iterator[None]:
        """While the block runs, httpx's log shows ``url`` without its query."""
        if not url.query:
            yield
            return
        key = str(url)
        with self._lock:
            self._in_flight[key] += 1
        try:
            yield
        finally:
            with self._lock:
                self._in_flight[key] -= 1
                if self._in_flight[key] <= 0:
                    del self._in_flight[key]

    def _hidden(self, arg: Any) -> Any:
        if not isinstance(arg, str | httpx.URL):
            return arg
        text = str(arg)
        if text in self._in_flight:
            return redact_url(text)
        if isinstance(arg, str) and text.startswith(("http://", "https://")):
            try:
                canonical = str(httpx.URL(text))
            except (httpx.InvalidURL, ValueError):
                return arg
            if canonical in self._in_flight:
                return redact_url(canonical)
        return arg

    def filter(self, record: logging.LogRecord) -> bool:
        if self._in_flight and isinstance(record.args, tuple):
            record.args = tuple(self._hidden(arg) for arg in record.args)
        return True


private_urls = _PrivateUrlLogFilter()
logging.getLogger("httpx").addFilter(private_urls)
