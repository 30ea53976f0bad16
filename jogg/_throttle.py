"""Client-side pacing of POST requests to the API's documented limit."""

from __future__ import annotations

import threading
from collections import deque

from ._clock import Clock, SystemClock

DEFAULT_MARGIN = 1.0
# A wait shorter than this is rounding, not a wait (virtual clocks add floats).
_EPSILON = 1e-6


class PostThrottle:
    """At most ``limit`` POST requests sent in any ``window`` + ``margin`` seconds.

    Every thread and task of a client shares its throttle, and so do its ``with_options``
    copies. Pass one ``PostThrottle`` as ``post_throttle=`` to several clients that use the
    same key to make them share it too. Separate processes do not share it: they need the
    batch runner's shared pacing, or coordination of their own.

    A sliding window rather than a refilling bucket: a bucket of 20 lets a full burst through
    and then refills during the same minute, which a fixed 60 s window on the server counts
    as more than 20. A start is booked only at the moment the request is sent (after it got
    its in-flight slot), so time spent queueing never makes the booking stale; ``margin``
    absorbs network jitter between our clock and the server's.
    """

    def __init__(
        self,
        limit: int | None = 20,
        *,
        window: float = 60.0,
        margin: float = DEFAULT_MARGIN,
        clock: Clock | None = None,
    ) -> None:
        self.limit = limit
        self.window = window
        self.margin = margin
        self._clock = clock or SystemClock()
        self._starts: deque[float] = deque()
        self._lock = threading.Lock()

    def try_start(self) -> float:
        """Book a start now and return 0, or return how long to wait before trying again
        (nothing is booked then)."""
        if not self.limit:
            return 0.0
        with self._lock:
            now = self._clock.monotonic()
            if len(self._starts) >= self.limit:
                free_at = self._starts[-self.limit] + self.window + self.margin
                if free_at - now > _EPSILON:
                    return free_at - now
            self._starts.append(now)
            while len(self._starts) > self.limit:
                self._starts.popleft()
            return 0.0

    def __repr__(self) -> str:
        return f"PostThrottle(limit={self.limit}, window={self.window}, margin={self.margin})"
