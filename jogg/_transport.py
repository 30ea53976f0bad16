"""The one transport core. Every request of every resource, sync or async, goes through it.

The retry loop, envelope check and logging are written once, as a plan: a generator that
yields what to do next (sleep, or send a request) and receives what happened.
``SyncTransport`` and ``AsyncTransport`` only carry those actions out (pacing POSTs at the
moment of sending, reading answers within their limits), so the two clients differ exactly
where I/O happens.
"""

from __future__ import annotations

import logging
import random
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from contextlib import nullcontext
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

import attrs
import httpx

if TYPE_CHECKING:
    import asyncio

from . import _limits
from ._clock import Clock
from ._envelope import (
    Answer,
    Failed,
    Failure,
    check_plain,
    read_answer,
    read_envelope,
    transport_failure,
)
from ._errors import (
    APIError,
    JoggError,
    UnusableAnswer,
    ValidationError,
)
from ._exchanges import record_exchange, rid_note
from ._httplog import private_urls
from ._options import RequestOptions, check_options, merged_body, merged_query
from ._outgoing import merge_headers, timeout_extension
from ._policy import (
    DEFINITE_REFUSALS,
    NOT_SENT,
    POST_UNCERTAIN,
    backoff_delay,
    is_retryable_error,
    is_retryable_transport_failure,
    retry_after_seconds,
)
from ._throttle import PostThrottle
from ._version import __version__

T = TypeVar("T")

logger = logging.getLogger("jogg")

USER_AGENT = f"jogg-python/{__version__}"
MAX_REDIRECTS = 5  # file downloads only; API answers are never followed


class BodySource(Protocol):
    """A request body streamed from a file (uploads): re-readable, so it can be retried."""

    size: int

    def sync_chunks(self) -> Iterator[bytes]: ...

    def async_chunks(self) -> AsyncIterator[bytes]: ...


class Sink(Protocol):
    """Where a streamed answer goes (downloads). It raises JoggError for its own failures
    (a file that cannot be written)."""

    def begin(self, headers: httpx.Headers) -> None: ...

    def write(self, chunk: bytes) -> None: ...

    def end(self) -> None:
        """Raise httpx.TransportError if the body was cut short, so the GET is retried."""
        ...


@attrs.frozen
class Call(Generic[T]):
    """One API operation to perform, and how to turn its `data` into the facade's result.

    ``endpoint`` is the generated endpoint module (``jogg_api.api.<tag>.<operationId>``) and
    ``arguments`` the keyword arguments of its request builder: path ids, query values and
    ``body`` (a generated body model). ``requires_data`` is False where a bare {code, msg}
    is a success (the spec gives the answer no data, or a deletion has nothing to return).
    """

    endpoint: ModuleType
    arguments: Mapping[str, Any]
    parse: Callable[[Any], T]
    requires_data: bool = True
    # The method's keyword arguments besides its own: per-call options, and body fields the
    # spec added that no parameter names yet. Checked here, before anything is sent.
    options: RequestOptions = attrs.field(factory=dict)  # type: ignore[assignment]

    def __attrs_post_init__(self) -> None:
        if not self.options:
            return
        import jogg._wire as _wire  # with the first call: the generated client loads with it

        new, options = _wire.new_fields(self.endpoint, self.options)
        # Frozen: set once, here, as attrs' own converters would.
        object.__setattr__(self, "options", check_options(options))
        if new:
            body = _wire.extended(self.arguments["body"], new)
            object.__setattr__(self, "arguments", {**self.arguments, "body": body})


@attrs.define
class Outgoing:
    """A request as the core sends it. ``api`` requests carry the key and answer in the
    envelope; the others (signed upload URLs, video files) carry no key at all. Not frozen
    only because a frozen class costs a call per field on every request; nothing changes
    one once it is built."""

    method: str
    url: str
    label: str  # what logs and errors show: never the query, which may hold a signature
    api: bool
    operation: str
    params: Mapping[str, Any] | None = None
    json_body: Any = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: BodySource | None = None
    sink: Sink | None = None
    returns_data: bool = True
    follow_redirects: bool = False  # file URLs only: CDNs redirect to other hosts
    # Per-call overrides of the client's settings (None: the client's).
    timeout: float | None = None
    max_retries: int | None = None


