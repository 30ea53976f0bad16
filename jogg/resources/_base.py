"""What every resource shares: the transport, downloads, and the wait engine."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .. import _validation as v
from .._errors import ValidationError
from .._pagination import AsyncPager, ListCall, SyncPager
from .._polling import DEFAULT_WAIT_TIMEOUT, Job, ProgressCallback, Waiter, wait_async, wait_sync
from .._status import LIST_FILTER_CODES, JobStatus
from .._transport import Call

if TYPE_CHECKING:
    from .._client import AsyncJogg, Jogg

T = TypeVar("T")
J = TypeVar("J", bound=Job)

__all__ = ["DEFAULT_WAIT_TIMEOUT", "AsyncResource", "SyncResource", "job_id", "list_status"]


def job_id(field: str, value: Any) -> str:
    """A job's id, given as the id itself or as a result object that has one."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) and hasattr(value, "id"):
        value = value.id
    return v.text(field, value)


def list_status(value: Any) -> int | None:
    """A list filter's status: completed / processing / failed (or the API's 3 / 4 / 5)."""
    if value is None:
        return None
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value in LIST_FILTER_CODES.values()
    ):
        return value
    state = JobStatus.parse(value).state if isinstance(value, str) else None
    if state in LIST_FILTER_CODES:
        return LIST_FILTER_CODES[state]
    raise ValidationError("status", value, "one of 'processing', 'completed', 'failed'")


class SyncResource:
    def __init__(self, client: Jogg) -> None:
        self._client = client
        self._transport = client._transport
        self._files = client._files
        self._clock = client._settings.clock

    def _call(self, call: Call[T]) -> T:
        return self._transport.call(call)

    def _list(self, spec: ListCall[T]) -> SyncPager[T]:
        return SyncPager(self._transport, spec)

    def _wait(
        self,
        job: str,
        fetch: Callable[[], J],
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> J:
        waiter: Waiter[J] = Waiter(
            job,
            clock=self._clock,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
        return wait_sync(waiter, fetch, self._clock)


class AsyncResource:
    def __init__(self, client: AsyncJogg) -> None:
        self._client = client
        self._transport = client._transport
        self._files = client._files
        self._clock = client._settings.clock

    async def _call(self, call: Call[T]) -> T:
        return await self._transport.call(call)

    def _list(self, spec: ListCall[T]) -> AsyncPager[T]:
        return AsyncPager(self._transport, spec)

    async def _wait(
        self,
        job: str,
        fetch: Callable[[], Awaitable[J]],
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> J:
        waiter: Waiter[J] = Waiter(
            job,
            clock=self._clock,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
        return await wait_async(waiter, fetch, self._clock)
