"""Job status: one vocabulary for the many spellings the API uses."""

from __future__ import annotations

import enum
from typing import Any

import attrs


class JobState(enum.StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    UNKNOWN = "unknown"


# Every spelling seen from the API. Strings are matched case-insensitively. Integers:
# 0/1/2 on photo- and product-avatar items, 3/4/5 as list filters (processing/success/failed).
_STATE_BY_SPELLING: dict[str | int, JobState] = {
    "pending": JobState.PENDING,
    "queued": JobState.PENDING,
    "waiting": JobState.PENDING,
    "processing": JobState.PROCESSING,
    "in_progress": JobState.PROCESSING,
    "running": JobState.PROCESSING,
    "generating": JobState.PROCESSING,
    "completed": JobState.COMPLETED,
    "complete": JobState.COMPLETED,
    "success": JobState.COMPLETED,
    "succeeded": JobState.COMPLETED,
    "done": JobState.COMPLETED,
    "failed": JobState.FAILED,
    "failure": JobState.FAILED,
    "error": JobState.FAILED,
    0: JobState.PROCESSING,
    1: JobState.COMPLETED,
    2: JobState.FAILED,
    3: JobState.PROCESSING,
    4: JobState.COMPLETED,
    5: JobState.FAILED,
}

# What list endpoints take as their integer `status` filter.
LIST_FILTER_CODES: dict[JobState, int] = {
    JobState.PROCESSING: 3,
    JobState.COMPLETED: 4,
    JobState.FAILED: 5,
}


@attrs.frozen(eq=False)
class JobStatus:
    """A job's status as the API spelled it (``raw``) and what it means (``state``).

    Compares equal to its state, its state's name as a string, or another JobStatus with
    the same state: ``video.status == "completed"``. Unknown spellings are kept with the
    state UNKNOWN, which is not finished, so waiting goes on.
    """

    state: JobState
    raw: str | int | None = None

    @classmethod
    def parse(cls, value: Any) -> JobStatus:
        if isinstance(value, bool) or value is None:
            return cls(JobState.UNKNOWN, None)
        if isinstance(value, int):
            return cls(_STATE_BY_SPELLING.get(value, JobState.UNKNOWN), value)
        if isinstance(value, str):
            key = value.strip().lower()
            if key.isdigit():
                return cls(_STATE_BY_SPELLING.get(int(key), JobState.UNKNOWN), value)
            return cls(_STATE_BY_SPELLING.get(key, JobState.UNKNOWN), value)
        return cls(JobState.UNKNOWN, None)

    @property
    def is_finished(self) -> bool:
        return self.state in (JobState.COMPLETED, JobState.FAILED)

    @property
    def is_completed(self) -> bool:
        return self.state is JobState.COMPLETED

    @property
    def is_failed(self) -> bool:
        return self.state is JobState.FAILED

    def __eq__(self, other: object) -> bool:
        if isinstance(other, JobStatus):
            return self.state is other.state
        if isinstance(other, str):
            return self.state.value == other.lower()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.state)

    def __str__(self) -> str:
        return self.state.value

    def __repr__(self) -> str:
        return f"JobStatus({self.state.value!r}, raw={self.raw!r})"
