"""POST pacing inside one process, and the clock the batch runs on."""

from __future__ import annotations

import threading
import time
from collections import deque

from ._journal import Pacer


class SystemClock:
    """The real clock (a ``jogg.Clock``)."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)


class LocalPacer(Pacer):
    """A sliding window of POST starts in memory (the facade's R-THROTTLE-2 rule): the next
    start is booked at ``max(now, start[-limit] + window)``; booking is under a lock, the
    wait outside it, so rows queue for POSTs in the order they asked."""

    def __init__(self, clock: object, limit: int, window: float) -> None:
        self._clock = clock
        self._limit = limit
        self._window = window
        self._starts: deque[float] = deque(maxlen=limit)
        self._lock = threading.Lock()

    def _now(self) -> float:
        return float(self._clock.monotonic())  # type: ignore[attr-defined]

    def book(self) -> float:
        with self._lock:
            now = self._now()
            start = now
            if len(self._starts) == self._limit:
                start = max(now, self._starts[0] + self._window)
            self._starts.append(start)
        return start - now

    def recent(self) -> int:
        with self._lock:
            now = self._now()
            return sum(1 for s in self._starts if now - self._window < s <= now)


def safe_window(window: float) -> float:
    """The window the pacers book with: a second per minute longer than the API's, so that
    network jitter between two workers' requests never puts 21 in the server's window."""
    return window * 61.0 / 60.0
