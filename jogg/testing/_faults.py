"""Scripted faults: what the next calls to the fake should suffer."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["fail", "drop", "truncated_json", "html", "truncate_download"]
DropKind = Literal["disconnect", "connect"]


@dataclass
class Fault:
    """One scripted fault rule; ``remaining`` counts down as calls consume it."""

    kind: FaultKind | Literal["latency"]
    remaining: int
    method: str | None = None
    path: str | None = None
    status: int | None = None
    code: int | None = None
    msg: str | None = None
    retry_after: float | None = None
    seconds: float = 0.0
    drop: DropKind = "disconnect"
    after: bool = False
    fired: int = field(default=0)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path is not None and not (
            self.path == path or fnmatch.fnmatchcase(path, self.path)
        ):
            return False
        return not (self.kind == "truncate_download" and not path.startswith("/files/"))


class Faults:
    """Faults to inject into the next calls, first come first served.

    Every method takes ``times`` (how many matching calls suffer it, default 1) and
    optionally ``method`` ("GET", "POST", ...) and ``path`` (exact, or a shell-style
    pattern such as ``"/v2/product_video/*"``) to limit which calls match. A call can
    suffer at most one latency rule and one other rule. Rules are used up in the order
    they were added.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[Fault] = []

    def _add(self, rule: Fault) -> Fault:
        if rule.remaining < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._rules.append(rule)
        return rule

    def fail(
        self,
        times: int = 1,
        *,
        status: int | None = None,
        code: int | None = None,
        msg: str | None = None,
        retry_after: float | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Answer with an error instead of doing the call (the call has no effect).

        ``status`` is the HTTP status (default 200, as the API answers business errors);
        ``code`` the envelope's code (default: 429 for status 429, 10105 for 401, 50000 for
        other 5xx and for 200, 40000 for other 4xx). ``retry_after`` adds a Retry-After
        header (seconds).
        """
        if status is None and code is None:
            raise ValueError("give a status, a code, or both")
        return self._add(
            Fault(
                "fail",
                times,
                method,
                path,
                status=status,
                code=code,
                msg=msg,
                retry_after=retry_after,
            )
        )

    def latency(
        self,
        seconds: float,
        times: int = 1,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Delay the answer by ``seconds`` of real time.

        In-process, a delay longer than the client's read timeout raises
        ``httpx.ReadTimeout`` after the timeout, as a slow server would.
        """
        return self._add(Fault("latency", times, method, path, seconds=float(seconds)))

    def drop(
        self,
        times: int = 1,
        *,
        kind: DropKind = "disconnect",
        after: bool = False,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Close the connection without an answer.

        In-process ``kind="disconnect"`` raises ``httpx.RemoteProtocolError`` and
        ``kind="connect"`` raises ``httpx.ConnectError``; served, the socket is closed.
        With ``after=True`` the call is carried out first and only its answer is lost (a
        POST that created a job, say) — the case that makes blind retries unsafe.
        """
        return self._add(Fault("drop", times, method, path, drop=kind, after=after))

    def truncated_json(
        self, times: int = 1, *, method: str | None = None, path: str | None = None
    ) -> Fault:
        """Carry out the call but answer with only the first half of the JSON body."""
        return self._add(Fault("truncated_json", times, method, path))

    def html(
        self,
        times: int = 1,
        *,
        status: int = 502,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Answer with an HTML error page (a proxy's), without doing the call."""
        return self._add(Fault("html", times, method, path, status=status))

    def truncate_download(self, times: int = 1, *, path: str | None = None) -> Fault:
        """Cut a file download (``/files/...``) half way: full Content-Length, half the bytes."""
        return self._add(Fault("truncate_download", times, "GET", path))

    def clear(self) -> None:
        """Forget every rule not used up yet."""
        with self._lock:
            self._rules.clear()

    @property
    def pending(self) -> list[Fault]:
        """The rules not used up yet."""
        with self._lock:
            return [r for r in self._rules if r.remaining > 0]

    def take(self, method: str, path: str) -> tuple[Fault | None, Fault | None]:
        """Consume and return (latency rule, other rule) matching this call, if any."""
        latency: Fault | None = None
        other: Fault | None = None
        with self._lock:
            for rule in self._rules:
                if rule.remaining <= 0 or not rule.matches(method, path):
                    continue
                if rule.kind == "latency":
                    if latency is None:
                        latency = rule
                elif other is None:
                    other = rule
            for taken in (latency, other):
                if taken is not None:
                    taken.remaining -= 1
                    taken.fired += 1
            self._rules = [r for r in self._rules if r.remaining > 0]
        return latency, other
