"""Client-side pacing of POST requests to the API's documented limit."""

from __future__ import annotations

import threading
from collections import deque

from ._clock import Clock


class PostThrottle:
    """At most ``limit`` POST starts in any ``window`` seconds, shared by every thread and task
    of one client.

    A sliding window rather than a refilling bucket: a bucket of 20 lets a full burst through
    and then refills during the same minute, which a fixed 60 s window on the server counts
    as more than 20. Callers reserve a start time under a short lock and then sleep outside
    it, so sync and async code share the same bookkeeping.
    """

    def __init__(self, limit: int | None, window: float, clock: Clock) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._starts: deque[float] = deque()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book the next start; returns how many seconds the caller must wait before it."""
        if not self.limit:
            return 0.0
        with self._lock:
            now = self._clock.monotonic()
            start = now
            if len(self._starts) >= self.limit:
                start = max(now, self._starts[-self.limit] + self.window)
            self._starts.append(start)
            while len(self._starts) > self.limit:
                self._starts.popleft()
            return start - now
