"""The clock the batch runs on, and the margin of its POST pacing."""

from __future__ import annotations

import time


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


def safe_window(window: float) -> float:
    """The window the pacers book with: a second a minute longer than the API's (at least a
    quarter of a second), so that requests reaching the API a little late never put 21 in
    the server's window."""
    return window + max(window / 60.0, 0.25)