# The plan's small values are NamedTuples: cheaper to define than attrs classes, and the
# client's import time is a benchmark goal.
class Sleep(NamedTuple):
    seconds: float


class Send(NamedTuple):
    request: Outgoing


class Unreadable(NamedTuple):
    """An answer arrived but its body could not be taken in (too large, badly packed)."""

    reason: str
    status: int
    cause: BaseException


Action = Sleep | Send
Outcome = Answer | httpx.TransportError | Unreadable | JoggError
Plan = Generator[Action, Any, T]


@attrs.define
class Settings:
    """What the clients configure; shared by copies made with ``with_options``."""

    api_key: str = attrs.field(repr=False)
    base_url: str
    timeout: float
    max_retries: int
    clock: Clock
    throttle: PostThrottle
    random: Callable[[], float] = attrs.field(default=random.random)
    max_response_bytes: int = _limits.DEFAULT_MAX_RESPONSE_BYTES
    deadline: float | None = None  # None: DEADLINE_TIMEOUTS x timeout
    max_pages: int = _limits.DEFAULT_MAX_PAGES
    # Sent with every API request (not to signed upload URLs or file hosts).
    default_headers: Mapping[str, str] = attrs.field(factory=dict)

    @property
    def request_deadline(self) -> float:
        """Seconds one attempt of an API request may take, all phases together."""
        return self.deadline or self.timeout * _limits.DEADLINE_TIMEOUTS


