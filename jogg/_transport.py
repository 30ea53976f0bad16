"""The one transport core. Every request of every resource, sync or async, goes through it.

The retry loop, throttle, envelope check and logging are written once, as a plan: a
generator that yields what to do next (sleep, or send a request) and receives what
happened. ``SyncTransport`` and ``AsyncTransport`` only carry those actions out, so the two
clients differ exactly where I/O happens.
"""

from __future__ import annotations

import json
import logging
import random
import re
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qsl, quote, urlsplit

import attrs
import httpx

if TYPE_CHECKING:
    import asyncio

from ._clock import Clock
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    JoggError,
    RateLimitError,
    error_class_for,
)
from ._operations import Operation
from ._redact import HIDDEN_QUERY, redact_url
from ._throttle import PostThrottle
from ._version import __version__

T = TypeVar("T")

logger = logging.getLogger("jogg")

USER_AGENT = f"jogg-python/{__version__}"
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 60.0
SNIPPET_LENGTH = 200

# Transport failures after which a POST certainly never reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class BodySource(Protocol):
    """A request body streamed from a file (uploads): re-readable, so it can be retried."""

    size: int

    def sync_chunks(self) -> Iterator[bytes]: ...

    def async_chunks(self) -> AsyncIterator[bytes]: ...


class Sink(Protocol):
    """Where a streamed answer goes (downloads)."""

    def begin(self, headers: httpx.Headers) -> None: ...

    def write(self, chunk: bytes) -> None: ...

    def end(self) -> None:
        """Raise httpx.TransportError if the body was cut short, so the GET is retried."""
        ...


@attrs.frozen
class Call(Generic[T]):
    """One API operation to perform, and how to turn its `data` into the facade's result."""

    operation: Operation
    parse: Callable[[Any], T]
    path_params: Mapping[str, str | int] = attrs.field(factory=dict)
    query: Mapping[str, Any] = attrs.field(factory=dict)
    body: Any = None


@attrs.frozen
class Outgoing:
    """A request as the core sends it. ``api`` requests carry the key and answer in the
    envelope; the others (signed upload URLs, video files) carry no key at all."""

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


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class Send:
    request: Outgoing


Action = Sleep | Send
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


