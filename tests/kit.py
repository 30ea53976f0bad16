"""The one test kit: a virtual clock, a scripted API behind an in-process httpx transport,
the JoggAI envelope, and adapters that let one test body drive ``Jogg`` or ``AsyncJogg``.

facade, rest, reliability and conformance tests all use these; a new test area should too.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import yaml

import jogg

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "jogg-v2.yaml"
# A key no real code path would produce: searching for it in logs, reprs and errors proves
# the key did not leak.
KEY = "sk-MARKER-7f3e9c1d2b-DO-NOT-LEAK"
BASE_URL = "https://api.test.example"
EPOCH = 1_750_000_000.0  # what a virtual clock's time() reads at monotonic 0

E = TypeVar("E", bound=BaseException)


# --------------------------------------------------------------------- time


class VirtualClock:
    """A jogg.Clock whose time moves only when the SDK sleeps (or a test advances it).

    Every sleep is recorded as asked (zero and negative ones too; time never moves back), so
    tests check delays without waiting for them. ``async_sleep`` yields to the event loop
    once, as a real sleep would, so concurrent tasks interleave. Thread-safe.
    """

    def __init__(self, start: float = 0.0, *, epoch: float = EPOCH) -> None:
        self.now = start
        self.epoch = epoch
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            return self.now

    def time(self) -> float:
        return self.epoch + self.monotonic()

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += max(0.0, seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


# --------------------------------------------------------------------- the envelope


def envelope(
    data: Any = None, *, code: int = 0, msg: str = "Success", **extra: Any
) -> dict[str, Any]:
    """The JoggAI answer body ``{"code", "msg", "data", ...}``; ``data`` None leaves it out."""
    body: dict[str, Any] = {"code": code, "msg": msg, **extra}
    if data is not None:
        body["data"] = data
    return body


def envelope_json(data: Any = None, **fields: Any) -> str:
    """``envelope`` as JSON text, for servers that write raw bytes."""
    return json.dumps(envelope(data, **fields))


# --------------------------------------------------------------------- the spec's routes


def _template_regex(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


def spec_operations() -> list[tuple[str, str, str]]:
    """(method, path, operationId) of every operation of the project's spec."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        (method.upper(), path, op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]


# Literal paths first, as a server routes them: /v2/video_translate/target_languages is not
# a translation id.
_ROUTES = [
    (method, _template_regex(path), op_id)
    for method, path, op_id in sorted(spec_operations(), key=lambda op: "{" in op[1])
]


def operation_at(method: str, path: str) -> str | None:
    """The operationId of the spec that ``method`` ``path`` reaches (None when none does)."""
    for route_method, pattern, op_id in _ROUTES:
        if method == route_method and pattern.match(path):
            return op_id
    return None


# --------------------------------------------------------------------- the scripted API

# A reply: a body dict (sent as JSON with HTTP 200), an httpx.Response, an exception to
# raise (transport failures), or a callable taking the request and returning one of those.
Reply = dict[str, Any] | httpx.Response | Exception | Callable[[httpx.Request], Any]


class Received:
    """A request body as it arrived, read as a stream: chunk sizes, total, digest, and the
    bytes themselves only up to ``keep`` (None keeps all), so big uploads are not held."""

    KEEP = 1 << 20

    def __init__(self, headers: httpx.Headers, keep: int | None = KEEP) -> None:
        self.headers = headers
        self.keep = keep
        self.chunk_sizes: list[int] = []
        self.size = 0
        self.digest = hashlib.sha256()
        self.content = b""

    @property
    def whole(self) -> bool:
        return self.keep is None or self.size <= self.keep

    def add(self, chunk: bytes) -> None:
        self.chunk_sizes.append(len(chunk))
        self.size += len(chunk)
        self.digest.update(chunk)
        if self.whole:
            self.content += chunk