class Core:
    """The shared half of the transport: request preparation and the retry plan."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._headers_cache: dict[tuple[Any, ...], list[tuple[bytes, bytes]]] = {}

    def api_request(self, call: Call[Any]) -> Outgoing:
        # Loaded with the first resource (not with the SDK: it loads jogg_api). This form of
        # import is a lookup once loaded; ``from . import`` runs Python code every time.
        import jogg._wire as _wire

        parts = _wire.request_parts(call.endpoint, call.arguments)
        options = call.options
        return Outgoing(
            method=parts.method,
            url=self.settings.base_url + parts.path,
            label=parts.path,
            api=True,
            operation=_wire.operation_id(call.endpoint),
            params=merged_query(parts.params, options),
            json_body=merged_body(parts.json, options),
            headers=dict(options.get("extra_headers") or {}),
            returns_data=call.requires_data,
            timeout=options.get("timeout"),
            max_retries=options.get("max_retries"),
        )

    def headers_for(self, request: Outgoing) -> dict[str, str]:
        # Only codings the SDK can unpack in bounded pieces; files come as they are stored.
        encoding = "identity" if request.sink is not None else _limits.API_ACCEPT_ENCODING
        layers: list[Mapping[str, str]] = [{"User-Agent": USER_AGENT, "Accept-Encoding": encoding}]
        if request.api:
            layers.append(self.settings.default_headers)
        layers.append(request.headers)
        if request.api:
            layers.append({"x-api-key": self.settings.api_key, "Accept": "application/json"})
        # Header names are case-insensitive: a later layer replaces an earlier one whatever
        # its spelling, so no header is sent twice (R-OPT-3).
        headers: dict[str, tuple[str, str]] = {}
        for layer in layers:
            for name, value in layer.items():
                headers[name.lower()] = (name, value)
        return dict(headers.values())

    def build(self, http: httpx.Client | httpx.AsyncClient, request: Outgoing, url: str,
              content: Any) -> httpx.Request:  # fmt: skip
        """The httpx request for ``request`` (``url`` differs from its own after a redirect)."""
        first = url == request.url
        timeout = request.timeout or self.settings.timeout
        parts: dict[str, Any] = {
            "params": request.params if first else None,
            "json": request.json_body if first else None,
            "content": content if first else None,
        }
        if http.cookies or http.params:
            # A client with its own cookies or query: let httpx merge them in.
            headers = self.headers_for(request)
            return http.build_request(
                request.method, url, headers=headers, timeout=timeout, **parts
            )
        # What build_request does for an absolute URL, without re-merging the client's
        # headers on every call: that merge was a third of the SDK's own time per request.
        extensions = {"timeout": timeout_extension(timeout)}
        headers_list = self._merged_headers(http, request)
        return httpx.Request(
            request.method, url, headers=headers_list, extensions=extensions, **parts
        )

    def _merged_headers(
        self, http: httpx.Client | httpx.AsyncClient, request: Outgoing
    ) -> list[tuple[bytes, bytes]]:
        """The client's own headers, then the SDK's (``headers_for``), as httpx would merge
        them; kept while the client's headers stay the same and the request adds none."""
        if request.headers:
            return merge_headers(http.headers.raw, self.headers_for(request))
        key = (request.api, request.sink is not None, tuple(http.headers.raw))
        cached = self._headers_cache.get(key)
        if cached is None:
            if len(self._headers_cache) > 8:
                self._headers_cache.clear()
            cached = self._headers_cache[key] = merge_headers(key[2], self.headers_for(request))
        return cached

    def deadline_for(self, request: Outgoing) -> float | None:
        # Files may be large and links slow: they keep only httpx's per-phase timeouts.
        if not request.api:
            return None
        if request.timeout is not None and self.settings.deadline is None:
            return request.timeout * _limits.DEADLINE_TIMEOUTS
        return self.settings.request_deadline

    def redirect_target(self, request: Outgoing, response: httpx.Response, hops: int) -> str | None:
        if not request.follow_redirects or not response.is_redirect or hops >= MAX_REDIRECTS:
            return None
        target = str(response.url.join(response.headers["location"]))
        return target if target.startswith(("https://", "http://")) else None

    def intake(self, request: Outgoing, response: httpx.Response) -> _limits.Intake:
        """Where the answer's bytes go: the sink of a download, or a capped buffer."""
        sink = request.sink if response.is_success else None
        limit = self.settings.max_response_bytes
        whole: bytes | None = None
        # A mock transport (or an event hook) hands over answers already read and unpacked.
        # Asked only then: over a network, asking would raise and catch on every answer.
        if response.is_stream_consumed or isinstance(response.stream, httpx.ByteStream):
            try:
                whole = response.content
            except httpx.ResponseNotRead:
                whole = None
        return _limits.Intake(response.headers, sink, limit, whole)

    def is_paced(self, request: Outgoing) -> bool:
        return request.method == "POST" and request.api

    def log_pacing(self, request: Outgoing, wait: float) -> None:
        logger.info("%s %s paced %.1f s by the POST throttle", request.method, request.label, wait)

    def call_plan(self, call: Call[T]) -> Plan[T]:
        request = self.api_request(call)
        parse = _naming_what_it_created(call.parse) if request.method == "POST" else call.parse
        result: T = yield from self.plan(request, parse)
        return result

    def plan(self, request: Outgoing, parse: Callable[[Any], Any] | None = None) -> Plan[Any]:
        """Send ``request`` until it succeeds, or fails in a way that must not be retried.
        ``parse`` turns a successful answer's `data` into the result."""
        settings = self.settings
        clock = settings.clock
        attempt = 0
        while True:
            started = clock.monotonic()
            logger.debug("%s %s attempt %d", request.method, request.label, attempt + 1)
            outcome: Outcome = yield Send(request)
            elapsed_ms = (clock.monotonic() - started) * 1000
            retry_after: float | None = None
            if isinstance(outcome, JoggError):
                raise outcome  # the sink's own failure (a file that cannot be written)
            if isinstance(outcome, httpx.TransportError):
                failure = transport_failure(
                    request.method,
                    request.label,
                    request.url,
                    request.operation,
                    outcome,
                    settings.api_key if request.api else "",
                    self.deadline_for(request),
                )
                retryable = is_retryable_transport_failure(request.method, outcome)
                uncertain = not isinstance(outcome, NOT_SENT)
            elif isinstance(outcome, Unreadable):
                failure = Failure(
                    APIError,
                    f"the answer to {request.method} {request.label} could not be read: "
                    f"{outcome.reason}",
                    http_status=outcome.status,
                    operation=request.operation,
                    cause=outcome.cause,
                )
                retryable, uncertain = False, True
            else:
                try:
                    rid = None
                    if request.api:
                        result, rid = read_envelope(
                            request.operation, outcome, request.returns_data
                        )
                    else:
                        result = check_plain(
                            request.method, request.label, request.url, request.operation, outcome
                        )
                    if parse is not None:
                        result = read_answer(request.operation, outcome, result, parse)
                except Failed as failed:
                    failure = failed.failure
                    retryable = is_retryable_error(request.method, failure)
                    uncertain = not (
                        issubclass(failure.kind, DEFINITE_REFUSALS) or failure.http_status == 429
                    )
                    retry_after = retry_after_seconds(
                        outcome.headers.get("retry-after"), clock.time()
                    )
                else:
                    if logger.isEnabledFor(logging.INFO):
                        logger.info(
                            "%s %s -> %d in %.0f ms (attempt %d)%s",
                            request.method,
                            request.label,
                            outcome.status_code,
                            elapsed_ms,
                            attempt + 1,
                            rid_note(request.api, rid, settings.api_key),
                        )
                    if request.api:
                        record_exchange(outcome, rid, elapsed_ms / 1000, settings.api_key)
                    return result
            max_retries = (
                settings.max_retries if request.max_retries is None else request.max_retries
            )
            if not retryable or attempt >= max_retries:
                note = (
                    POST_UNCERTAIN
                    if request.method == "POST" and request.api and uncertain
                    else None
                )
                error = failure.build(settings.api_key if request.api else "", note)
                logger.info(
                    "%s %s failed after %d attempt(s): %s",
                    request.method,
                    request.label,
                    attempt + 1,
                    error,
                )
                raise error from failure.cause
            delay = (
                retry_after
                if retry_after is not None
                else backoff_delay(attempt, settings.random())
            )
            logger.info(
                "%s %s: %s; retry %d of %d in %.2f s",
                request.method,
                request.label,
                failure.build(settings.api_key if request.api else "", None),
                attempt + 1,
                max_retries,
                delay,
            )
            attempt += 1
            yield Sleep(delay)


