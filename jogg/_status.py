"""Job status: one vocabulary for the many spellings the API uses."""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
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

# ASCII white space (tab, line feed, vertical tab, form feed, carriage return, space): the
# same set in every language, unlike each one's notion of Unicode white space.
_ASCII_SPACE = "\t\n\x0b\x0c\r "
_DIGITS = re.compile(r"[0-9]+\Z")

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
        """R-STATUS-1: a string is matched after trimming ASCII white space, in ASCII lower
        case; a string of ASCII digits, or a whole JSON number (4 and 4.0 alike), is the
        integer. Anything else (booleans, null, other numbers, objects) is unknown."""
        if type(value) is str and value in _STATE_BY_SPELLING:  # as the API usually spells it
            return cls(_STATE_BY_SPELLING[value], value)
        if isinstance(value, bool) or value is None:
            return cls(JobState.UNKNOWN, None)
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if isinstance(value, int):
            return cls(_STATE_BY_SPELLING.get(value, JobState.UNKNOWN), value)
        if isinstance(value, str):
            key = value.strip(_ASCII_SPACE)
            if not key.isascii():
                return cls(JobState.UNKNOWN, value)
            if _DIGITS.match(key):
                return cls(_STATE_BY_SPELLING.get(int(key), JobState.UNKNOWN), value)
            return cls(_STATE_BY_SPELLING.get(key.lower(), JobState.UNKNOWN), value)
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


def job_status(obj: Mapping[str, Any], has_error: bool, key: str = "status") -> JobStatus:
    """R-STATUS-2, the status of a job answer: the one rule for every job type.

    A job answer with no ``key`` at all is a job the API has accepted but not yet reported
    on (create answers carry only an id): pending. Whenever the status does not read as one
    of the four known states (absent, null, empty, a new spelling, a wrong type) and the
    answer carries an error, the job failed. Otherwise the status is read as it is.
    """
    if key not in obj:
        return JobStatus(JobState.FAILED if has_error else JobState.PENDING)
    status = JobStatus.parse(obj[key])
    if status.state is JobState.UNKNOWN and has_error:
        return JobStatus(JobState.FAILED, status.raw)
    return status
