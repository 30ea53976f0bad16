"""FakeJogg: a stateful in-memory fake of the JoggAI v2 API that speaks HTTP only."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import hmac
import ipaddress
import itertools
import json
import math
import re
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import httpx

from . import _seed as seed
from ._clock import Clock, ManualClock, resolve_clock
from ._faults import Fault, Faults
from ._jobs import (
    FILTER_CODES,
    KINDS,
    VIDEO_KINDS,
    Job,
    Phase,
    list_status,
    spell,
    status_code,
)
from ._params import Body, ParamError, Query
from ._records import Delivery, RecordedRequest, Upload

if TYPE_CHECKING:
    import jogg

DeliveryHook = Callable[[Delivery], object]

_MAX_ENDPOINTS = 20
_COSTS = {"15": 5.0, "30": 10.0, "60": 20.0}
_HIDDEN_HEADERS = frozenset({"x-api-key", "authorization", "cookie"})


class _ApiError(Exception):
    def __init__(self, code: int, msg: str, http_status: int = 200) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg
        self.http_status = http_status


@dataclass
class _Reply:
    status: int
    headers: dict[str, str]
    body: bytes = b""
    length: int | None = None  # Content-Length to announce when it differs from len(body)
    truncate: bool = False
    drop: str | None = None


@dataclass
class _Incoming:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    content: bytes
    base: str


@dataclass
class _Ctx:
    incoming: _Incoming
    args: dict[str, str]
    now: float

    @property
    def base(self) -> str:
        return self.incoming.base

    @property
    def query(self) -> Query:
        return Query(self.incoming.query)

    @functools.cached_property
    def body(self) -> Body:
        content = self.incoming.content
        if not content.strip():
            raise ParamError("body", "is required (a JSON object)")
        try:
            data = json.loads(content)
        except ValueError:
            raise ParamError("body", "is not valid JSON") from None
        return Body(data)


@dataclass
class _Endpoint:
    endpoint_id: str
    url: str
    secret: str
    status: str
    events: list[str]
    created_at: int

    def as_data(self) -> dict[str, Any]:
        return {
            "endpoint_id": self.endpoint_id,
            "url": self.url,
            "secret": self.secret,
            "status": self.status,
            "events": list(self.events),
            "username": seed.USER["username"],
            "created_at": self.created_at,
        }


@dataclass
class _PendingUpload:
    asset_id: int
    filename: str
    content_type: str
    signature: str
    asset_url: str = ""
    file_size: int | None = None


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    op: str


def _routes() -> list[_Route]:
    table = [
        ("POST", "/v2/create_lip_sync_video", "create_lip_sync"),
        ("GET", "/v2/lip_sync_video/{id}", "get_lip_sync"),
        ("POST", "/v2/ai_scripts", "create_script"),
        ("GET", "/v2/ai_scripts/results/{id}", "get_script"),
        ("GET", "/v2/avatar_video/{id}", "get_avatar_video"),
        ("GET", "/v2/avatars/public", "list_public_avatars"),
        ("GET", "/v2/avatars/custom", "list_custom_avatars"),
        ("GET", "/v2/avatars/photo_avatars", "list_photo_avatars"),
        ("GET", "/v2/avatars/product_avatars", "list_product_avatars"),
        ("POST", "/v2/create_video_from_avatar", "create_avatar_video"),
        ("POST", "/v2/create_video_from_product", "create_product_video"),
        ("POST", "/v2/create_video_from_product/preview_list", "create_previews"),
        ("POST", "/v2/create_video_from_product/render_single_preview", "render_preview"),
        ("POST", "/v2/create_video_with_template", "create_template_video"),
        ("GET", "/v2/musics", "list_musics"),
        ("GET", "/v2/photo_avatar", "get_photo_motion"),
        ("POST", "/v2/photo_avatar/add_motion", "create_photo_motion"),
        ("GET", "/v2/photo_avatar/photo", "get_photo"),
        ("POST", "/v2/photo_avatar/photo/generate", "create_photo"),
        ("POST", "/v2/product", "create_product"),
        ("PUT", "/v2/product", "update_product"),
        ("GET", "/v2/product_avatar", "get_product_motion"),
        ("POST", "/v2/product_avatar/add_motion", "create_product_motion"),
        ("POST", "/v2/product_avatar/generation", "create_product_images"),
        ("GET", "/v2/product_avatar/generation/{id}", "get_product_images"),
        ("GET", "/v2/product_previews", "list_previews"),
        ("GET", "/v2/product_video/{id}", "get_product_video"),
        ("GET", "/v2/product_videos", "list_product_videos"),
        ("GET", "/v2/template/custom/{id}", "get_custom_template"),
        ("GET", "/v2/template_video/{id}", "get_template_video"),
        ("GET", "/v2/template_videos", "list_template_videos"),
        ("GET", "/v2/templates", "list_templates"),
        ("GET", "/v2/templates/custom", "list_custom_templates"),
        ("POST", "/v2/upload/asset", "create_upload"),
        ("GET", "/v2/user/remaining_quota", "get_quota"),
        ("GET", "/v2/user/whoami", "whoami"),
        ("POST", "/v2/video_translate", "create_translation"),
        ("GET", "/v2/video_translate/target_languages", "list_target_languages"),
        ("GET", "/v2/video_translate/{id}", "get_translation"),
        ("GET", "/v2/visual_styles", "list_visual_styles"),
        ("GET", "/v2/voices", "list_voices"),
        ("GET", "/v2/voices/custom", "list_custom_voices"),
        ("GET", "/v2/endpoints", "list_endpoints"),
        ("POST", "/v2/endpoint", "create_endpoint"),
        ("PUT", "/v2/endpoint/{id}", "update_endpoint"),
        ("DELETE", "/v2/endpoint/{id}", "delete_endpoint"),
        ("GET", "/v2/events", "list_events"),
    ]
    return [
        _Route(method, re.compile("^" + path.replace("{id}", "(?P<id>[^/]+)") + "$"), op)
        for method, path, op in table
    ]


_ROUTES = _routes()


def _rid() -> str:
    return uuid.uuid4().hex


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _envelope(code: int, msg: str, data: Any) -> bytes:
    return _json_bytes({"code": code, "msg": msg, "data": data, "rid": _rid()})


def _json_reply(
    code: int, msg: str, data: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> _Reply:
    return _Reply(
        status,
        {"Content-Type": "application/json", **(headers or {})},
        _envelope(code, msg, data),
    )


def _rebase(value: Any, base: str) -> Any:
    """Fill the ``{base}`` placeholder of seed URLs with the request's own base URL."""
    if isinstance(value, str):
        return base + value[len(seed.B) :] if value.startswith(seed.B) else value
    if isinstance(value, dict):
        return {k: _rebase(v, base) for k, v in value.items()}
    if isinstance(value, list):
        return [_rebase(v, base) for v in value]
    return value


def _paginate(items: list[Any], page: int, size: int) -> tuple[list[Any], dict[str, int]]:
    total = len(items)
    start = (page - 1) * size
    return items[start : start + size], {
        "page": page,
        "page_size": size,
        "total_items": total,
        "total_pages": math.ceil(total / size) if total else 0,
    }


def _is_loopback(url: str) -> bool:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(body: Body, name: str, *, required: bool = False) -> str | None:
    value = body.text(name, required=required)
    if value is not None and urlsplit(value).scheme not in ("http", "https"):
        raise ParamError(body._name(name), "must be an http(s) URL")
    return value


def _b64_id(n: int) -> str:
    return base64.b64encode(str(n).encode()).decode().rstrip("=")


_FILE_TYPES = {
    ".mp4": ("video/mp4", None),
    ".webm": ("video/webm", None),
    ".mov": ("video/quicktime", None),
    ".jpg": ("image/jpeg", 4096),
    ".jpeg": ("image/jpeg", 4096),
    ".png": ("image/png", 4096),
    ".webp": ("image/webp", 4096),
    ".mp3": ("audio/mpeg", 32 * 1024),
    ".wav": ("audio/wav", 32 * 1024),
    ".srt": ("application/x-subrip", 0),
}

_MAGIC = {
    "video/mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff\xe0",
    "audio/mpeg": b"ID3\x04\x00",
}


@functools.lru_cache(maxsize=32)
def _file_bytes(path: str, size: int, content_type: str) -> bytes:
    """Deterministic bytes for a path: the same path and size always give the same bytes."""
    if content_type == "application/x-subrip":
        return b"1\n00:00:00,000 --> 00:00:02,000\nHello from FakeJogg.\n"
    magic = _MAGIC.get(content_type, b"")
    return (magic + hashlib.shake_256(path.encode()).digest(size))[:size]


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