def _naming_what_it_created(parse: Callable[[Any], T]) -> Callable[[Any], T]:
    """A POST that creates something (its result has an ``id``) must name what it created:
    an answer without the id is unusable, and the core then says the job may exist."""

    def parse_created(data: Any) -> T:
        result = parse(data)
        if hasattr(result, "id") and not getattr(result, "id", None):
            raise UnusableAnswer(f"the API's answer names no id for the {type(result).__name__}")
        return result

    return parse_created


# What sending one request may raise, each turned into the plan's outcome by _send_failure.
_SEND_FAILURES = (httpx.TransportError, httpx.InvalidURL, _limits.DeadlinePassed, JoggError)


def _send_failure(request: Outgoing, failure: Exception) -> Outcome:
    """The outcome of a send that raised (the same for both drivers)."""
    if isinstance(failure, httpx.TimeoutException):
        return _limits.timed_out(failure)
    if isinstance(failure, httpx.TransportError | JoggError):
        return failure
    if isinstance(failure, _limits.DeadlinePassed):
        return _limits.deadline_timeout()
    return _invalid_url(request)  # httpx.InvalidURL: nothing was sent


def _invalid_url(request: Outgoing) -> ValidationError:
    # httpx refused to build the request, so nothing was sent; its text may quote the query.
    return ValidationError("url", request.label, "a URL that can be sent (httpx refused it)")