_DELAY_SECONDS = re.compile(r"[0-9]+\Z")
_IMF_FIXDATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{4}) "
    r"([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT\Z"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (R-RETRY-6), or None when unreadable.

    The grammar of docs/facade.md, not a library's: after trimming spaces and tabs, either
    delay-seconds (ASCII digits only: no sign, point, exponent or separator) or an
    IMF-fixdate (``Sun, 06 Nov 1994 08:49:37 GMT``, exact case), whose delay is the date
    minus ``now`` (the clock's wall time). The obsolete RFC 850 and asctime forms are not
    read. The result lies in [0, 60].
    """
    if value is None:
        return None
    value = value.strip(" \t")
    if _DELAY_SECONDS.match(value):
        return float(min(int(value), RETRY_AFTER_CAP))
    match = _IMF_FIXDATE.match(value)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        when = datetime(
            int(year),
            _MONTHS.index(month) + 1,
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=UTC,
        )
    except ValueError:  # 31 Feb, hour 24, second 60, ...
        return None
    return max(0.0, min(when.timestamp() - now, RETRY_AFTER_CAP))


def backoff_delay(attempt: int, jitter: float) -> float:
    """Exponential backoff for retry ``attempt`` (0-based), jitter in [0, 1) -> [50 %, 100 %]."""
    return float(min(BACKOFF_CAP, BACKOFF_BASE * (2.0**attempt)) * (0.5 + jitter / 2))


def is_retryable_error(method: str, error: APIError) -> bool:
    """Whether an error answer may be retried. A POST only when the API refused it outright
    (rate limited): after anything else it may have created a job and spent credit."""
    if isinstance(error, RateLimitError):
        return True
    if method == "POST":
        return False
    if error.code in (429, 50000):
        return True
    status = error.http_status or 0
    return status == 408 or status >= 500


def is_retryable_transport_failure(method: str, failure: httpx.TransportError) -> bool:
    return method != "POST" or isinstance(failure, _NOT_SENT)


_URL_QUERY = re.compile(r"(https?://[^\s\"'?]+)\?[^\s\"']*")


def snippet(content: bytes) -> str:
    """The start of a body for an error message, with URL queries cut: an answer may carry a
    signed URL (create_upload_url does), whose query is a credential."""
    text = content[: SNIPPET_LENGTH * 2].decode("utf-8", errors="replace")
    text = _URL_QUERY.sub(rf"\1?{HIDDEN_QUERY}", text)
    return " ".join(text.split())[:SNIPPET_LENGTH]


def _as_code(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def read_envelope(request: Outgoing, response: httpx.Response) -> Any:
    """The `data` of a successful answer; raises the matching APIError for anything else."""
    status = response.status_code
    content = response.content
    if 300 <= status < 400:
        raise APIError(
            "the API answered with a redirect, which is not followed (the API key must not "
            "travel to another host)",
            http_status=status,
            operation=request.operation,
        )
    try:
        body = json.loads(content)
    except ValueError:
        kind = error_class_for(None, status) if status >= 400 else APIError
        what = "an empty body" if not content.strip() else "a body that is not JSON"
        raise kind(
            f"the API answered with {what}",
            http_status=status,
            operation=request.operation,
            body_snippet=snippet(content) or None,
        ) from None
    if not isinstance(body, dict):
        raise APIError(
            "the API answered with JSON that is not an object",
            http_status=status,
            operation=request.operation,
            body_snippet=snippet(content),
        )
    code = _as_code(body.get("code"))
    rid = body.get("rid") if isinstance(body.get("rid"), str) else None
    rid = rid or response.headers.get("x-request-id")
    message = body.get("msg") or body.get("message")
    message = message if isinstance(message, str) and message else None
    if (code is not None and code != 0) or status >= 400:
        kind = error_class_for(code if code else None, status)
        raise kind(
            message or f"request failed with HTTP {status}",
            code=code,
            rid=rid,
            http_status=status,
            operation=request.operation,
        )
    if code is None:
        raise APIError(
            "the API's answer has no business code",
            rid=rid,
            http_status=status,
            operation=request.operation,
            body_snippet=snippet(content),
        )
    data = body.get("data")
    if request.returns_data and data is None:
        raise APIError(
            "the API reported success but sent no data",
            code=code,
            rid=rid,
            http_status=status,
            operation=request.operation,
            body_snippet=snippet(content),
        )
    return data


def read_answer(
    request: Outgoing, response: httpx.Response, data: Any, parse: Callable[[Any], T]
) -> T:
    """``parse(data)``; an answer of a shape it cannot use is an APIError that keeps the HTTP
    status and the start of the body, like every other unusable answer."""
    try:
        return parse(data)
    except Exception as exc:
        if isinstance(exc, JoggError) and not isinstance(exc, APIError):
            raise
        reason = (
            exc.message
            if isinstance(exc, APIError)
            else f"the API's answer could not be read ({type(exc).__name__}: {exc})"
        )
        raise APIError(
            reason,
            http_status=response.status_code,
            operation=request.operation,
            body_snippet=snippet(response.content),
        ) from exc


def _without_query_values(content: bytes, url: str) -> bytes:
    """``content`` without the values of ``url``'s query: a storage service refusing a
    signed URL may echo its signature in the error body, and that is a credential."""
    query = urlsplit(url).query
    values = {v for _, v in parse_qsl(query)} | {p.partition("=")[2] for p in query.split("&")}
    for value in sorted(values, key=len, reverse=True):
        if len(value) >= 6:
            content = content.replace(value.encode(), HIDDEN_QUERY.encode())
    return content


def check_plain(request: Outgoing, response: httpx.Response) -> httpx.Response:
    """For non-API requests (uploads to signed URLs, file downloads): only the status counts."""
    status = response.status_code
    if status >= 300:
        try:
            body = snippet(_without_query_values(response.content, request.url)) or None
        except httpx.ResponseNotRead:
            body = None
        kind = error_class_for(None, status)
        raise kind(
            f"{request.method} {request.label} answered HTTP {status}",
            http_status=status,
            operation=request.operation,
            body_snippet=body,
        )
    return response


_POST_UNCERTAIN = (
    "the request reached the API, so the job may have been created (and credit spent); "
    "it was not retried. Check the recent jobs (for example with a list call) before "
    "sending it again"
)


class Core:
    """The shared half of the transport: request preparation and the retry plan."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def api_request(self, call: Call[Any]) -> Outgoing:
        op = call.operation
        path = op.path
        for name, value in call.path_params.items():
            path = path.replace("{" + name + "}", quote(str(value), safe=""))
        params = {k: v for k, v in call.query.items() if v is not None} or None
        return Outgoing(
            method=op.method,
            url=self.settings.base_url + path,
            label=path,
            api=True,
            operation=op.id,
            params=params,
            json_body=call.body,
            returns_data=op.returns_data,
        )

    def headers_for(self, request: Outgoing) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, **request.headers}
        if request.api:
            headers["x-api-key"] = self.settings.api_key
            headers["Accept"] = "application/json"
        return headers

    def call_plan(self, call: Call[T]) -> Plan[T]:
        result: T = yield from self.plan(self.api_request(call), call.parse)
        return result

    def plan(self, request: Outgoing, parse: Callable[[Any], Any] | None = None) -> Plan[Any]:
        """Send ``request`` until it succeeds, or fails in a way that must not be retried.
        ``parse`` turns a successful answer's `data` into the result."""
        settings = self.settings
        clock = settings.clock
        attempt = 0
        while True:
            if request.method == "POST" and request.api:
                wait = settings.throttle.reserve()
                if wait > 0:
                    logger.info(
                        "%s %s paced %.1f s by the POST throttle",
                        request.method,
                        request.label,
                        wait,
                    )
                    yield Sleep(wait)
            started = clock.monotonic()
            logger.debug("%s %s attempt %d", request.method, request.label, attempt + 1)
            private = not request.api and "?" in request.url
            if private:
                _private_urls.in_flight.add(request.url)
            try:
                outcome = yield Send(request)
            finally:
                if private:
                    _private_urls.in_flight.discard(request.url)
            elapsed_ms = (clock.monotonic() - started) * 1000
            retry_after: float | None = None
            if isinstance(outcome, httpx.TransportError):
                error: APIError = self._transport_error(request, outcome)
                retryable = is_retryable_transport_failure(request.method, outcome)
                uncertain = not isinstance(outcome, _NOT_SENT)
            else:
                response: httpx.Response = outcome
                try:
                    result = (
                        read_envelope(request, response)
                        if request.api
                        else check_plain(request, response)
                    )
                    if parse is not None:
                        result = read_answer(request, response, result, parse)
                except APIError as exc:
                    error = exc
                    if request.api:
                        _redact(error, settings.api_key)
                    retryable = is_retryable_error(request.method, exc)
                    uncertain = not isinstance(exc, RateLimitError)
                    retry_after = retry_after_seconds(
                        response.headers.get("retry-after"), clock.time()
                    )
                else:
                    if logger.isEnabledFor(logging.INFO):
                        logger.info(
                            "%s %s -> %d in %.0f ms (attempt %d)%s",
                            request.method,
                            request.label,
                            response.status_code,
                            elapsed_ms,
                            attempt + 1,
                            _rid_note(request, response, settings.api_key),
                        )
                    return result
            if not retryable or attempt >= settings.max_retries:
                if request.method == "POST" and request.api and uncertain:
                    _add_note(error, _POST_UNCERTAIN)
                logger.info(
                    "%s %s failed after %d attempt(s): %s",
                    request.method,
                    request.label,
                    attempt + 1,
                    error,
                )
                raise error
            delay = (
                retry_after
                if retry_after is not None
                else backoff_delay(attempt, settings.random())
            )
            logger.info(
                "%s %s: %s; retry %d of %d in %.2f s",
                request.method,
                request.label,
                error,
                attempt + 1,
                settings.max_retries,
                delay,
            )
            attempt += 1
            yield Sleep(delay)

    def _transport_error(self, request: Outgoing, failure: httpx.TransportError) -> APIError:
        kind = (
            APITimeoutError if isinstance(failure, httpx.TimeoutException) else APIConnectionError
        )
        what = "timed out" if kind is APITimeoutError else "could not be completed"
        return kind(
            f"{request.method} {request.label} {what} ({type(failure).__name__})",
            operation=request.operation,
        )


