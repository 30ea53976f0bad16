"""How requests reach the fake and replies leave it: in-process httpx, served HTTP, faults.

Everything here is about the wire: turning an ``httpx.Request`` (or a served request) into
an :class:`Incoming`, a :class:`Reply` back into an ``httpx.Response``, and making the
scripted faults happen (latency, dropped connections, error pages, cut bodies).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

from ._faults import Fault

if TYPE_CHECKING:
    from ._fake import FakeJogg
    from ._routing import Router


@dataclass
class Reply:
    """What the fake answers, before it is written as an httpx response or to a socket."""

    status: int
    headers: dict[str, str]
    body: bytes = b""
    length: int | None = None  # Content-Length to announce when it differs from len(body)
    truncate: bool = False
    drop: str | None = None


@dataclass
class Incoming:
    """One request as the fake sees it, whichever way it came in."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    content: bytes
    base: str


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def json_reply(
    code: int, msg: str, data: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Reply:
    """A reply in the API's envelope (``code``, ``msg``, ``data``, ``rid``)."""
    envelope = {"code": code, "msg": msg, "data": data, "rid": uuid.uuid4().hex}
    return Reply(
        status, {"Content-Type": "application/json", **(headers or {})}, json_bytes(envelope)
    )


# ------------------------------------------------------------------------ faults


def fault_instead(fault: Fault | None) -> Reply | None:
    """The reply a fault gives in place of processing the request, if it is that kind."""
    if fault is None:
        return None
    if fault.kind == "drop" and not fault.after:
        return Reply(0, {}, drop=fault.drop)
    if fault.kind == "fail":
        return _failure(fault)
    if fault.kind == "html":
        status = fault.status or 502
        page = (
            f"<html><head><title>{status} Bad Gateway</title></head><body>"
            f"<center><h1>{status} Bad Gateway</h1></center>"
            "<hr><center>nginx</center></body></html>"
        ).encode()
        return Reply(status, {"Content-Type": "text/html"}, page)
    return None


def fault_after(reply: Reply, fault: Fault | None) -> Reply:
    """Spoil a processed reply the way a fault that lets the request through says."""
    if fault is None:
        return reply
    if fault.kind == "drop":
        reply.drop = fault.drop
    elif fault.kind == "truncated_json":
        reply.body = reply.body[: max(1, len(reply.body) // 2)]
    elif fault.kind == "truncate_download":
        reply.truncate = True
    return reply


def _failure(fault: Fault) -> Reply:
    status = fault.status or 200
    code = fault.code
    if code is None:
        if status == 429:
            code = 429
        elif status == 401:
            code = 10105
        elif 400 <= status < 500:
            code = 40000
        else:
            code = 50000
    msg = fault.msg or {
        429: "rate limit exceeded",
        10105: "invalid api key",
        40000: "parameter error",
        50000: "system error",
    }.get(code, "error")
    headers: dict[str, str] = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = seconds_header(fault.retry_after)
    return json_reply(code, msg, None, status, headers)


def seconds_header(seconds: float) -> str:
    """``Retry-After`` text: whole seconds without a decimal point."""
    return str(int(seconds)) if float(seconds).is_integer() else str(seconds)


# ------------------------------------------------------------------------ httpx


class _TruncatedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that stops half way, as a connection cut mid-download does."""

    def __init__(self, part: bytes, request: httpx.Request) -> None:
        self._part = part
        self._request = request

    def _error(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (FakeJogg fault)",
            request=self._request,
        )

    def __iter__(self) -> Iterator[bytes]:
        yield self._part
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._part
        raise self._error()


class FakeTransport(httpx.MockTransport):
    """An httpx transport (sync and async) that hands every request to a FakeJogg."""

    def __init__(self, fake: FakeJogg) -> None:
        super().__init__(fake.handle)
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.fake.handle_async(request)


def _incoming(request: httpx.Request) -> Incoming:
    url = request.url
    return Incoming(
        method=request.method.upper(),
        path=url.path or "/",
        query=dict(url.params.multi_items()),
        headers={k.lower(): v for k, v in request.headers.multi_items()},
        content=request.content,
        base=f"{url.scheme}://{url.netloc.decode('ascii')}",
    )


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        value = timeout.get("read")
        if isinstance(value, int | float):
            return float(value)
    return None


def _to_httpx(reply: Reply, request: httpx.Request) -> httpx.Response:
    if reply.drop == "connect":
        raise httpx.ConnectError("connection refused (FakeJogg fault)", request=request)
    if reply.drop is not None:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response. (FakeJogg fault)", request=request
        )
    headers = dict(reply.headers)
    full = reply.length if reply.length is not None else len(reply.body)
    if reply.truncate:
        headers["Content-Length"] = str(full)
        return httpx.Response(
            reply.status,
            headers=headers,
            stream=_TruncatedStream(reply.body[: len(reply.body) // 2], request),
            request=request,
        )
    if reply.length is not None:
        headers["Content-Length"] = str(full)
    return httpx.Response(reply.status, headers=headers, content=reply.body, request=request)


def handle(router: Router, request: httpx.Request) -> httpx.Response:
    """Answer one httpx request in-process; a latency fault longer than the read timeout
    sleeps the timeout and raises ``httpx.ReadTimeout``, as a real socket would."""
    request.read()
    incoming = _incoming(request)
    latency, fault = router.admit(incoming)
    if latency is not None:
        timeout = _read_timeout(request)
        if timeout is not None and latency.seconds > timeout:
            time.sleep(timeout)
            raise httpx.ReadTimeout("timed out (FakeJogg latency fault)", request=request)
        time.sleep(latency.seconds)
    return _to_httpx(router.dispatch(incoming, fault), request)


async def handle_async(router: Router, request: httpx.Request) -> httpx.Response:
    """:func:`handle` for ``httpx.AsyncClient``: reads async bodies, sleeps without blocking."""
    await request.aread()
    incoming = _incoming(request)
    latency, fault = router.admit(incoming)
    if latency is not None:
        timeout = _read_timeout(request)
        if timeout is not None and latency.seconds > timeout:
            await asyncio.sleep(timeout)
            raise httpx.ReadTimeout("timed out (FakeJogg latency fault)", request=request)
        await asyncio.sleep(latency.seconds)
    return _to_httpx(router.dispatch(incoming, fault), request)


def serve_one(
    router: Router, method: str, url: str, headers: list[tuple[str, str]], content: bytes
) -> Reply:
    """The served mode's entrance (see ``_server``); the socket applies cuts and drops."""
    split = urlsplit(url)
    incoming = Incoming(
        method=method.upper(),
        path=unquote(split.path) or "/",
        query=dict(parse_qsl(split.query, keep_blank_values=True)),
        headers={k.lower(): v for k, v in headers},
        content=content,
        base=f"{split.scheme}://{split.netloc}",
    )
    latency, fault = router.admit(incoming)
    if latency is not None:
        time.sleep(latency.seconds)
    return router.dispatch(incoming, fault)
