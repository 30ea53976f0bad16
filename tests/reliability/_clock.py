"""A virtual clock that records sleeps: retries and throttling run at full speed in tests."""

from __future__ import annotations

import asyncio
import threading


class RecordingClock:
    """``sleep`` returns at once and moves virtual time forward by its length; I/O still uses
    real sockets. Every sleep is recorded, so a test can check delays against their bounds.
    """

    def __init__(self, start: float = 1_000.0) -> None:
        self._now = start
        self._lock = threading.Lock()
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        with self._lock:
            return self._now

    def time(self) -> float:
        return 1_700_000_000.0 + self.monotonic()

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self._now += max(0.0, seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)
