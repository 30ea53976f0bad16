"""The clocks a fake can run on."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]


class ManualClock:
    """A clock that only moves when told to, for deterministic tests.

    Calling the instance returns the current reading in seconds. ``advance`` moves it
    forward; it never moves by itself.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move the clock forward by ``seconds`` (must not be negative); return the new reading."""
        if seconds < 0:
            raise ValueError("a clock cannot go backwards")
        with self._lock:
            self._now += float(seconds)
            return self._now

    def __repr__(self) -> str:
        return f"ManualClock(now={self():.3f})"


def resolve_clock(clock: Clock | str | None) -> Clock:
    if clock is None:
        return time.monotonic
    if isinstance(clock, str):
        if clock == "manual":
            return ManualClock()
        raise ValueError(f"unknown clock {clock!r}: pass 'manual' or a zero-argument callable")
    if not callable(clock):
        raise TypeError("clock must be a zero-argument callable returning seconds")
    return clock
