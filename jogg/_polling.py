"""The one wait engine: how often to look at a job, when to give up, and what to report.

Sync and async waits differ only in how they sleep and fetch; the schedule, the deadline
and the decision on each observed status are ``Waiter``'s.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any, Generic, Protocol, TypeVar

from ._clock import Clock
from ._errors import JobFailedError, ValidationError, WaitTimeoutError
from ._status import JobStatus

DEFAULT_WAIT_TIMEOUT = 1800.0


class Job(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def status(self) -> JobStatus: ...

    @property
    def failure_detail(self) -> str | None: ...


J = TypeVar("J", bound=Job)

ProgressCallback = Callable[[Any, float], None]


def advised_delays() -> Iterator[float]:
    """The vendor's advice: a first look after 10 s, every 10 s for a minute, then every 30 s
    up to five minutes, then every minute (a product video takes 5-10 minutes)."""
    elapsed = 0.0
    while True:
        if elapsed < 70:
            step = min(10.0, 70 - elapsed)
        elif elapsed < 300:
            step = min(30.0, 300 - elapsed)
        else:
            step = 60.0
        elapsed += step
        yield step


def fixed_delays(interval: float) -> Iterator[float]:
    while True:
        yield interval


class Waiter(Generic[J]):
    def __init__(
        self,
        job_id: str,
        *,
        clock: Clock,
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
        just_created: bool = False,
    ) -> None:
        if timeout is not None and (isinstance(timeout, bool) or not timeout > 0):
            raise ValidationError("timeout", timeout, "a positive number of seconds, or None")
        if poll_interval is not None and (isinstance(poll_interval, bool) or not poll_interval > 0):
            raise ValidationError("poll_interval", poll_interval, "a positive number of seconds")
        self.job_id = job_id
        self._clock = clock
        self._started = clock.monotonic()
        self._deadline = None if timeout is None else self._started + timeout
        delays = advised_delays() if poll_interval is None else fixed_delays(poll_interval)
        # The vendor's first look after 10 s is for a job just created; a job that already
        # exists may be finished, so waiting on it looks at once.
        self._delays = delays if just_created else itertools.chain([0.0], delays)
        self._on_progress = on_progress
        self.last: J | None = None

    @property
    def elapsed(self) -> float:
        return self._clock.monotonic() - self._started

    def next_delay(self) -> float:
        """Seconds until the next look; raises WaitTimeoutError once the deadline has passed."""
        delay = next(self._delays)
        if self._deadline is None:
            return delay
        remaining = self._deadline - self._clock.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(self.last, self.job_id, self.elapsed)
        return min(delay, remaining)

    def observe(self, job: J) -> bool:
        """True when ``job`` is completed; raises JobFailedError when it failed."""
        self.last = job
        if self._on_progress is not None:
            self._on_progress(job, self.elapsed)
        if job.status.is_failed:
            raise JobFailedError(job, job.failure_detail)
        return job.status.is_completed


def wait_sync(waiter: Waiter[J], fetch: Callable[[], J], clock: Clock) -> J:
    while True:
        delay = waiter.next_delay()
        if delay > 0:
            clock.sleep(delay)
        if waiter.observe(fetch()):
            return waiter.last  # type: ignore[return-value]


async def wait_async(waiter: Waiter[J], fetch: Callable[[], Any], clock: Clock) -> J:
    while True:
        delay = waiter.next_delay()
        if delay > 0:
            await clock.async_sleep(delay)
        if waiter.observe(await fetch()):
            return waiter.last  # type: ignore[return-value]
