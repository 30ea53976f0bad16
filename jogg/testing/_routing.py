"""Routing: record the request, take scripted faults, check the key and the POST rate
limit, and hand the request to the handler of its operation."""

from __future__ import annotations

import hmac
import json
import math
import re
from collections import deque
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from . import _files as files
from ._deliveries import Deliverer, observe
from ._faults import Fault, Faults
from ._params import ParamError
from ._records import Delivery, RecordedRequest
from ._state import ApiError, State
from ._transport import Incoming, Reply, fault_after, fault_instead, json_reply, seconds_header
from .handlers import HANDLERS, Operation
from .handlers._common import Ctx

_HIDDEN_HEADERS = frozenset({"x-api-key", "authorization", "cookie"})


@dataclass(frozen=True)
class _Route:
    pattern: re.Pattern[str]
    operation: Operation


def _routes() -> list[_Route]:
    """One route per operation; fixed paths first, so ``/v2/video_translate/target_languages``
    is not taken for a translation id."""
    routes = []
    for operation in HANDLERS.values():
        path = operation.path.rstrip("/")
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
        routes.append(_Route(re.compile(f"^{pattern}$"), operation))
    return sorted(routes, key=lambda r: "{" in r.operation.path)


_ROUTES = _routes()


class Router:
    """Answers requests: records them, applies faults, checks, dispatches by operationId.

    ``api_key`` is the key clients must send in ``x-api-key``. ``rate_limit`` POSTs are
    allowed per ``rate_window`` seconds of the fake's clock (None: no limit); a refused
    POST does not count and carries ``Retry-After``.
    """

    def __init__(
        self,
        state: State,
        deliverer: Deliverer,
        *,
        api_key: str,
        rate_limit: int | None,
        rate_window: float,
    ) -> None:
        self.state = state
        self.deliverer = deliverer
        self.api_key = api_key
        self.rate_limit = rate_limit
        self.rate_window = rate_window
        self.faults = Faults()
        self.requests: list[RecordedRequest] = []
        self._post_times: deque[float] = deque()

    def reset_rate_limit(self) -> None:
        """Forget the POSTs counted so far: the next ``rate_limit`` POSTs are all allowed."""
        with self.state.lock:
            self._post_times.clear()

    def admit(self, incoming: Incoming) -> tuple[Fault | None, Fault | None]:
        """Record the request; return the latency and the other fault it is to suffer."""
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
            at=self.state.clock(),
        )
        with self.state.lock:
            self.requests.append(record)
        return self.faults.take(incoming.method, incoming.path)

    def dispatch(self, incoming: Incoming, fault: Fault | None) -> Reply:
        """The reply to a request, after the fault (if any) has had its say."""
        instead = fault_instead(fault)
        if instead is not None:
            return instead
        try:
            reply, deliveries = self._process(incoming)
        except Exception as exc:  # a bug in the fake: say so rather than hang the client
            reply = json_reply(50000, f"FakeJogg internal error: {type(exc).__name__}", None, 500)
            deliveries = []
        self.deliverer.send(deliveries)
        return fault_after(reply, fault)

    def _process(self, incoming: Incoming) -> tuple[Reply, list[Delivery]]:
        if files.is_file_request(incoming):
            return files.serve_file(self.state, incoming), []
        if files.is_upload_request(incoming):
            return files.receive_upload(self.state, incoming), []
        method = incoming.method
        path = incoming.path.rstrip("/") or "/"
        found: tuple[Operation, dict[str, str]] | None = None
        path_known = False
        for route in _ROUTES:
            match = route.pattern.match(path)
            if match is None:
                continue
            path_known = True
            if route.operation.method == method:
                found = route.operation, {k: unquote(v) for k, v in match.groupdict().items()}
                break
        if found is None:
            if path_known:
                return json_reply(40000, f"method {method} not allowed on {path}", None, 405), []
            return json_reply(10104, f"no such path: {path}", None, 404), []
        key = incoming.headers.get("x-api-key")
        if not key:
            return json_reply(10105, "missing api key (x-api-key header)", None, 401), []
        if not hmac.compare_digest(key.encode(), self.api_key.encode()):
            return json_reply(10105, "invalid api key", None), []
        operation, args = found
        with self.state.lock:
            deliveries = observe(self.state)
            now = self.state.clock()
            headers: dict[str, str] = {}
            if method == "POST" and self.rate_limit is not None:
                limited = self._count_post(self.rate_limit, now, headers)
                if limited is not None:
                    return limited, deliveries
            try:
                data = operation.handler(Ctx(incoming, args, now, self.state))
            except ParamError as exc:
                return json_reply(40000, str(exc), None, headers=headers), deliveries
            except ApiError as exc:
                return json_reply(exc.code, exc.msg, None, exc.http_status, headers), deliveries
            deliveries += observe(self.state)
        return json_reply(0, "success", data, headers=headers), deliveries

    def _count_post(self, limit: int, now: float, headers: dict[str, str]) -> Reply | None:
        """Count a POST in the window; a 429 reply (with Retry-After) when it is full."""
        window = self._post_times
        while window and window[0] <= now - self.rate_window:
            window.popleft()
        if len(window) >= limit:
            # The oldest POST leaves the window first; whole seconds, at least one.
            free_at = window[0] + self.rate_window if window else now + self.rate_window
            wait = max(1, math.ceil(free_at - now))
            limited = {"Retry-After": seconds_header(wait), "X-RateLimit-Remaining": "0"}
            return json_reply(429, "rate limit exceeded", None, headers=limited)
        window.append(now)
        headers["X-RateLimit-Remaining"] = str(limit - len(window))
        return None
