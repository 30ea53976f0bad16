"""FakeJogg: a stateful in-memory fake of the JoggAI v2 API that speaks HTTP only.

The class is the front door; the work is done by its parts: ``_transport`` (the wire and
faults), ``_routing`` (key check, rate limit, dispatch to ``handlers/``), ``_state`` (ids,
jobs, quota), ``_files`` (downloads, uploads) and ``_deliveries`` (webhooks).
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

import httpx

from . import _transport as transport
from ._clock import Clock, ManualClock, resolve_clock
from ._deliveries import Deliverer, DeliveryHook
from ._faults import Faults
from ._jobs import Phase
from ._records import Delivery, RecordedRequest, Upload
from ._routing import Router
from ._state import State
from ._transport import FakeTransport, Reply

if TYPE_CHECKING:
    import jogg

__all__ = ["FakeJogg", "FakeTransport"]

T = TypeVar("T")


class _Kept(Generic[T]):
    """A FakeJogg attribute kept by one of its parts: reading and setting reach the part."""

    def __init__(self, part: str, name: str | None = None) -> None:
        self._part = part
        self._name = name or ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = self._name or name

    @overload
    def __get__(self, obj: None, owner: type) -> _Kept[T]: ...
    @overload
    def __get__(self, obj: FakeJogg, owner: type) -> T: ...
    def __get__(self, obj: FakeJogg | None, owner: type) -> _Kept[T] | T:
        if obj is None:
            return self
        return cast(T, getattr(getattr(obj, self._part), self._name))

    def __set__(self, obj: FakeJogg, value: T) -> None:
        setattr(getattr(obj, self._part), self._name, value)


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
    allowed per ``rate_window`` seconds (None: no limit); refused POSTs do not count and
    are answered 429 with ``Retry-After``; :meth:`serve` starts with an empty window.
    Video-making POSTs spend ``remaining_quota`` (a 30 s product video costs 10) and get
    18020 when it runs out. Files under ``/files/`` (finished videos, covers, images) are
    ``video_size`` bytes for videos and need no key. ``webhook_secret`` signs deliveries to
    a job's own ``webhook_url``; ``delivery_timeout`` bounds each webhook POST.
    """

    api_key = _Kept[str]("_router")
    rate_limit = _Kept[int | None]("_router")
    rate_window = _Kept[float]("_router")
    faults = _Kept[Faults]("_router")
    requests = _Kept[list[RecordedRequest]]("_router")
    clock = _Kept[Clock]("_state")
    job_seconds = _Kept[float]("_state")
    video_size = _Kept[int]("_state")
    webhook_secret = _Kept[str]("_state")
    remaining_quota = _Kept[float]("_state")
    deliveries = _Kept[list[Delivery]]("_deliverer")
    delivery_timeout = _Kept[float]("_deliverer", "timeout")

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
        self._state = State(
            clock=resolve_clock(clock),
            job_seconds=float(job_seconds),
            video_size=int(video_size),
            webhook_secret=webhook_secret or "whsec_" + secrets.token_hex(16),
        )
        self._deliverer = Deliverer(self._state, float(delivery_timeout))
        self._router = Router(
            self._state,
            self._deliverer,
            api_key=api_key,
            rate_limit=rate_limit,
            rate_window=float(rate_window),
        )

    def __repr__(self) -> str:
        return f"<FakeJogg jobs={len(self._state.jobs)} job_seconds={self.job_seconds}>"

    # ----------------------------------------------------------------- ways in

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

        ``port=0`` picks a free port. The POST rate limit starts afresh (see
        :meth:`reset_rate_limit`). While served, a background ticker observes finished
        jobs every ``tick_interval`` seconds, so webhooks go out without further requests.
        """
        from ._server import start_server

        self.reset_rate_limit()
        server = start_server(self, host, port, tick_interval)
        try:
            yield server.url
        finally:
            server.close()

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (the pure, in-process handler). Faults may raise httpx errors."""
        return transport.handle(self._router, request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        """:meth:`handle` for ``httpx.AsyncClient``: reads async bodies, sleeps without blocking."""
        return await transport.handle_async(self._router, request)

    def _serve_one(
        self, method: str, url: str, headers: list[tuple[str, str]], content: bytes
    ) -> Reply:
        """The served mode's entrance (see ``_server``)."""
        return transport.serve_one(self._router, method, url, headers, content)

    # ------------------------------------------------------------- time and jobs

    def advance(self, seconds: float) -> None:
        """Move the manual clock forward, then deliver webhooks for jobs that ended."""
        clock = self.clock
        if not isinstance(clock, ManualClock):
            raise TypeError("advance() needs FakeJogg(clock='manual') or a ManualClock")
        clock.advance(seconds)
        self.tick()

    def tick(self) -> list[Delivery]:
        """Observe jobs that have ended since the last look and deliver their webhooks.

        The fake does this by itself at the start of every API request, after
        :meth:`advance`, :meth:`complete_job` and :meth:`fail_job`, and (when served) on a
        background ticker. Returns the deliveries made.
        """
        return self._deliverer.tick()

    def job_status(self, job_id: str) -> Phase:
        """A job's status now, as one of pending, processing, completed, failed."""
        with self._state.lock:
            return self._state.job(job_id).phase(self.clock(), self.job_seconds)

    def complete_job(self, job_id: str) -> None:
        """Finish a job (or every image of a product-avatar batch) successfully now; a job that
        has already completed stays as it is, one that failed raises ValueError."""
        self._state.force(job_id, "completed", None, None)
        self.tick()

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
        self._state.force(job_id, "failed", code, message)
        self.tick()

    def reset_rate_limit(self) -> None:
        """Forget the POSTs counted so far, so the next ``rate_limit`` POSTs all pass."""
        self._router.reset_rate_limit()

    # ------------------------------------------------------- webhooks and uploads

    def on_delivery(self, hook: DeliveryHook) -> DeliveryHook:
        """Call ``hook(delivery)`` for every webhook delivery (usable as a decorator).

        Hooks run in the thread that observed the job's end, before any HTTP POST.
        """
        self._deliverer.add_hook(hook)
        return hook

    def flush_deliveries(self, timeout: float = 5.0) -> None:
        """Wait for the HTTP POSTs of deliveries to loopback URLs to finish."""
        self._deliverer.flush(timeout)

    @property
    def uploads(self) -> dict[int | str, Upload]:
        """Uploaded files, keyed both by ``asset_id`` and by ``asset_url``."""
        with self._state.lock:
            out: dict[int | str, Upload] = {}
            for upload in self._state.uploads.values():
                out[upload.asset_id] = upload
                out[upload.asset_url] = upload
            return out


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