def _add_note(error: APIError, note: str) -> None:
    error.message = f"{error.message}; {note}"
    error.args = (error._render(),)


def _rid_note(request: Outgoing, response: httpx.Response, secret: str) -> str:
    """The rid part of a successful API answer's log line (support asks for the rid)."""
    if not request.api or request.sink is not None:
        return ""
    rid = response.headers.get("x-request-id")
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("rid"), str):
        rid = body["rid"]
    if not rid or (secret and secret in rid):
        return ""
    return f", rid {rid[:64]}"


def _redact(error: APIError, secret: str) -> None:
    """Take ``secret`` out of what an error shows: its message, snippet and rid come from the
    server's answer, and a server (or a proxy's error page) may echo the key it was sent."""
    changed = False
    for name in ("message", "body_snippet", "rid"):
        value = getattr(error, name)
        if secret and isinstance(value, str) and secret in value:
            setattr(error, name, value.replace(secret, "<redacted>"))
            changed = True
    # A snippet is cut short, possibly in the middle of the key: drop a trailing piece of it.
    tail = error.body_snippet or ""
    for size in range(min(len(secret), len(tail)), 3, -1):
        if tail.endswith(secret[:size]):
            error.body_snippet = tail[:-size] + "<redacted>"
            changed = True
            break
    if changed:
        error.args = (error._render(),)