class ScriptedAPI:
    """An in-process JoggAI API that answers from scripts and records what it was sent.

    Replies are looked up in this order: a script for the request's method and path
    (``on``), a script for its operationId (``on_operation``), the ``canned`` data of that
    operation (answered in an envelope), then ``fallback`` (by default: 404 "no such route"
    on the API's host, an empty 200 on any other host). A script's replies are used in
    order and the last one repeats.

    Request bodies reach the transport as the stream the SDK made (httpx.MockTransport would
    read them whole first). Each is read chunk by chunk; bodies to anything but an API
    operation (signed upload URLs, downloads) are kept in ``received``. ``request.content``
    stays readable for bodies up to ``keep_bodies`` bytes (None: all).
    """

    def __init__(
        self,
        clock: VirtualClock | None = None,
        *,
        canned: dict[str, Any] | None = None,
        key: str = KEY,
        base_url: str = BASE_URL,
        keep_bodies: int | None = Received.KEEP,
        **client_defaults: Any,
    ) -> None:
        self.clock = clock or VirtualClock()
        self.key = key
        self.base_url = base_url
        self.canned = canned or {}
        self.keep_bodies = keep_bodies
        self.client_defaults = client_defaults
        self.fallback: Callable[[httpx.Request], Reply] = self._no_such_route
        self.requests: list[httpx.Request] = []
        self.sent_at: list[float] = []
        self.received: list[Received] = []
        self._by_path: dict[tuple[str, str], list[Reply]] = {}
        self._by_operation: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()

    # Scripting ------------------------------------------------------------------------

    def on(self, method: str, path: str, *replies: Reply) -> ScriptedAPI:
        """Answers ``method`` ``path`` (any host) with ``replies``."""
        self._by_path[(method, path)] = list(replies)
        return self

    def on_operation(self, op_id: str, *replies: Reply) -> ScriptedAPI:
        """Answers the spec's operation ``op_id`` (on the API's host) with ``replies``."""
        self._by_operation[op_id] = list(replies)
        return self

    def _no_such_route(self, request: httpx.Request) -> Reply:
        if request.url.host == httpx.URL(self.base_url).host:
            return httpx.Response(404, json={"code": 10104, "msg": "no such route"})
        return httpx.Response(200)

    # Answering ------------------------------------------------------------------------

    def operation_of(self, request: httpx.Request) -> str | None:
        """The operationId a request was sent to (None for requests to other hosts)."""
        if request.url.host != httpx.URL(self.base_url).host:
            return None
        return operation_at(request.method, request.url.raw_path.decode().split("?")[0])

    def handler(self, request: httpx.Request) -> httpx.Response:
        received = Received(request.headers, self.keep_bodies)
        for chunk in request.stream:  # type: ignore[union-attr]
            received.add(chunk)
        return self._answer(request, received)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        received = Received(request.headers, self.keep_bodies)
        async for chunk in request.stream:  # type: ignore[union-attr]
            received.add(chunk)
        return self._answer(request, received)

    def _answer(self, request: httpx.Request, received: Received) -> httpx.Response:
        if received.whole:  # the stream is spent: let request.content read what came
            request.stream = httpx.ByteStream(received.content)
            request.read()
        op_id = self.operation_of(request)
        with self._lock:
            self.requests.append(request)
            self.sent_at.append(self.clock.monotonic())
            if op_id is None:
                self.received.append(received)
            reply = self._scripted(request, op_id)
        if callable(reply):
            reply = reply(request)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return httpx.Response(200, json=reply)

    def _scripted(self, request: httpx.Request, op_id: str | None) -> Reply:
        script = self._by_path.get((request.method, request.url.path))
        if not script and op_id is not None:
            script = self._by_operation.get(op_id)
            if not script and op_id in self.canned:
                return envelope(self.canned[op_id])
        if not script:
            return self.fallback
        return script.pop(0) if len(script) > 1 else script[0]

    # Clients --------------------------------------------------------------------------

    def sync_transport(self) -> httpx.BaseTransport:
        return _SyncTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _AsyncTransport(self)

    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        return {
            "api_key": self.key,
            "base_url": self.base_url,
            "clock": self.clock,
            **self.client_defaults,
            **options,
        }

    def sync_client(self, **options: Any) -> jogg.Jogg:
        http = httpx.Client(transport=self.sync_transport())
        return jogg.Jogg(http_client=http, **self._options(options))

    def async_client(self, **options: Any) -> jogg.AsyncJogg:
        http = httpx.AsyncClient(transport=self.async_transport())
        return jogg.AsyncJogg(http_client=http, **self._options(options))

    def client(self, flavor: str, **options: Any) -> Any:
        """A Jogg ("sync") or AsyncJogg ("async") wired to this API."""
        return self.sync_client(**options) if flavor == "sync" else self.async_client(**options)

    # What was sent --------------------------------------------------------------------

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]

    def operations(self) -> list[str | None]:
        return [self.operation_of(r) for r in self.requests]

    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        request = self.last()
        return json.loads(request.content) if request.content else None


class _SyncTransport(httpx.BaseTransport):
    def __init__(self, api: ScriptedAPI) -> None:
        self.api = api

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.api.handler(request)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, api: ScriptedAPI) -> None:
        self.api = api

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.api.async_handler(request)


def no_traffic() -> httpx.MockTransport:
    """A transport for clients a test builds but never uses: any request fails the test."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    return httpx.MockTransport(refuse)


# --------------------------------------------------------------------- sync or async


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
