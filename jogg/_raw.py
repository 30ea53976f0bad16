"""``client.with_raw_response``: the same calls, answering with the HTTP details as well.

    raw = client.with_raw_response.user.whoami()
    raw.http_status, raw.headers["content-type"], raw.rid, raw.elapsed
    user = raw.parse()

The call runs exactly as it would without the prefix (validation, retries, pacing); the
core records the answer it accepted, and ``parse()`` returns the usual result.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._errors import JoggError
from ._exchanges import Exchange, _exchanges
from ._pagination import AsyncPager, SyncPager

T = TypeVar("T")

__all__ = ["RawResponse", "RawResponses"]


class RawResponse(Generic[T]):
    """The HTTP side of one call's answer, and its result."""

    def __init__(self, exchange: Exchange, result: T) -> None:
        self.http_status: int = exchange.http_status
        self.headers: httpx.Headers = exchange.headers
        self.rid: str | None = exchange.rid
        self.elapsed: float = exchange.elapsed  # seconds, for the accepted attempt
        self._result = result

    def parse(self) -> T:
        """The result the call returns without ``with_raw_response``."""
        return self._result

    def __repr__(self) -> str:
        return f"<RawResponse http_status={self.http_status} rid={self.rid!r}>"


def _last(exchanges: list[Exchange], name: str, result: object) -> Exchange:
    if isinstance(result, SyncPager | AsyncPager):
        # Pagers fetch as they are iterated: there is no one answer to show.
        raise JoggError(f"{name} returns a lazy pager; with_raw_response covers single calls")
    if not exchanges:
        raise JoggError(f"{name} made no API request, so there is no raw response to show")
    return exchanges[-1]


class _RawResource:
    def __init__(self, resource: Any, attribute: str) -> None:
        self._resource = resource
        self._attribute = attribute

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._resource, name)
        if name.startswith("_") or not callable(method):
            raise AttributeError(name)
        label = f"{self._attribute}.{name}"
        if _is_async(method):

            @functools.wraps(method)
            async def call_async(*args: Any, **kwargs: Any) -> RawResponse[Any]:
                exchanges: list[Exchange] = []
                token = _exchanges.set(exchanges)
                try:
                    result = await method(*args, **kwargs)
                finally:
                    _exchanges.reset(token)
                return RawResponse(_last(exchanges, label, result), result)

            return call_async

        @functools.wraps(method)
        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            exchanges: list[Exchange] = []
            token = _exchanges.set(exchanges)
            try:
                result = method(*args, **kwargs)
            finally:
                _exchanges.reset(token)
            return RawResponse(_last(exchanges, label, result), result)

        return call

    def __repr__(self) -> str:
        return f"<with_raw_response.{self._attribute}>"


def _is_async(method: Any) -> bool:
    return inspect.iscoroutinefunction(method)


class RawResponses:
    """``client.with_raw_response``: every resource, with calls that return RawResponse."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> _RawResource:
        if name.startswith("_"):
            raise AttributeError(name)
        return _RawResource(getattr(self._client, name), name)

    def __repr__(self) -> str:
        return f"<with_raw_response of {self._client!r}>"
