"""Time, behind a small interface so that tests and ports can run retries and waits on a
virtual clock instead of sleeping."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (delays and deadlines)."""
        ...

    def time(self) -> float:
        """Seconds since the epoch (to read Retry-After given as an HTTP date)."""
        ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # on first use: sync-only programs need not pay for importing it

        await asyncio.sleep(seconds)