class SyncTransport:
    def __init__(self, core: Core, http: httpx.Client) -> None:
        self.core = core
        self.http = http

    def call(self, call: Call[T]) -> T:
        return self.run(self.core.call_plan(call))

    def run(self, plan: Plan[T]) -> T:
        try:
            action = next(plan)
            while True:
                if isinstance(action, Sleep):
                    self.core.settings.clock.sleep(action.seconds)
                    action = plan.send(None)
                else:
                    action = plan.send(self._paced_send(action.request))
        except StopIteration as done:
            result: T = done.value
            return result

    def _paced_send(self, request: Outgoing) -> Outcome:
        core = self.core
        if core.is_paced(request):
            # Booked only now, right before the request goes out.
            while (wait := core.settings.throttle.try_start()) > 0:
                core.log_pacing(request, wait)
                core.settings.clock.sleep(wait)
        token = _limits.start_deadline(core.deadline_for(request))
        try:
            return self._send(request)
        except _SEND_FAILURES as failure:
            return _send_failure(request, failure)
        finally:
            _limits.stop_deadline(token)

    def _send(self, request: Outgoing) -> Outcome:
        content = request.body.sync_chunks() if request.body is not None else None
        built = self.core.build(self.http, request, request.url, content)
        hops = 0
        while True:
            with private_urls.hiding(built.url) if not request.api else nullcontext():
                response = self.http.send(built, stream=True, follow_redirects=False)
                try:
                    target = self.core.redirect_target(request, response, hops)
                    if target is None:
                        return self._receive(request, response)
                finally:
                    response.close()
            built = self.core.build(self.http, request, target, None)
            hops += 1

    def _receive(self, request: Outgoing, response: httpx.Response) -> Outcome:
        intake = self.core.intake(request, response)
        try:
            # Chunks as they arrive: re-cutting them to a fixed size copies every byte.
            for raw in intake.whole or response.iter_raw():
                intake.take(raw)
            return Answer(response.status_code, response.headers, intake.finish())
        except _limits.UnreadableBody as exc:
            return Unreadable(str(exc), response.status_code, exc)


# Requests in flight at once per async client: httpx's default pool size. Further requests
# wait here, in a plain semaphore, instead of in httpcore's pool queue, whose bookkeeping
# costs O(queued x connections) per step (1,000 concurrent waits ran 4.7x their schedule).
MAX_IN_FLIGHT = 100


class AsyncTransport:
    def __init__(self, core: Core, http: httpx.AsyncClient) -> None:
        self.core = core
        self.http = http
        self._slots: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = None

    def _in_flight_slots(self) -> asyncio.Semaphore:
        """The semaphore for the running event loop (a client may outlive a loop)."""
        import asyncio  # on first async request: sync programs need not import it

        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots[0] is not loop:
            self._slots = (loop, asyncio.Semaphore(MAX_IN_FLIGHT))
        return self._slots[1]

    async def call(self, call: Call[T]) -> T:
        return await self.run(self.core.call_plan(call))

    async def run(self, plan: Plan[T]) -> T:
        try:
            action = next(plan)
            while True:
                if isinstance(action, Sleep):
                    await self.core.settings.clock.async_sleep(action.seconds)
                    action = plan.send(None)
                else:
                    action = plan.send(await self._paced_send(action.request))
        except StopIteration as done:
            result: T = done.value
            return result

    async def _paced_send(self, request: Outgoing) -> Outcome:
        core = self.core
        while True:
            async with self._in_flight_slots():
                # A POST's start is booked once it holds its slot, right before it goes out;
                # one that must wait gives the slot back while it sleeps.
                wait = core.settings.throttle.try_start() if core.is_paced(request) else 0.0
                if wait <= 0:
                    token = _limits.start_deadline(core.deadline_for(request))
                    try:
                        return await self._send(request)
                    except _SEND_FAILURES as failure:
                        return _send_failure(request, failure)
                    finally:
                        _limits.stop_deadline(token)
            core.log_pacing(request, wait)
            await core.settings.clock.async_sleep(wait)

    async def _send(self, request: Outgoing) -> Outcome:
        content = request.body.async_chunks() if request.body is not None else None
        built = self.core.build(self.http, request, request.url, content)
        hops = 0
        while True:
            with private_urls.hiding(built.url) if not request.api else nullcontext():
                response = await self.http.send(built, stream=True, follow_redirects=False)
                try:
                    target = self.core.redirect_target(request, response, hops)
                    if target is None:
                        return await self._receive(request, response)
                finally:
                    await response.aclose()
            built = self.core.build(self.http, request, target, None)
            hops += 1

    async def _receive(self, request: Outgoing, response: httpx.Response) -> Outcome:
        intake = self.core.intake(request, response)
        try:
            if intake.whole:
                intake.take(intake.whole[0])
            else:
                async for raw in response.aiter_raw():
                    intake.take(raw)
            return Answer(response.status_code, response.headers, intake.finish())
        except _limits.UnreadableBody as exc:
            return Unreadable(str(exc), response.status_code, exc)