class _PrivateUrlLogFilter(logging.Filter):
    """httpx logs every request's full URL at INFO. The URLs the core sends without the API
    key (signed upload URLs, video files on a CDN) may carry a credential in their query, so
    while such a request is in flight its URL is logged without the query."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.in_flight and isinstance(record.args, tuple):
            record.args = tuple(
                redact_url(str(arg)) if str(arg) in self.in_flight else arg for arg in record.args
            )
        return True


_private_urls = _PrivateUrlLogFilter()
logging.getLogger("httpx").addFilter(_private_urls)


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
                    action = plan.send(self._send(action.request))
        except StopIteration as done:
            result: T = done.value
            return result

    def _send(self, request: Outgoing) -> httpx.Response | httpx.TransportError:
        built = self.http.build_request(
            request.method,
            request.url,
            params=request.params,
            json=request.json_body,
            content=request.body.sync_chunks() if request.body is not None else None,
            headers=self.core.headers_for(request),
            timeout=self.core.settings.timeout,
        )
        try:
            response = self.http.send(built, stream=True, follow_redirects=False)
            try:
                if request.sink is not None and response.is_success:
                    request.sink.begin(response.headers)
                    # Chunks as they arrive: re-cutting them to a fixed size copies every byte.
                    for chunk in response.iter_bytes():
                        request.sink.write(chunk)
                    request.sink.end()
                else:
                    response.read()
            finally:
                response.close()
        except httpx.TransportError as failure:
            return failure
        return response


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
                    async with self._in_flight_slots():
                        outcome = await self._send(action.request)
                    action = plan.send(outcome)
        except StopIteration as done:
            result: T = done.value
            return result

    async def _send(self, request: Outgoing) -> httpx.Response | httpx.TransportError:
        built = self.http.build_request(
            request.method,
            request.url,
            params=request.params,
            json=request.json_body,
            content=request.body.async_chunks() if request.body is not None else None,
            headers=self.core.headers_for(request),
            timeout=self.core.settings.timeout,
        )
        try:
            response = await self.http.send(built, stream=True, follow_redirects=False)
            try:
                if request.sink is not None and response.is_success:
                    request.sink.begin(response.headers)
                    async for chunk in response.aiter_bytes():
                        request.sink.write(chunk)
                    request.sink.end()
                else:
                    await response.aread()
            finally:
                await response.aclose()
        except httpx.TransportError as failure:
            return failure
        return response
