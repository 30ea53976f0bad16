"""What a successful API answer looked like on the wire, kept for ``with_raw_response``:
the core records each answer it accepts while a raw call is running."""

from __future__ import annotations

from contextvars import ContextVar
from typing import NamedTuple

import httpx

from ._envelope import Answer


class Exchange(NamedTuple):
    """What a successful API answer looked like on the wire (for ``with_raw_response``)."""

    http_status: int
    headers: httpx.Headers
    rid: str | None
    elapsed: float


# Set by with_raw_response around one call: the core appends each API answer it accepts.
_exchanges: ContextVar[list[Exchange] | None] = ContextVar("jogg_exchanges", default=None)


def record_exchange(answer: Answer, rid: str | None, elapsed: float, secret: str) -> None:
    exchanges = _exchanges.get()
    if exchanges is not None:
        if rid and secret and secret in rid:
            rid = None
        exchanges.append(Exchange(answer.status_code, answer.headers, rid, elapsed))


def rid_note(api: bool, rid: str | None, secret: str) -> str:
    """The rid part of a successful API answer's log line (support asks for the rid)."""
    if not api or not rid or (secret and secret in rid):
        return ""
    return f", rid {rid[:64]}"
