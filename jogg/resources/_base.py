"""What every resource shares: the transport, downloads, and the wait engine."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Collection
from typing import TYPE_CHECKING, Any, TypeVar

from .. import _validation as v
from .. import _wire as w
from .._errors import (
    JobFailedError,
    JoggError,
    ValidationError,
    WaitAfterCreateError,
    WaitTimeoutError,
)
from .._pagination import AsyncPager, ListCall, SyncPager
from .._polling import DEFAULT_WAIT_TIMEOUT, Job, ProgressCallback, Waiter, wait_async, wait_sync
from .._status import LIST_FILTER_CODES, JobStatus
from .._transport import Call

if TYPE_CHECKING:
    from .._client import AsyncJogg, Jogg

T = TypeVar("T")
J = TypeVar("J", bound=Job)

__all__ = ["DEFAULT_WAIT_TIMEOUT", "AsyncResource", "SyncResource", "job_id", "list_status"]


# Longer ids are no ids the API hands out; refusing them keeps a pasted document out of a URL.
MAX_ID_LENGTH = 256
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def job_id(field: str, value: Any) -> str:
    """An id, given as the id itself or as a result object that has one (a Product, a job).

    Ids go into URL paths and bodies, so "", "." and ".." (which would address another
    path), ids with control characters and over-long ids are refused before sending.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) and hasattr(value, "id"):
        value = value.id
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    text = v.text(field, value)
    if text.strip() in (".", ".."):
        raise ValidationError(field, value, "an id (not '.' or '..')")
    if len(text) > MAX_ID_LENGTH:
        raise ValidationError(
            field, f"<{len(text)} characters>", f"an id of at most {MAX_ID_LENGTH} characters"
        )
    if _CONTROL.search(text):
        raise ValidationError(field, value, "an id without control characters")
    return text


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


def history_filters(
    status: Any,
    sort_by: str | None,
    sort_order: str | None,
    status_values: Collection[Any],
    order_values: Collection[Any],
) -> dict[str, Any]:
    """The filters of the video history lists (product videos, previews, template videos),
    checked against the spec's sets for that list."""
    code = list_status(status)
    return {
        "status": None if code is None else w.choice("status", code, status_values),
        "sort_by": v.optional_text("sort_by", sort_by),
        "sort_order": w.optional_choice("sort_order", sort_order, order_values),
    }


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
        just_created: bool = False,
    ) -> J:
        waiter: Waiter[J] = Waiter(
            job,
            clock=self._clock,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            just_created=just_created,
        )
        return wait_sync(waiter, fetch, self._clock)

    def _wait_created(
        self,
        created: J,
        fetch: Callable[[str], J],
        resume: str,
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> J:
        """Wait for a job this call just created. A failure of the wait (other than the job
        failing or the wait timing out, which name the job already) carries the job and
        ``resume``, the method that waits for it again."""
        job = job_id("id", created)
        try:
            return self._wait(
                job, lambda: fetch(job), timeout, poll_interval, on_progress, just_created=True
            )
        except (JobFailedError, WaitTimeoutError):
            raise
        except JoggError as exc:
            raise WaitAfterCreateError(created, type(created).__name__, resume, exc) from exc


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
        just_created: bool = False,
    ) -> J:
        waiter: Waiter[J] = Waiter(
            job,
            clock=self._clock,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            just_created=just_created,
        )
        return await wait_async(waiter, fetch, self._clock)

    async def _wait_created(
        self,
        created: J,
        fetch: Callable[[str], Awaitable[J]],
        resume: str,
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> J:
        """Wait for a job this call just created. A failure of the wait (other than the job
        failing or the wait timing out, which name the job already) carries the job and
        ``resume``, the method that waits for it again."""
        job = job_id("id", created)
        try:
            return await self._wait(
                job, lambda: fetch(job), timeout, poll_interval, on_progress, just_created=True
            )
        except (JobFailedError, WaitTimeoutError):
            raise
        except JoggError as exc:
            raise WaitAfterCreateError(created, type(created).__name__, resume, exc) from exc
