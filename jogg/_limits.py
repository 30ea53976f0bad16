"""Bounds on what one answer may cost: its size after decompression, and its total time.

httpx's timeouts apply to each phase (connect, each read, each write), so a server that
sends one byte a second never trips them, and ``response.read()`` keeps whatever a server
sends, however large, after unpacking it. The transport therefore reads raw bytes itself,
unpacks them in bounded pieces here, and counts; and a deadline for the whole request is
checked by every socket read and write (through a wrapper around httpcore's network
backend) and between chunks.
"""

from __future__ import annotations

import contextvars
import time
import zlib
from collections.abc import Iterator
from typing import Any

import httpx

# Documented in README (Retries and limits) and on Jogg.
DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PAGES = 1000
DEADLINE_TIMEOUTS = 3  # the default whole-request deadline, in multiples of ``timeout``

# Unpacked output is produced at most this much at a time, whatever the packing ratio.
PIECE = 256 * 1024
_ENCODINGS = ("identity", "gzip", "x-gzip", "deflate")
API_ACCEPT_ENCODING = "gzip, deflate"


class UnreadableBody(Exception):
    """The answer's bytes cannot be used: over the size limit, or badly packed."""


class _Inflater:
    """One content coding, unpacked with bounded output per call."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._inflate: Any = None

    def _start(self, first: bytes) -> Any:
        if self._coding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is zlib-wrapped by the standard, raw by some servers: look at the header.
        wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._inflate is None:
            if not data:
                return
            self._inflate = self._start(data)
        pending = data
        while True:
            try:
                out = self._inflate.decompress(pending, PIECE)
            except zlib.error as exc:
                raise UnreadableBody(f"its {self._coding} packing is corrupt ({exc})") from exc
            pending = self._inflate.unconsumed_tail
            if out:
                yield out
            if not pending and len(out) < PIECE:
                return

    def flush(self) -> Iterator[bytes]:
        if self._inflate is not None:
            yield from self.feed(b"")


class Decoder:
    """Undoes a Content-Encoding (a chain of gzip / deflate / identity), in pieces of at
    most ``PIECE`` bytes. Other codings are refused: the SDK never asks for them."""

    def __init__(self, content_encoding: str | None) -> None:
        if not content_encoding:  # most answers: nothing to undo
            self._stages: list[_Inflater] = []
            self.packed = False
            return
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        for coding in codings:
            if coding not in _ENCODINGS:
                raise UnreadableBody(f"it is packed as {coding[:40]!r}, which was not asked for")
        # Codings are listed in the order they were applied; undo the last one first.
        self._stages = [_Inflater(c) for c in reversed(codings) if c != "identity"]
        self.packed = bool(self._stages)

    def feed(self, data: bytes) -> Iterator[bytes]:
        yield from self._through(0, data)

    def flush(self) -> Iterator[bytes]:
        for index, stage in enumerate(self._stages):
            for piece in stage.flush():
                yield from self._through(index + 1, piece)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._stages):
            if data:
                yield data
            return
        for piece in self._stages[index].feed(data):
            yield from self._through(index + 1, piece)


class Intake:
    """Takes in an answer's raw bytes and unpacks them in bounded pieces: into ``sink`` (a
    download's file, no limit), or into a buffer of at most ``limit`` bytes."""

    def __init__(self, headers: Any, sink: Any, limit: int, whole: bytes | None = None) -> None:
        self.limit = limit
        # ``whole``: the body already read and unpacked by httpx; it is only counted.
        self.whole = [whole] if whole is not None else []
        self._decoder = Decoder(None if whole is not None else headers.get("content-encoding"))
        self._sink = sink
        # The pieces as they came: joining one piece copies nothing, most answers are one.
        self._pieces: list[bytes] = []
        self._size = 0
        if sink is not None:
            sink.begin(headers)

    def take(self, raw: bytes) -> None:
        if self._decoder.packed:
            for piece in self._decoder.feed(raw):
                self._add(piece)
        elif raw:
            self._add(raw)
        check_deadline()

    def finish(self) -> bytes:
        for piece in self._decoder.flush():
            self._add(piece)
        if self._sink is not None:
            self._sink.end()
        return b"".join(self._pieces)

    def _add(self, piece: bytes) -> None:
        if self._sink is not None:
            self._sink.write(piece)
            return
        if self._size + len(piece) > self.limit:
            raise UnreadableBody(
                f"it is larger than the limit of {self.limit} bytes (max_response_bytes)"
            )
        self._size += len(piece)
        self._pieces.append(piece)


# ----------------------------------------------------------------------- the deadline

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "jogg_deadline", default=None
)


class DeadlinePassed(Exception):
    """Raised between chunks; the drivers turn it into a timeout."""


def start_deadline(seconds: float | None) -> contextvars.Token[float | None]:
    """Arm the deadline for the request about to be sent in this thread or task."""
    return _deadline.set(None if seconds is None else time.monotonic() + seconds)


def stop_deadline(token: contextvars.Token[float | None]) -> None:
    _deadline.reset(token)


def deadline_passed(slack: float = 0.05) -> bool:
    deadline = _deadline.get()
    return deadline is not None and time.monotonic() >= deadline - slack


def check_deadline() -> None:
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() >= deadline:
        raise DeadlinePassed


def deadline_timeout(
    kind: type[httpx.TimeoutException] = httpx.ReadTimeout, cause: BaseException | None = None
) -> httpx.TimeoutException:
    """The timeout a passed deadline is reported as (the drivers' outcome)."""
    timeout = kind("the whole-request deadline passed")
    timeout.__cause__ = cause
    return timeout


def timed_out(failure: httpx.TimeoutException) -> httpx.TimeoutException:
    """A per-phase timeout shortened by the deadline is the deadline's doing: say so. The
    kind stays (a connect timeout still means that a POST was never sent)."""
    return deadline_timeout(type(failure), failure) if deadline_passed() else failure


def _bounded(timeout: float | None, kind: type[Exception]) -> float | None:
    """A socket operation's timeout, shortened to what is left of the deadline."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise kind("the whole-request deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


def install_deadline(http: Any) -> None:
    """Bound every socket read and write of ``http``'s pool by the running deadline. The
    wrappers subclass httpcore's network classes, so they load with the first client."""
    from ._socket_deadline import install

    install(http)
