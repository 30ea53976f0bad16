"""Helpers for the facade's unit tests: a virtual clock, a scripted API behind
``httpx.MockTransport``, and adapters that let one test body drive ``Jogg`` or ``AsyncJogg``."""

from __future__ import annotations

import inspect
import json
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import httpx
import pytest

import jogg

# A key no real code path would produce: searching for it in logs, reprs and errors proves
# the key did not leak.
KEY = "sk-MARKER-7f3e9c1d2b-DO-NOT-LEAK"
BASE_URL = "https://api.test.example"
EPOCH = 1_750_000_000.0  # what the virtual clock's time() starts at

E = TypeVar("E", bound=BaseException)


class VirtualClock:
    """A jogg.Clock whose time moves only when the SDK sleeps (or a test advances it).
    Every sleep is recorded, so tests check delays without waiting for them."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            return self.now

    def time(self) -> float:
        return EPOCH + self.monotonic()

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Reply = dict[str, Any] | httpx.Response | Exception | Callable[[httpx.Request], Any]


def envelope(
    data: Any = None, *, code: int = 0, msg: str = "Success", **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {"code": code, "msg": msg, **extra}
    if data is not None:
        body["data"] = data
    return body


class ScriptedAPI:
    """Answers requests from per-route scripts. Each route holds a list of replies used in
    order; the last one repeats. A reply is an envelope dict (sent as JSON with HTTP 200),
    an httpx.Response, an exception to raise (transport failures), or a callable taking the
    request and returning one of those."""

    def __init__(self, clock: VirtualClock) -> None:
        self.clock = clock
        self.requests: list[httpx.Request] = []
        self.sent_at: list[float] = []
        self._routes: dict[tuple[str, str], list[Reply]] = {}
        self._lock = threading.Lock()

    def on(self, method: str, path: str, *replies: Reply) -> ScriptedAPI:
        self._routes[(method, path)] = list(replies)
        return self

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            self.sent_at.append(self.clock.monotonic())
            script = self._routes.get((request.method, request.url.path))
            if not script:
                return httpx.Response(404, json={"code": 10104, "msg": "no such route"})
            reply = script.pop(0) if len(script) > 1 else script[0]
        if callable(reply):
            reply = reply(request)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return httpx.Response(200, json=reply)

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]

    def sync_client(self, **options: Any) -> jogg.Jogg:
        http = httpx.Client(transport=httpx.MockTransport(self.handler))
        return jogg.Jogg(KEY, base_url=BASE_URL, http_client=http, clock=self.clock, **options)

    def async_client(self, **options: Any) -> jogg.AsyncJogg:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self.handler))
        return jogg.AsyncJogg(KEY, base_url=BASE_URL, http_client=http, clock=self.clock, **options)

    def client(self, flavor: str, **options: Any) -> Any:
        """A Jogg ("sync") or AsyncJogg ("async") wired to this script."""
        return self.sync_client(**options) if flavor == "sync" else self.async_client(**options)


def no_traffic() -> httpx.MockTransport:
    """A transport for clients a test builds but never uses: any request fails the test."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    return httpx.MockTransport(refuse)


async def resolve(value: Any) -> Any:
    """The result of a facade call, whether it came from Jogg or AsyncJogg."""
    return await value if inspect.isawaitable(value) else value


async def take(pager: Any, limit: int | None = None) -> list[Any]:
    """Items of a sync or async pager (all of them, or the first ``limit``)."""
    items: list[Any] = []
    if hasattr(pager, "__aiter__"):
        async for item in pager:
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
    else:
        for item in pager:
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
    return items


async def raises(kind: type[E], call: Callable[[], Any]) -> E:
    """The exception a sync or async facade call raised (the test fails if none was)."""
    with pytest.raises(kind) as caught:
        await resolve(call())
    return caught.value