class FakeJogg:
    """A stateful, in-memory fake of the JoggAI v2 API.

    It answers the 47 operations of the v2 API in the real envelope and keeps state.
    Reach it in-process through :meth:`client`, :meth:`async_client` or :meth:`transport`,
    or over loopback HTTP with :meth:`serve` (or ``python -m jogg.testing``).

    Jobs move ``pending -> processing -> completed``: pending for the first half of
    ``job_seconds`` after creation, processing for the second half, completed from then on
    (as read on ``clock``; see :meth:`advance`). :meth:`fail_job` and :meth:`complete_job`
    end a job early.

    ``api_key`` is the key clients must send in ``x-api-key``. ``rate_limit`` POSTs are
    allowed per ``rate_window`` seconds (None: no limit); refused POSTs do not count.
    Video-making POSTs spend ``remaining_quota`` (a 30 s product video costs 10) and get
    18020 when it runs out. Files under ``/files/`` (finished videos, covers, images) are
    ``video_size`` bytes for videos and need no key. ``delivery_timeout`` bounds each
    webhook POST.
    """

    def __init__(
        self,
        api_key: str = "fake-key",
        *,
        job_seconds: float = 2.0,
        clock: Clock | str | None = None,
        rate_limit: int | None = 20,
        rate_window: float = 60.0,
        video_size: int = 256 * 1024,
        webhook_secret: str | None = None,
        delivery_timeout: float = 2.0,
    ) -> None:
        self.api_key = api_key
        self.job_seconds = float(job_seconds)
        self.clock: Clock = resolve_clock(clock)
        self.rate_limit = rate_limit
        self.rate_window = float(rate_window)
        self.video_size = int(video_size)
        self.webhook_secret = webhook_secret or "whsec_" + secrets.token_hex(16)
        self.delivery_timeout = float(delivery_timeout)
        self.remaining_quota = 1000.0
        self.faults = Faults()
        self.requests: list[RecordedRequest] = []
        self.deliveries: list[Delivery] = []

        self._lock = threading.RLock()
        self._ids = itertools.count(544193680)
        self._avatar_ids = itertools.count(8001)
        self._asset_ids = itertools.count(12345)
        self._endpoint_ids = itertools.count(100000001)
        self._post_times: deque[float] = deque()
        self._jobs: dict[str, Job] = {}
        self._batches: dict[str, list[str]] = {}
        self._products: dict[str, dict[str, Any]] = {}
        self._endpoints: dict[str, _Endpoint] = {}
        self._pending_uploads: dict[int, _PendingUpload] = {}
        self._uploads: dict[int, Upload] = {}
        self._hooks: list[DeliveryHook] = []
        self._senders: list[threading.Thread] = []

    def __repr__(self) -> str:
        return f"<FakeJogg jobs={len(self._jobs)} job_seconds={self.job_seconds}>"

    # ----------------------------------------------------------------- public API

    def transport(self) -> FakeTransport:
        """An ``httpx.MockTransport`` for ``httpx.Client`` and ``httpx.AsyncClient`` alike."""
        return FakeTransport(self)

    def client(self, **kwargs: Any) -> jogg.Jogg:
        """A ``jogg.Jogg`` wired to this fake in-process (no socket)."""
        from jogg import Jogg

        self._share_manual_clock(kwargs)
        return Jogg(
            api_key=self.api_key,
            base_url="http://localhost",
            http_client=httpx.Client(transport=self.transport()),
            **kwargs,
        )

    def async_client(self, **kwargs: Any) -> jogg.AsyncJogg:
        """A ``jogg.AsyncJogg`` wired to this fake in-process (no socket)."""
        from jogg import AsyncJogg

        self._share_manual_clock(kwargs)
        return AsyncJogg(
            api_key=self.api_key,
            base_url="http://localhost",
            http_client=httpx.AsyncClient(transport=self.transport()),
            **kwargs,
        )

    def _share_manual_clock(self, kwargs: dict[str, Any]) -> None:
        """With a manual clock, the client's sleeps (retry backoff, polling) move the fake's
        time instead of waiting, so ``wait`` returns at once with the default schedule."""
        if isinstance(self.clock, ManualClock) and "clock" not in kwargs:
            kwargs["clock"] = _FakeTimeClock(self)

    @contextlib.contextmanager
    def serve(
        self, host: str = "127.0.0.1", port: int = 0, *, tick_interval: float = 0.1
    ) -> Iterator[str]:
        """Serve the fake over HTTP on loopback; yields the base URL (``http://127.0.0.1:PORT``).

        ``port=0`` picks a free port. While served, a background ticker observes finished
        jobs every ``tick_interval`` seconds, so webhooks go out without further requests.
        """
        from ._server import start_server

        server = start_server(self, host, port, tick_interval)
        try:
            yield server.url
        finally:
            server.close()

    def advance(self, seconds: float) -> None:
        """Move the manual clock forward, then deliver webhooks for jobs that ended."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs FakeJogg(clock='manual') or a ManualClock")
        self.clock.advance(seconds)
        self.tick()

    def tick(self) -> list[Delivery]:
        """Observe jobs that have ended since the last look and deliver their webhooks.

        The fake does this by itself at the start of every API request, after
        :meth:`advance`, :meth:`complete_job` and :meth:`fail_job`, and (when served) on a
        background ticker. Returns the deliveries made.
        """
        with self._lock:
            deliveries = self._observe_locked()
        self._dispatch_deliveries(deliveries)
        return deliveries

    def job_status(self, job_id: str) -> Phase:
        """A job's status now, as one of pending, processing, completed, failed."""
        with self._lock:
            return self._job(job_id).phase(self.clock(), self.job_seconds)

    def complete_job(self, job_id: str) -> None:
        """Finish a job (or every image of a product-avatar batch) successfully now; a job that
        has already completed stays as it is, one that failed raises ValueError."""
        self._force(job_id, "completed", None, None)

    def fail_job(
        self,
        job_id: str,
        code: str | int = "GENERATION_FAILED",
        message: str = "generation failed",
    ) -> None:
        """End a job (or every image of a batch) as failed now.

        Videos report the error as ``{code, message}``; images, motions and scripts report
        ``message`` as a plain string.
        """
        self._force(job_id, "failed", code, message)

    def on_delivery(self, hook: DeliveryHook) -> DeliveryHook:
        """Call ``hook(delivery)`` for every webhook delivery (usable as a decorator).

        Hooks run in the thread that observed the job's end, before any HTTP POST.
        """
        with self._lock:
            self._hooks.append(hook)
        return hook

    def flush_deliveries(self, timeout: float = 5.0) -> None:
        """Wait for the HTTP POSTs of deliveries to loopback URLs to finish."""
        deadline = time.monotonic() + timeout
        with self._lock:
            senders = list(self._senders)
        for thread in senders:
            thread.join(max(0.0, deadline - time.monotonic()))

    @property
    def uploads(self) -> dict[int | str, Upload]:
        """Uploaded files, keyed both by ``asset_id`` and by ``asset_url``."""
        with self._lock:
            out: dict[int | str, Upload] = {}
            for upload in self._uploads.values():
                out[upload.asset_id] = upload
                out[upload.asset_url] = upload
            return out

    # -------------------------------------------------------------- HTTP entrance

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the pure, in-process handler). Faults may raise httpx errors."""
        request.read()
        incoming = self._incoming(request)
        latency, fault = self._admit(incoming)
        if latency is not None:
            timeout = self._read_timeout(request)
            if timeout is not None and latency.seconds > timeout:
                time.sleep(timeout)
                raise httpx.ReadTimeout("timed out (FakeJogg latency fault)", request=request)
            time.sleep(latency.seconds)
        return self._to_httpx(self._dispatch(incoming, fault), request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        """:meth:`handle` for ``httpx.AsyncClient``: reads async bodies, sleeps without blocking."""
        await request.aread()
        incoming = self._incoming(request)
        latency, fault = self._admit(incoming)
        if latency is not None:
            timeout = self._read_timeout(request)
            if timeout is not None and latency.seconds > timeout:
                await asyncio.sleep(timeout)
                raise httpx.ReadTimeout("timed out (FakeJogg latency fault)", request=request)
            await asyncio.sleep(latency.seconds)
        return self._to_httpx(self._dispatch(incoming, fault), request)

    def _serve_one(
        self, method: str, url: str, headers: list[tuple[str, str]], content: bytes
    ) -> _Reply:
        """The served mode's entrance (see ``_server``)."""
        split = urlsplit(url)
        incoming = _Incoming(
            method=method.upper(),
            path=unquote(split.path) or "/",
            query=dict(parse_qsl(split.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in headers},
            content=content,
            base=f"{split.scheme}://{split.netloc}",
        )
        latency, fault = self._admit(incoming)
        if latency is not None:
            time.sleep(latency.seconds)
        return self._dispatch(incoming, fault)

    @staticmethod
    def _read_timeout(request: httpx.Request) -> float | None:
        timeout = request.extensions.get("timeout")
        if isinstance(timeout, dict):
            value = timeout.get("read")
            if isinstance(value, int | float):
                return float(value)
        return None

    @staticmethod
    def _incoming(request: httpx.Request) -> _Incoming:
        url = request.url
        return _Incoming(
            method=request.method.upper(),
            path=url.path or "/",
            query=dict(url.params.multi_items()),
            headers={k.lower(): v for k, v in request.headers.multi_items()},
            content=request.content,
            base=f"{url.scheme}://{url.netloc.decode('ascii')}",
        )

    def _admit(self, incoming: _Incoming) -> tuple[Fault | None, Fault | None]:
        parsed: Any = None
        if incoming.content and not incoming.path.startswith("/upload/"):
            try:
                parsed = json.loads(incoming.content)
            except ValueError:
                parsed = None
        record = RecordedRequest(
            method=incoming.method,
            path=incoming.path,
            query=dict(incoming.query),
            headers={k: v for k, v in incoming.headers.items() if k not in _HIDDEN_HEADERS},
            json=parsed,
            content_length=len(incoming.content),
            at=self.clock(),
        )
        with self._lock:
            self.requests.append(record)
        return self.faults.take(incoming.method, incoming.path)

    def _dispatch(self, incoming: _Incoming, fault: Fault | None) -> _Reply:
        if fault is not None:
            if fault.kind == "drop" and not fault.after:
                return _Reply(0, {}, drop=fault.drop)
            if fault.kind == "fail":
                return self._fault_reply(fault)
            if fault.kind == "html":
                page = (
                    f"<html><head><title>{fault.status} Bad Gateway</title></head><body>"
                    f"<center><h1>{fault.status} Bad Gateway</h1></center>"
                    "<hr><center>nginx</center></body></html>"
                ).encode()
                return _Reply(fault.status or 502, {"Content-Type": "text/html"}, page)
        try:
            reply, deliveries = self._process(incoming)
        except Exception as exc:  # a bug in the fake: say so rather than hang the client
            reply, deliveries = (
                _json_reply(50000, f"FakeJogg internal error: {type(exc).__name__}", None, 500),
                [],
            )
        self._dispatch_deliveries(deliveries)
        if fault is not None:
            if fault.kind == "drop":
                reply.drop = fault.drop
            elif fault.kind == "truncated_json":
                reply.body = reply.body[: max(1, len(reply.body) // 2)]
            elif fault.kind == "truncate_download":
                reply.truncate = True
        return reply

    @staticmethod
    def _fault_reply(fault: Fault) -> _Reply:
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
            ra = fault.retry_after
            headers["Retry-After"] = str(int(ra)) if float(ra).is_integer() else str(ra)
        return _json_reply(code, msg, None, status, headers)

    def _to_httpx(self, reply: _Reply, request: httpx.Request) -> httpx.Response:
        if reply.drop == "connect":
            raise httpx.ConnectError("connection refused (FakeJogg fault)", request=request)
        if reply.drop is not None:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response. (FakeJogg fault)",
                request=request,
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

    # ------------------------------------------------------------------ processing

    def _process(self, incoming: _Incoming) -> tuple[_Reply, list[Delivery]]:
        method, path = incoming.method, incoming.path
        if path.startswith("/files/") and method in ("GET", "HEAD"):
            return self._serve_file(incoming), []
        if path.startswith("/upload/") and method == "PUT":
            return self._receive_upload(incoming), []
        norm = path.rstrip("/") or "/"
        route, args, allowed = None, {}, False
        for candidate in _ROUTES:
            m = candidate.pattern.match(norm)
            if m is None:
                continue
            allowed = True
            if candidate.method == method:
                route, args = candidate, {k: unquote(v) for k, v in m.groupdict().items()}
                break
        if route is None:
            if allowed:
                return _json_reply(40000, f"method {method} not allowed on {norm}", None, 405), []
            return _json_reply(10104, f"no such path: {norm}", None, 404), []
        key = incoming.headers.get("x-api-key")
        if not key:
            return _json_reply(10105, "missing api key (x-api-key header)", None, 401), []
        if not hmac.compare_digest(key.encode(), self.api_key.encode()):
            return _json_reply(10105, "invalid api key", None), []
        with self._lock:
            deliveries = self._observe_locked()
            now = self.clock()
            extra_headers: dict[str, str] = {}
            if method == "POST" and self.rate_limit is not None:
                window = self._post_times
                while window and window[0] <= now - self.rate_window:
                    window.popleft()
                if len(window) >= self.rate_limit:
                    return _json_reply(429, "rate limit exceeded", None), deliveries
                window.append(now)
                extra_headers["X-RateLimit-Remaining"] = str(self.rate_limit - len(window))
            ctx = _Ctx(incoming, args, now)
            try:
                data = getattr(self, "_op_" + route.op)(ctx)
            except ParamError as exc:
                return _json_reply(40000, str(exc), None, headers=extra_headers), deliveries
            except _ApiError as exc:
                return (
                    _json_reply(exc.code, exc.msg, None, exc.http_status, extra_headers),
                    deliveries,
                )
            deliveries += self._observe_locked()
        return _json_reply(0, "success", data, headers=extra_headers), deliveries

    # ------------------------------------------------------------------- files

    def _serve_file(self, incoming: _Incoming) -> _Reply:
        path = incoming.path
        if path.startswith("/files/assets/"):
            parts = path.split("/")
            with self._lock:
                upload = self._uploads.get(int(parts[3])) if parts[3].isdigit() else None
            if upload is None:
                return _Reply(404, {"Content-Type": "text/plain"}, b"Not Found")
            body, ctype = upload.content, upload.content_type
        else:
            ext = path[path.rfind(".") :].lower() if "." in path.rsplit("/", 1)[-1] else ""
            ctype, size = _FILE_TYPES.get(ext, ("application/octet-stream", 4096))
            body = _file_bytes(path, self.video_size if size is None else size, ctype)
        headers = {
            "Content-Type": ctype,
            "Accept-Ranges": "bytes",
            "ETag": '"' + hashlib.md5(body).hexdigest() + '"',
        }
        status = 200
        rng = incoming.headers.get("range", "")
        m = re.fullmatch(r"bytes=(\d*)-(\d*)", rng.strip())
        if m and (m.group(1) or m.group(2)) and body:
            if m.group(1):
                start = int(m.group(1))
                end = int(m.group(2)) if m.group(2) else len(body) - 1
            else:
                start, end = max(0, len(body) - int(m.group(2))), len(body) - 1
            end = min(end, len(body) - 1)
            if start >= len(body) or start > end:
                headers["Content-Range"] = f"bytes */{len(body)}"
                return _Reply(416, headers, b"")
            headers["Content-Range"] = f"bytes {start}-{end}/{len(body)}"
            body, status = body[start : end + 1], 206
        if incoming.method == "HEAD":
            return _Reply(status, headers, b"", length=len(body))
        return _Reply(status, headers, body)

    def _receive_upload(self, incoming: _Incoming) -> _Reply:
        def denied(code: str, message: str, status: int = 403) -> _Reply:
            xml = (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
            ).encode()
            return _Reply(status, {"Content-Type": "application/xml"}, xml)

        parts = incoming.path.split("/")
        asset_id = int(parts[2]) if len(parts) > 3 and parts[2].isdigit() else None
        with self._lock:
            pending = self._pending_uploads.get(asset_id) if asset_id is not None else None
            if pending is None:
                return denied("NoSuchUpload", "The upload does not exist.", 404)
            if not hmac.compare_digest(
                incoming.query.get("X-Jogg-Signature", ""), pending.signature
            ):
                return denied("SignatureDoesNotMatch", "The signature does not match.")
            ctype = incoming.headers.get("content-type", "")
            if ctype.strip().lower() != pending.content_type.strip().lower():
                return denied(
                    "SignatureDoesNotMatch",
                    "The Content-Type of the PUT differs from the one the URL was signed for.",
                )
            upload = Upload(
                asset_id=pending.asset_id,
                filename=pending.filename,
                content_type=pending.content_type,
                asset_url=pending.asset_url,
                content=incoming.content,
            )
            self._uploads[pending.asset_id] = upload
        etag = '"' + hashlib.md5(incoming.content).hexdigest() + '"'
        return _Reply(200, {"ETag": etag}, b"")

    # ------------------------------------------------------------------- jobs

    def _new_id(self) -> str:
        return _b64_id(next(self._ids))

    def _add_job(
        self,
        ctx: _Ctx,
        kind: str,
        params: dict[str, Any],
        *,
        job_id: str | None = None,
        webhook_url: str | None = None,
        **extra: Any,
    ) -> Job:
        job = Job(
            id=job_id or self._new_id(),
            kind=kind,
            created_wall=time.time(),
            started=ctx.now,
            base=ctx.base,
            params=params,
            webhook_url=webhook_url,
            extra=dict(extra),
        )
        self._jobs[job.id] = job
        return job

    def _job(self, job_id: str, kind: str | None = None) -> Job:
        job = self._jobs.get(job_id)
        if job is None or (kind is not None and job.kind != kind):
            raise KeyError(job_id) if kind is None else _ApiError(10104, "record not found")
        return job

    def _get(self, ctx: _Ctx, kind: str, job_id: str) -> tuple[Job, Phase]:
        job = self._jobs.get(job_id)
        if job is None or job.kind != kind:
            raise _ApiError(10104, "record not found")
        return job, job.phase(ctx.now, self.job_seconds)

    def _force(
        self, job_id: str, phase: Phase, code: str | int | None, message: str | None
    ) -> None:
        with self._lock:
            ids = self._batches.get(job_id) or [job_id]
            jobs = [self._job(i) for i in ids]
            now = self.clock()
            for job in jobs:
                current = job.phase(now, self.job_seconds)
                # Completing a completed job is a no-op (tests racing a short job_seconds
                # need not care); turning an ended job into the other outcome is an error.
                if current in ("completed", "failed") and len(ids) == 1 and current != phase:
                    raise ValueError(f"job {job_id} has already {current}")
            for job in jobs:
                if job.phase(now, self.job_seconds) in ("completed", "failed"):
                    continue
                job.forced, job.forced_wall = phase, time.time()
                if code is not None:
                    job.error_code = code
                if message is not None:
                    job.error_message = message
        self.tick()

    def _charge(self, cost: float) -> float:
        if self.remaining_quota < cost:
            raise _ApiError(18020, "insufficient credit")
        self.remaining_quota -= cost
        return cost

    def _media_urls(self, job: Job, base: str) -> dict[str, str]:
        return {
            "video_url": f"{base}/files/videos/{job.id}.mp4",
            "cover_url": f"{base}/files/covers/{job.id}.jpg",
        }

    def _video_error(self, job: Job) -> dict[str, Any]:
        return {"code": job.error_code, "message": job.error_message}

    # ---------------------------------------------------------------- webhooks

    def _observe_locked(self) -> list[Delivery]:
        now = self.clock()
        out: list[Delivery] = []
        for job in self._jobs.values():
            if job.notified:
                continue
            phase = job.phase(now, self.job_seconds)
            if phase not in ("completed", "failed"):
                continue
            job.notified = True
            out.extend(self._deliveries_for(job, phase))
        return out

    def _webhook_data(self, job: Job, phase: Phase) -> dict[str, Any]:
        ok = phase == "completed"
        status = spell(job.kind, phase)
        if job.kind in VIDEO_KINDS:
            urls = self._media_urls(job, job.base)
            return {
                "video_id": job.id,
                "status": status,
                "video_url": urls["video_url"] if ok else "",
                "cover_url": urls["cover_url"] if ok else "",
                "duration": job.extra.get("duration", 30) if ok else 0,
                "error": None if ok else self._video_error(job),
            }
        data: dict[str, Any]
        if job.kind == "script":
            data = {"task_id": job.id}
        elif job.kind == "photo":
            data = {"photo_id": job.id, "image_url_list": self._photo_urls(job) if ok else []}
        elif job.kind == "product_image":
            data = {
                "batch_id": job.extra["batch_id"],
                "generation_id": job.id,
                "url": f"{job.base}/files/images/{job.id}.png" if ok else "",
            }
        else:
            data = {
                "motion_id": job.id,
                "avatar_id": job.extra["avatar_id"],
                "motion_preview_url": f"{job.base}/files/motions/{job.id}.mp4" if ok else "",
            }
        data["status"] = status
        data["error"] = None if ok else job.error_message
        return data

    def _deliveries_for(self, job: Job, phase: Phase) -> list[Delivery]:
        stem = KINDS[job.kind][0]
        if stem is None:
            return []
        event = f"{stem}_{'success' if phase == 'completed' else 'failed'}"
        targets: list[tuple[str, str, str | None]] = []
        if job.webhook_url:
            targets.append((job.webhook_url, self.webhook_secret, None))
        for ep in self._endpoints.values():
            if ep.status == "enabled" and event in ep.events:
                targets.append((ep.url, ep.secret, ep.endpoint_id))
        if not targets:
            return []
        body = _json_bytes(
            {
                "event": event,
                "timestamp": int(time.time()),
                "data": self._webhook_data(job, phase),
                "event_id": "evt_" + uuid.uuid4().hex,
            }
        )
        out = []
        for url, secret, endpoint_id in targets:
            signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
            headers = {
                "Content-Type": "application/json",
                "User-Agent": "JoggAI-Webhook (FakeJogg)",
                "X-Webhook-Event": event,
                "X-Webhook-Signature": signature,
            }
            out.append(Delivery(url, event, headers, body, endpoint_id))
        return out

    def _dispatch_deliveries(self, deliveries: list[Delivery]) -> None:
        if not deliveries:
            return
        with self._lock:
            self.deliveries.extend(deliveries)
            hooks = list(self._hooks)
        for delivery in deliveries:
            for hook in hooks:
                hook(delivery)
            if _is_loopback(delivery.url):
                delivery.sent = True
                thread = threading.Thread(
                    target=self._post_delivery, args=(delivery,), daemon=True, name="fake-webhook"
                )
                with self._lock:
                    self._senders = [t for t in self._senders if t.is_alive()]
                    self._senders.append(thread)
                thread.start()
            else:
                delivery.error = "not sent: only loopback URLs receive real HTTP deliveries"

    def _post_delivery(self, delivery: Delivery) -> None:
        try:
            with httpx.Client(trust_env=False, timeout=self.delivery_timeout) as client:
                response = client.post(
                    delivery.url, content=delivery.body, headers=delivery.headers
                )
            delivery.status_code = response.status_code
        except Exception as exc:
            delivery.error = f"{type(exc).__name__}: {exc}"

    # ---------------------------------------------------------- checks shared by ops

    def _avatar_exists(self, avatar_type: int, avatar_id: int) -> bool:
        if avatar_type == 0:
            return any(a["id"] == avatar_id for a in seed.PUBLIC_AVATARS)
        own = {a["id"] for a in seed.CUSTOM_AVATARS} | {a["id"] for a in seed.PHOTO_AVATARS}
        own |= {a["avatar_id"] for a in seed.PRODUCT_AVATARS}
        own |= {
            j.extra["avatar_id"]
            for j in self._jobs.values()
            if j.kind in ("photo_motion", "product_motion")
        }
        return avatar_id in own

    def _check_script_style(self, body: Body, name: str, *, required: bool) -> str | None:
        style = body.text(name, required=required)
        if style is None:
            return None
        for known in seed.SCRIPT_STYLES:
            if known.casefold() == style.casefold():
                return known
        raise ParamError(
            body._name(name), "must be one of " + ", ".join(repr(s) for s in seed.SCRIPT_STYLES)
        )

    def _product_video_settings(self, body: Body) -> dict[str, Any]:
        spec = body.req_obj("video_spec")
        length = spec.req_text("length", enum=["15", "30", "60"])
        aspect = spec.text("aspect_ratio", enum=["portrait", "landscape", "square"]) or "landscape"
        spec.flag("caption")
        name = spec.text("name")
        avatar = body.req_obj("avatar")
        avatar_id = avatar.req_integer("id")
        avatar_type = avatar.integer("type", enum=[0, 1]) or 0
        voice = body.obj("voice")
        voice_id = voice.text("id") if voice is not None else None
        audio = body.obj("audio")
        music_id = audio.integer("music_id", minimum=0) if audio is not None else None
        script = body.req_obj("script")
        style = self._check_script_style(script, "style", required=True)
        language = script.text("language") or body.text("language")
        if language is None:
            raise ParamError("script.language", "is required")
        body.text("override_script")
        if not self._avatar_exists(avatar_type, avatar_id):
            raise _ApiError(10104, f"avatar {avatar_id} not found")
        if music_id and not any(m["id"] == music_id for m in seed.MUSICS):
            raise _ApiError(10104, f"music {music_id} not found")
        return {
            "length": length,
            "aspect_ratio": aspect,
            "name": name,
            "avatar_id": avatar_id,
            "voice_id": voice_id,
            "music_id": music_id,
            "script_style": style,
            "language": language,
        }

    def _product(self, product_id: str) -> dict[str, Any]:
        product = self._products.get(product_id)
        if product is None:
            raise _ApiError(10104, f"product {product_id} not found")
        return product

    @staticmethod
    def _visual_style_known(name: str) -> bool:
        return any(s[1].casefold() == name.casefold() for s in seed.VISUAL_STYLES)

    # ---------------------------------------------------------------- operations

    def _op_create_lip_sync(self, ctx: _Ctx) -> Any:
        b = ctx.body
        _check_url(b, "video_url", required=True)
        _check_url(b, "audio_url", required=True)
        b.text("playback_type", enum=["normal", "normal_reverse", "normal_reverse_by_audio"])
        cost = self._charge(5.0)
        job = self._add_job(
            ctx,
            "lip_sync",
            dict(b.data),
            job_id=str(uuid.uuid4()),
            webhook_url=_check_url(b, "webhook_url"),
            duration=12.5,
            cost=cost,
        )
        return {"task_id": job.id, "status": spell("lip_sync", "pending")}

    def _op_get_lip_sync(self, ctx: _Ctx) -> Any:
        job, phase = self._get(ctx, "lip_sync", ctx.args["id"])
        data: dict[str, Any] = {
            "task_id": job.id,
            "status": spell(job.kind, phase),
            "created_at": int(job.created_wall),
            "data": None,
            "error": None,
        }
        if phase in ("completed", "failed"):
            data["completed_at"] = job.completed_wall(self.job_seconds)
        if phase == "completed":
            urls = self._media_urls(job, ctx.base)
            data["data"] = {
                "result_url": urls["video_url"],
                "cover_url": urls["cover_url"],
                "duration_seconds": job.extra["duration"],
            }
        elif phase == "failed":
            data["error"] = {"code": job.error_code, "message": job.error_message}
        return data

    def _op_create_script(self, ctx: _Ctx) -> Any:
        b = ctx.body
        language = b.req_text("language", enum=seed.SCRIPT_LANGUAGES)
        b.req_text("video_length_seconds", enum=["15", "30", "60"])
        style = self._check_script_style(b, "script_style", required=True)
        info = b.req_obj("product_info")
        source = info.req_text("source_type", enum=["id", "details"])
        data = info.req_obj("data")
        if source == "id":
            product = self._product(data.req_text("id"))
            name = product.get("name") or "your product"
        else:
            name = data.req_text("name")
            data.req_text("description")
        b.text("target_audience")
        job = self._add_job(
            ctx,
            "script",
            dict(b.data),
            job_id="task_" + uuid.uuid4().hex[:16],
            webhook_url=_check_url(b, "webhook_url"),
            style=style,
            product_name=name,
            language=language,
        )
        return {"task_id": job.id}

    def _op_get_script(self, ctx: _Ctx) -> Any:
        job, phase = self._get(ctx, "script", ctx.args["id"])
        data: dict[str, Any] = {"task_id": job.id, "status": spell(job.kind, phase)}
        if phase == "completed":
            name = job.extra["product_name"]
            others = [s for s in seed.SCRIPT_STYLES if s != job.extra["style"]]
            styles = [job.extra["style"], *others[:2]]
            data["data"] = {
                "generated_scripts": [
                    {
                        "script_style": style,
                        "script_paragraphs": [
                            f"Meet {name}.",
                            f"{style}: here is why people love {name}.",
                            f"Get {name} today.",
                        ],
                    }
                    for style in styles
                ]
            }
        elif phase == "failed":
            data["err_msg"] = job.error_message
        return data

    def _op_get_avatar_video(self, ctx: _Ctx) -> Any:
        job, phase = self._get(ctx, "avatar_video", ctx.args["id"])
        ok = phase == "completed"
        urls = self._media_urls(job, ctx.base)
        data: dict[str, Any] = {
            "video_id": job.id,
            "status": spell(job.kind, phase),
            "video_url": urls["video_url"] if ok else "",
            "cover_url": urls["cover_url"] if ok else "",
            "duration": job.extra["duration"] if ok else 0,
            "created_at": int(job.created_wall),
        }
        if phase == "failed":
            data["error"] = self._video_error(job)
        return data

    def _op_list_public_avatars(self, ctx: _Ctx) -> Any:
        q = ctx.query
        page, size = q.page()
        aspect = q.text("aspect_ratio", enum=["portrait", "landscape", "square"])
        filters = {
            "style": q.text("style", enum=["professional", "social"]),
            "gender": q.text("gender", enum=["female", "male"]),
            "age": q.text("age", enum=["adult", "senior", "young_adult"]),
            "scene": q.text(
                "scene",
                enum=[
                    "lifestyle",
                    "outdoors",
                    "business",
                    "studio",
                    "health_fitness",
                    "education",
                    "news",
                ],
            ),
            "ethnicity": q.text(
                "ethnicity",
                enum=[
                    "european",
                    "african",
                    "south_asian",
                    "east_asian",
                    "middle_eastern",
                    "south_american",
                    "north_american",
                ],
            ),
        }
        items = [
            a
            for a in seed.PUBLIC_AVATARS
            if (aspect is None or a["aspect_ratio"] == seed.ASPECT_CODES[aspect])
            and all(v is None or a[k] == v for k, v in filters.items())
        ]
        chunk, pagination = _paginate(items, page, size)
        return {"avatars": _rebase(chunk, ctx.base), "pagination": pagination}

    def _op_list_custom_avatars(self, ctx: _Ctx) -> Any:
        q = ctx.query
        page, size = q.page()
        name = q.text("name")
        status = q.text("status", enum=["processing", "completed", "failed"])
        items = [
            a
            for a in seed.CUSTOM_AVATARS
            if (name is None or name.casefold() in a["name"].casefold())
            and (status is None or a["avatar_status"] == status)
        ]
        chunk, pagination = _paginate(items, page, size)
        return {"avatars": _rebase(chunk, ctx.base), "pagination": pagination}

    def _op_list_photo_avatars(self, ctx: _Ctx) -> Any:
        q = ctx.query
        page, size = q.page()
        name = q.text("name")
        status = q.text("status", enum=["processing", "completed", "failed"])
        items = list(seed.PHOTO_AVATARS)
        for job in self._jobs.values():
            if job.kind == "photo_motion":
                phase = job.phase(ctx.now, self.job_seconds)
                items.append(
                    {
                        "id": job.extra["avatar_id"],
                        "name": job.params.get("name", ""),
                        "cover_url": job.params.get("image_url", ""),
                        "status": status_code(phase),
                        "fail_msg": job.error_message if phase == "failed" else "",
                    }
                )
        wanted = {"processing": 0, "completed": 1, "failed": 2}.get(status or "")
        items = [
            a
            for a in items
            if (name is None or name.casefold() in a["name"].casefold())
            and (wanted is None or a["status"] == wanted)
        ]
        chunk, pagination = _paginate(items, page, size)
        return {"avatars": _rebase(chunk, ctx.base), "pagination": pagination}

    def _op_list_product_avatars(self, ctx: _Ctx) -> Any:
        aspect = ctx.query.text("aspect_ratio", enum=["portrait", "landscape"])
        items = list(seed.PRODUCT_AVATARS)
        for job in self._jobs.values():
            if job.kind == "product_motion":
                phase = job.phase(ctx.now, self.job_seconds)
                items.append(
                    {
                        "avatar_id": job.extra["avatar_id"],
                        "name": job.params.get("name", ""),
                        "cover_url": f"{seed.B}/files/images/{job.extra['generation_id']}.png",
                        "status": status_code(phase),
                        "fail_msg": job.error_message if phase == "failed" else "",
                        "avatar_url": f"{seed.B}/files/motions/{job.id}.mp4"
                        if phase == "completed"
                        else "",
                        "aspect_ratio": seed.ASPECT_CODES[job.extra["aspect_ratio"]],
                        "gender": "female",
                    }
                )
        if aspect is not None:
            items = [a for a in items if a["aspect_ratio"] == seed.ASPECT_CODES[aspect]]
        return {"product_avatars": _rebase(items, ctx.base)}

    def _op_create_avatar_video(self, ctx: _Ctx) -> Any:
        b = ctx.body
        avatar = b.req_obj("avatar")
        avatar_type = avatar.req_integer("avatar_type", enum=[0, 1])
        avatar_id = avatar.req_integer("avatar_id")
        voice = b.req_obj("voice")
        kind = voice.req_text("type", enum=["script", "audio"])
        voice.req_text("voice_id")
        if kind == "script":
            voice.req_text("script")
        else:
            _check_url(voice, "audio_url", required=True)
        b.req_text("aspect_ratio", enum=["portrait", "landscape", "square"])
        b.req_integer("screen_style", enum=[1, 2, 3])
        b.flag("caption")
        name = b.text("video_name")
        webhook_url = _check_url(b, "webhook_url")
        if not self._avatar_exists(avatar_type, avatar_id):
            raise _ApiError(10104, f"avatar {avatar_id} not found")
        cost = self._charge(5.0)
        job = self._add_job(
            ctx,
            "avatar_video",
            dict(b.data),
            webhook_url=webhook_url,
            duration=20,
            name=name or "Avatar video",
            cost=cost,
        )
        return {"video_id": job.id}

    def _op_create_product_video(self, ctx: _Ctx) -> Any:
        b = ctx.body
        product = self._product(b.req_text("product_id"))
        style = b.text("visual_style")
        if style is not None and not self._visual_style_known(style):
            raise ParamError("visual_style", f"is not a known visual style: {style!r}")
        settings = self._product_video_settings(b)
        webhook_url = _check_url(b, "webhook_url")
        cost = self._charge(_COSTS[settings["length"]])
        job = self._add_job(
            ctx,
            "product_video",
            dict(b.data),
            webhook_url=webhook_url,
            duration=int(settings["length"]),
            title=settings["name"] or product.get("name") or "Product video",
            cost=cost,
            visual_style=style,
        )
        return {"video_id": job.id, "status": spell("product_video", "pending")}

    def _op_create_previews(self, ctx: _Ctx) -> Any:
        b = ctx.body
        product = self._product(b.req_text("product_id"))
        styles = b.texts("visual_styles", required=True, nonempty=True)
        settings = self._product_video_settings(b)
        webhook_url = _check_url(b, "webhook_url")
        previews: list[dict[str, Any]] = []
        list_id = "pl_" + uuid.uuid4().hex[:16]
        for style in styles:
            if not self._visual_style_known(style):
                previews.append({"visual_style": style, "err_msg": "unknown visual style"})
                continue
            job = self._add_job(
                ctx,
                "preview",
                dict(b.data),
                webhook_url=webhook_url,
                duration=int(settings["length"]),
                title=f"{settings['name'] or product.get('name') or 'Preview'} ({style})",
                visual_style=style,
                preview_list_id=list_id,
                settings=settings,
            )
            previews.append({"visual_style": style, "preview_id": job.id})
        return {"previews": previews, "preview_list_id": list_id}

    def _op_render_preview(self, ctx: _Ctx) -> Any:
        preview_id = ctx.body.req_text("preview_id")
        preview = self._jobs.get(preview_id)
        if preview is None or preview.kind != "preview":
            raise _ApiError(10104, f"preview {preview_id} not found")
        cost = self._charge(_COSTS[preview.extra["settings"]["length"]])
        job = self._add_job(
            ctx,
            "product_video",
            dict(preview.params),
            webhook_url=preview.webhook_url,
            duration=preview.extra["duration"],
            title=preview.extra["title"],
            cost=cost,
            visual_style=preview.extra["visual_style"],
            preview_id=preview_id,
        )
        return {"video_id": job.id, "status": spell("product_video", "pending")}

    def _op_create_template_video(self, ctx: _Ctx) -> Any:
        b = ctx.body
        template_id = b.req_integer("template_id")
        b.req_text("voice_language")
        variables = b.objs("variables", required=True)
        webhook_url = _check_url(b, "webhook_url")
        for var in variables:
            vtype = var.req_text("type", enum=["text", "image", "video", "script"])
            var.req_text("name")
            props = var.req_obj("properties")
            if vtype in ("text", "script"):
                props.req_text("content")
            else:
                url = _check_url(props, "url")
                asset_id = props.integer("asset_id")
                if url is None and asset_id is None and not props.text("content"):
                    raise ParamError(props._name("url"), "or asset_id is required")
            webhook_url = webhook_url or _check_url(props, "webhook_url")
        name = b.text("video_name")
        b.integer("avatar_id")
        b.integer("avatar_type", enum=[0, 1])
        b.text("voice_id")
        b.flag("captions_enabled")
        b.integer("background_music_id")
        for flag in ("disable_random_trans", "disable_random_moving", "disable_trans"):
            b.flag(flag)
        b.flag("disable_moving")
        templates = seed.INDEX_TEMPLATES + seed.CUSTOM_TEMPLATES
        template = next((t for t in templates if t["id"] == template_id), None)
        if template is None:
            raise _ApiError(10104, f"template {template_id} not found")
        cost = self._charge(5.0)
        job = self._add_job(
            ctx,
            "template_video",
            dict(b.data),
            webhook_url=webhook_url,
            duration=30.5,
            name=name or template["name"],
            cost=cost,
        )
        return {"video_id": job.id}

    def _op_list_musics(self, ctx: _Ctx) -> Any:
        page, size = ctx.query.page()
        chunk, pagination = _paginate(list(seed.MUSICS), page, size)
        return {"music": _rebase(chunk, ctx.base), "pagination": pagination}

    def _motion_data(self, ctx: _Ctx, kind: str) -> Any:
        motion_id = ctx.query.req_text("motion_id")
        job, phase = self._get(ctx, kind, motion_id)
        ok = phase == "completed"
        image_url = job.params.get("image_url") or f"{ctx.base}/files/images/{job.id}.png"
        if kind == "product_motion":
            image_url = f"{ctx.base}/files/images/{job.extra['generation_id']}.png"
        return {
            "motion_id": job.id,
            "avatar_id": job.extra["avatar_id"],
            "image_url": image_url,
            "name": job.params.get("name", ""),
            "status": spell(kind, phase),
            "motion_preview_url": f"{ctx.base}/files/motions/{job.id}.mp4" if ok else None,
            "voice_id": job.params.get("voice_id", ""),
            "error_msg": job.error_message if phase == "failed" else None,
        }

    def _op_get_photo_motion(self, ctx: _Ctx) -> Any:
        return self._motion_data(ctx, "photo_motion")

    def _op_create_photo_motion(self, ctx: _Ctx) -> Any:
        b = ctx.body
        _check_url(b, "image_url", required=True)
        b.req_text("name")
        b.req_text("voice_id")
        b.req_text("model", enum=["1.0", "2.0", "2.0-Pro", "3.0"])
        photo_id = b.text("photo_id")
        b.text("description")
        b.text("welcome_msg")
        if photo_id is not None and (
            photo_id not in self._jobs or self._jobs[photo_id].kind != "photo"
        ):
            raise _ApiError(10104, f"photo {photo_id} not found")
        job = self._add_job(
            ctx,
            "photo_motion",
            dict(b.data),
            job_id="motion_" + uuid.uuid4().hex[:16],
            webhook_url=_check_url(b, "webhook_url"),
            avatar_id=next(self._avatar_ids),
        )
        return {
            "avatar_id": job.extra["avatar_id"],
            "motion_id": job.id,
            "status": spell(job.kind, "pending"),
        }

    def _photo_urls(self, job: Job) -> list[str]:
        return [f"{job.base}/files/images/{job.id}-{i}.png" for i in range(1, 5)]

    def _op_get_photo(self, ctx: _Ctx) -> Any:
        job, phase = self._get(ctx, "photo", ctx.query.req_text("photo_id"))
        ok = phase == "completed"
        return {
            "photo_id": job.id,
            "status": spell(job.kind, phase),
            "image_url_list": [u.replace(job.base, ctx.base, 1) for u in self._photo_urls(job)]
            if ok
            else [],
            "image_key_list": [f"{job.id}-{i}" for i in range(1, 5)] if ok else [],
            "msg": job.error_message if phase == "failed" else None,
        }

    def _op_create_photo(self, ctx: _Ctx) -> Any:
        b = ctx.body
        b.req_text("age", enum=["Teenager", "Young adult", "Adult", "Elderly"])
        b.req_text("avatar_style", enum=["Professional", "Social"])
        b.req_text("gender", enum=["Female", "Male"])
        b.req_text("model", enum=["classic", "modern"])
        b.req_text("aspect_ratio", enum=["portrait", "landscape", "square"])
        b.text(
            "ethnicity",
            enum=[
                "European",
                "African",
                "South Asian",
                "East Asian",
                "Middle Eastern",
                "South American",
                "North American",
            ],
        )
        b.text("background")
        b.text("appearance")
        _check_url(b, "image_url")
        job = self._add_job(
            ctx,
            "photo",
            dict(b.data),
            job_id="photo_" + uuid.uuid4().hex[:16],
            webhook_url=_check_url(b, "webhook_url"),
        )
        return {"photo_id": job.id}

    @staticmethod
    def _media(body: Body) -> list[dict[str, Any]] | None:
        if body.array("media") is None:
            return None
        media = []
        for item in body.objs("media"):
            media.append(
                {
                    "type": item.req_integer("type", enum=[1, 2]),
                    "name": item.text("name") or "",
                    "url": _check_url(item, "url", required=True),
                    "description": item.text("description") or "",
                }
            )
        return media

    def _op_create_product(self, ctx: _Ctx) -> Any:
        b = ctx.body
        url = _check_url(b, "url")
        name = b.text("name")
        if url is None and (name is None or not name.strip()):
            raise ParamError("url", "or name is required")
        description = b.text("description")
        audience = b.text("target_audience")
        media = self._media(b)
        product_id = self._new_id()
        if url is not None:
            slug = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
            words = re.sub(r"\.[a-z0-9]+$", "", slug).replace("-", " ").replace("_", " ").split()
            crawled = " ".join(w.capitalize() for w in words) or "Crawled Product"
            name = name or crawled
            description = description or (
                f"{crawled} — the page's highlights: durable build, thoughtful design and "
                "a price that makes sense."
            )
            audience = audience or "Online shoppers looking for a better everyday product"
            if media is None:
                media = [
                    {
                        "type": 1,
                        "name": "main.jpg",
                        "url": f"{seed.B}/files/products/{product_id}/main.jpg",
                        "description": "Main product image",
                    },
                    {
                        "type": 1,
                        "name": "detail.jpg",
                        "url": f"{seed.B}/files/products/{product_id}/detail.jpg",
                        "description": "Detail shot",
                    },
                ]
        product = {
            "product_id": product_id,
            "url": url or "",
            "name": name or "",
            "description": description or "",
            "target_audience": audience or "",
            "media": media or [],
        }
        self._products[product_id] = product
        return _rebase(product, ctx.base)

    def _op_update_product(self, ctx: _Ctx) -> Any:
        b = ctx.body
        product = self._product(b.req_text("product_id"))
        changes: dict[str, Any] = {}
        for name in ("name", "description", "target_audience"):
            value = b.text(name)
            if value is not None:
                changes[name] = value
        media = self._media(b)
        if media is not None:
            changes["media"] = media
        product.update(changes)
        return _rebase(product, ctx.base)

    def _op_get_product_motion(self, ctx: _Ctx) -> Any:
        return self._motion_data(ctx, "product_motion")

    def _op_create_product_motion(self, ctx: _Ctx) -> Any:
        b = ctx.body
        generation_id = b.req_text("generation_id")
        name = b.req_text("name")
        b.req_text("voice_id")
        b.req_text("description")
        b.integer("model", minimum=0, maximum=2)
        aspect = b.text("aspect_ratio", enum=["portrait", "landscape", "square"]) or "portrait"
        generation = self._jobs.get(generation_id)
        if generation is None or generation.kind != "product_image":
            raise _ApiError(10104, f"generation {generation_id} not found")
        job = self._add_job(
            ctx,
            "product_motion",
            dict(b.data),
            job_id="motion_" + uuid.uuid4().hex[:16],
            webhook_url=_check_url(b, "webhook_url"),
            avatar_id=next(self._avatar_ids),
            generation_id=generation_id,
            aspect_ratio=aspect,
        )
        return {"avatar_id": job.extra["avatar_id"], "motion_id": job.id, "name": name}

    def _generation(self, ctx: _Ctx, job: Job) -> dict[str, Any]:
        phase = job.phase(ctx.now, self.job_seconds)
        item: dict[str, Any] = {
            "generation_id": job.id,
            "status": spell(job.kind, phase),
            "created_at": int(job.created_wall),
        }
        if phase in ("completed", "failed"):
            item["completed_at"] = job.completed_wall(self.job_seconds)
        if phase == "completed":
            item["image_id"] = "img_" + job.id.removeprefix("gen_")
            item["url"] = f"{ctx.base}/files/images/{job.id}.png"
        elif phase == "failed":
            item["error"] = job.error_message
        return item

    def _op_create_product_images(self, ctx: _Ctx) -> Any:
        b = ctx.body
        _check_url(b, "product_image_url", required=True)
        source = b.req_obj("avatar_source")
        source_type = source.req_text("type", enum=["id", "image", "description"])
        if source_type == "id":
            source.req_integer("avatar_id")
            source.req_text("avatar_type", enum=["public", "photo", "custom"])
        else:
            source.req_text("value")
        b.text("prompt")
        b.req_text("quality", enum=["medium", "high", "low"])
        b.req_text("aspect_ratio", enum=["3:2", "2:3", "1:1"])
        count = b.req_integer("num_images", minimum=1, maximum=4)
        webhook_url = _check_url(b, "webhook_url")
        batch_id = "batch_" + uuid.uuid4().hex[:16]
        jobs = [
            self._add_job(
                ctx,
                "product_image",
                dict(b.data),
                job_id="gen_" + uuid.uuid4().hex[:16],
                webhook_url=webhook_url,
                batch_id=batch_id,
            )
            for _ in range(count)
        ]
        self._batches[batch_id] = [j.id for j in jobs]
        return {
            "batch_id": batch_id,
            "total_submitted": count,
            "generations": [
                {"generation_id": j.id, "status": "pending", "created_at": int(j.created_wall)}
                for j in jobs
            ],
        }

    def _op_get_product_images(self, ctx: _Ctx) -> Any:
        batch_id = ctx.args["id"]
        ids = self._batches.get(batch_id)
        if ids is None:
            raise _ApiError(10104, f"batch {batch_id} not found")
        generations = [self._generation(ctx, self._jobs[i]) for i in ids]
        summary = {"total": len(generations), "pending": 0, "processing": 0}
        summary.update(completed=0, failed=0)
        for g in generations:
            summary[g["status"]] += 1
        return {"batch_id": batch_id, "summary": summary, "generations": generations}

    def _video_items(self, ctx: _Ctx, kind: str) -> list[tuple[Job, Phase]]:
        q = ctx.query
        status = q.integer("status", enum=[3, 4, 5])
        sort_by = q.text("sort_by") or "created_at"
        order = q.text("sort_order", enum=["asc", "desc"]) or "desc"
        items = [
            (j, j.phase(ctx.now, self.job_seconds)) for j in self._jobs.values() if j.kind == kind
        ]
        if status is not None:
            items = [(j, p) for j, p in items if p in FILTER_CODES[status]]
        key: Callable[[tuple[Job, Phase]], Any]
        if sort_by in ("title", "name", "video_name"):
            key = lambda jp: str(jp[0].extra.get("title") or jp[0].extra.get("name") or "")  # noqa: E731
        else:
            key = lambda jp: (jp[0].created_wall, jp[0].started)  # noqa: E731
        # job creation order breaks ties, so sorting is stable across equal timestamps
        order_index = {j.id: i for i, j in enumerate(self._jobs.values())}
        items.sort(key=lambda jp: (key(jp), order_index[jp[0].id]), reverse=order == "desc")
        return items

    def _list_video_item(self, ctx: _Ctx, job: Job, phase: Phase) -> dict[str, Any]:
        ok = phase == "completed"
        urls = self._media_urls(job, ctx.base)
        item: dict[str, Any] = {
            "id": job.id,
            "title": job.extra["title"],
            "video_duration": float(job.extra["duration"]) if ok else 0.0,
            "video_url": urls["video_url"] if ok else "",
            "cover_url": urls["cover_url"] if ok else "",
            "status": list_status(phase),
            "created_at": int(job.created_wall),
        }
        if phase == "failed":
            item["error"] = self._video_error(job)
        return item

    def _op_list_previews(self, ctx: _Ctx) -> Any:
        page, size = ctx.query.page()
        items = self._video_items(ctx, "preview")
        chunk, _ = _paginate(items, page, size)
        previews = []
        for job, phase in chunk:
            item = self._list_video_item(ctx, job, phase)
            item["preview_id"] = job.id
            item["visual_style"] = job.extra["visual_style"]
            previews.append(item)
        return {"previews": previews, "total": len(items), "page": page, "page_size": size}

    def _op_get_product_video(self, ctx: _Ctx) -> Any:
        job, phase = self._get(ctx, "product_video", ctx.args["id"])
        ok = phase == "completed"
        urls = self._media_urls(job, ctx.base)
        data: dict[str, Any] = {
            "video_id": job.id,
            "title": job.extra["title"],
            "video_url": urls["video_url"] if ok else "",
            "cover_url": urls["cover_url"] if ok else "",
            "status": spell(job.kind, phase),
            "duration": job.extra["duration"] if ok else 0,
            "created_at": int(job.created_wall),
            "deducted_credit": job.extra["cost"],
        }
        if phase == "failed":
            data["error"] = self._video_error(job)
        return data

    def _op_list_product_videos(self, ctx: _Ctx) -> Any:
        page, size = ctx.query.page()
        items = self._video_items(ctx, "product_video")
        chunk, _ = _paginate(items, page, size)
        return {
            "videos": [self._list_video_item(ctx, j, p) for j, p in chunk],
            "total": len(items),
            "page": page,
            "page_size": size,
        }

    def _op_get_custom_template(self, ctx: _Ctx) -> Any:
        raw = ctx.args["id"]
        template = next((t for t in seed.CUSTOM_TEMPLATES if str(t["id"]) == raw), None)
        if template is None:
            if not raw.isdigit():
                raise ParamError("id", "must be an integer")
            raise _ApiError(10104, f"template {raw} not found")
        data = {k: v for k, v in template.items() if k != "id"}
        data = {"template_id": template["id"], **data}
        data["variables"] = [{"type": v["type"], "name": v["name"]} for v in template["variables"]]
        return _rebase(data, ctx.base)

    def _template_video_data(self, ctx: _Ctx, job: Job, phase: Phase) -> dict[str, Any]:
        urls = self._media_urls(job, ctx.base)
        return {
            "video_name": job.extra["name"],
            "url": urls["video_url"],
            "cover_url": urls["cover_url"],
            "duration_seconds": job.extra["duration"],
            "deducted_credit": job.extra["cost"],
        }

    def _op_get_template_video(self, ctx: _Ctx) -> Any:
        job, phase = self._get(ctx, "template_video", ctx.args["id"])
        data: dict[str, Any] = {
            "video_id": job.id,
            "status": spell(job.kind, phase),
            "created_at": int(job.created_wall),
            "data": self._template_video_data(ctx, job, phase) if phase == "completed" else None,
        }
        if phase in ("completed", "failed"):
            data["completed_at"] = job.completed_wall(self.job_seconds)
        if phase == "failed":
            data["error"] = self._video_error(job)
        return data

    def _op_list_template_videos(self, ctx: _Ctx) -> Any:
        page, size = ctx.query.page()
        items = self._video_items(ctx, "template_video")
        chunk, pagination = _paginate(items, page, size)
        out = []
        for job, phase in chunk:
            ok = phase == "completed"
            urls = self._media_urls(job, ctx.base)
            item: dict[str, Any] = {
                "video_id": job.id,
                "video_name": job.extra["name"],
                "status": list_status(phase),
                "created_at": int(job.created_wall),
                "cover_url": urls["cover_url"] if ok else "",
                "url": urls["video_url"] if ok else "",
                "duration_seconds": job.extra["duration"] if ok else 0,
            }
            if phase == "failed":
                item["error"] = self._video_error(job)
            out.append(item)
        return {"data": out, "pagination": pagination}

    @staticmethod
    def _templates(ctx: _Ctx, templates: list[dict[str, Any]]) -> Any:
        aspect = ctx.query.text("aspect_ratio", enum=["portrait", "landscape", "square"])
        items = [
            {k: v for k, v in t.items() if k != "variables"}
            for t in templates
            if aspect is None or t["aspect_ratio"] == seed.ASPECT_CODES[aspect]
        ]
        return {"templates": _rebase(items, ctx.base)}

    def _op_list_templates(self, ctx: _Ctx) -> Any:
        return self._templates(ctx, seed.INDEX_TEMPLATES)

    def _op_list_custom_templates(self, ctx: _Ctx) -> Any:
        return self._templates(ctx, seed.CUSTOM_TEMPLATES)

    def _op_create_upload(self, ctx: _Ctx) -> Any:
        b = ctx.body
        filename = b.req_text("filename")
        content_type = b.req_text("content_type")
        file_size = b.integer("file_size", minimum=1)
        asset_id = next(self._asset_ids)
        safe = quote(filename.rsplit("/", 1)[-1], safe="")
        signature = hmac.new(
            self.webhook_secret.encode(),
            f"{asset_id}:{content_type}".encode(),
            hashlib.sha256,
        ).hexdigest()[:40]
        pending = _PendingUpload(asset_id, filename, content_type, signature, file_size=file_size)
        pending.asset_url = f"{ctx.base}/files/assets/{asset_id}/{safe}"
        self._pending_uploads[asset_id] = pending
        sign_url = (
            f"{ctx.base}/upload/{asset_id}/{safe}?X-Jogg-Expires=3600&X-Jogg-Signature={signature}"
        )
        return {"sign_url": sign_url, "asset_url": pending.asset_url, "asset_id": asset_id}

    def _op_get_quota(self, ctx: _Ctx) -> Any:
        return {"remaining_quota": round(self.remaining_quota, 2)}

    def _op_whoami(self, ctx: _Ctx) -> Any:
        return dict(seed.USER)

    def _op_create_translation(self, ctx: _Ctx) -> Any:
        b = ctx.body
        _check_url(b, "video_url", required=True)
        b.req_text("output_language", enum=seed.TARGET_LANGUAGES)
        title = b.text("title")
        for flag in ("translate_audio_only", "add_subtitles", "enable_dynamic_duration"):
            b.flag(flag)
        b.text("output_voice")
        webhook_url = _check_url(b, "callback_url") or _check_url(b, "webhook_url")
        cost = self._charge(10.0)
        job = self._add_job(
            ctx,
            "translation",
            dict(b.data),
            webhook_url=webhook_url,
            duration=30,
            title=title or "Translated video",
            cost=cost,
        )
        return {"video_translate_id": job.id}

    def _op_get_translation(self, ctx: _Ctx) -> Any:
        job, phase = self._get(ctx, "translation", ctx.args["id"])
        ok = phase == "completed"
        data: dict[str, Any] = {
            "video_translate_id": job.id,
            "title": job.extra["title"],
            "status": spell(job.kind, phase),
            "url": f"{ctx.base}/files/videos/{job.id}.mp4" if ok else "",
            "subtitle_url": f"{ctx.base}/files/subtitles/{job.id}.srt" if ok else "",
        }
        if phase == "failed":
            data["error"] = self._video_error(job)
        return data

    def _op_list_target_languages(self, ctx: _Ctx) -> Any:
        return {"languages": list(seed.TARGET_LANGUAGES)}

    def _op_list_visual_styles(self, ctx: _Ctx) -> Any:
        aspect = ctx.query.text("aspect_ratio", enum=["portrait", "landscape", "square"])
        return {
            "visual_styles": [
                {"id": sid, "name": name}
                for sid, name, aspects in seed.VISUAL_STYLES
                if aspect is None or aspect in aspects
            ]
        }

    def _op_list_voices(self, ctx: _Ctx) -> Any:
        q = ctx.query
        page, size = q.page()
        filters = {
            "gender": q.text("gender", enum=["female", "male"]),
            "language": q.text("language"),
            "age": q.text("age", enum=["young", "middle_aged", "old"]),
            "use_case": q.text("use_case"),
        }
        items = [
            v for v in seed.VOICES if all(val is None or v[k] == val for k, val in filters.items())
        ]
        chunk, pagination = _paginate(items, page, size)
        return {
            "voices": _rebase(chunk, ctx.base),
            "has_more": page * size < len(items),
            "pagination": pagination,
        }

    def _op_list_custom_voices(self, ctx: _Ctx) -> Any:
        language = ctx.query.text("language")
        items = [v for v in seed.CUSTOM_VOICES if language is None or v["language"] == language]
        return {"total": len(items), "voices": _rebase(items, ctx.base)}

    def _op_list_endpoints(self, ctx: _Ctx) -> Any:
        return {"endpoints": [ep.as_data() for ep in self._endpoints.values()]}

    @staticmethod
    def _endpoint_fields(body: Body) -> tuple[str, str, list[str]]:
        url = body.req_text("url")
        split = urlsplit(url)
        if not split.hostname or not (
            split.scheme == "https" or (split.scheme == "http" and _is_loopback(url))
        ):
            raise ParamError("url", "must be an https URL (http is accepted only for loopback)")
        status = body.req_text("status", enum=["enabled", "disabled"])
        events = body.texts("events", required=True)
        return url, status, events

    def _op_create_endpoint(self, ctx: _Ctx) -> Any:
        url, status, events = self._endpoint_fields(ctx.body)
        if len(self._endpoints) >= _MAX_ENDPOINTS:
            raise _ApiError(40000, f"at most {_MAX_ENDPOINTS} webhook endpoints are allowed")
        ep = _Endpoint(
            endpoint_id=f"wh_{next(self._endpoint_ids)}",
            url=url,
            secret="whsec_" + secrets.token_hex(16),
            status=status,
            events=events,
            created_at=int(time.time()),
        )
        self._endpoints[ep.endpoint_id] = ep
        return ep.as_data()

    def _endpoint(self, ctx: _Ctx) -> _Endpoint:
        ep = self._endpoints.get(ctx.args["id"])
        if ep is None:
            raise _ApiError(10104, f"endpoint {ctx.args['id']} not found")
        return ep

    def _op_update_endpoint(self, ctx: _Ctx) -> Any:
        ep = self._endpoint(ctx)
        ep.url, ep.status, ep.events = self._endpoint_fields(ctx.body)
        return ep.as_data()

    def _op_delete_endpoint(self, ctx: _Ctx) -> Any:
        ep = self._endpoint(ctx)
        del self._endpoints[ep.endpoint_id]
        return {"message": "webhook deleted"}

    def _op_list_events(self, ctx: _Ctx) -> Any:
        return {"events": list(seed.EVENTS)}


class _FakeTimeClock:
    """A jogg.Clock on the fake's manual clock: sleeping advances the fake's time."""

    def __init__(self, fake: FakeJogg) -> None:
        self._fake = fake

    def monotonic(self) -> float:
        return float(self._fake.clock())

    def time(self) -> float:
        return 1_700_000_000.0 + self.monotonic()

    def sleep(self, seconds: float) -> None:
        self._fake.advance(max(0.0, seconds))

    async def async_sleep(self, seconds: float) -> None:
        self._fake.advance(max(0.0, seconds))
