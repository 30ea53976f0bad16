"""The retry policy: which failures may be sent again, after how long, and when a failed
POST may have created a job. Pure functions; the transport core applies them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx

from ._envelope import Failure
from ._errors import (
    AuthenticationError,
    InsufficientCreditError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_CAP",
    "DEFINITE_REFUSALS",
    "NOT_SENT",
    "POST_UNCERTAIN",
    "backoff_delay",
    "is_retryable_error",
    "is_retryable_transport_failure",
    "retry_after_seconds",
]

BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0

# Transport failures after which a POST certainly never reached the server.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Answers with a definite business code: the API refused, so nothing was created.
DEFINITE_REFUSALS = (
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    InsufficientCreditError,
    InvalidRequestError,
    RateLimitError,
)


def backoff_delay(attempt: int, jitter: float) -> float:
    """Exponential backoff for retry ``attempt`` (0-based), jitter in [0, 1) -> [50 %, 100 %]."""
    return float(min(BACKOFF_CAP, BACKOFF_BASE * (2.0**attempt)) * (0.5 + jitter / 2))


def is_retryable_error(method: str, failure: Failure) -> bool:
    """Whether an error answer may be retried. A POST only when the API refused it outright
    (rate limited): after anything else it may have created a job and spent credit."""
    if issubclass(failure.kind, RateLimitError) or failure.http_status == 429:
        return True  # HTTP 429 is a refusal whatever the body's code (R-POST-3)
    if method == "POST":
        return False
    if failure.code in (429, 50000):
        return True
    status = failure.http_status or 0
    return status == 408 or status >= 500


def is_retryable_transport_failure(method: str, failure: httpx.TransportError) -> bool:
    return method != "POST" or isinstance(failure, NOT_SENT)


POST_UNCERTAIN = (
    "the request reached the API, so the job may have been created (and credit spent); "
    "it was not retried. Check the recent jobs (for example with a list call) before "
    "sending it again"
)


RETRY_AFTER_CAP = 60.0

_DELAY_SECONDS = re.compile(r"[0-9]+\Z")
_IMF_FIXDATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{4}) "
    r"([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT\Z"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (R-RETRY-6), or None when unreadable.

    The grammar of docs/facade.md, not a library's: after trimming spaces and tabs, either
    delay-seconds (ASCII digits only: no sign, point, exponent or separator) or an
    IMF-fixdate (``Sun, 06 Nov 1994 08:49:37 GMT``, exact case), whose delay is the date
    minus ``now`` (the clock's wall time). The obsolete RFC 850 and asctime forms are not
    read. The result lies in [0, 60].
    """
    if value is None:
        return None
    value = value.strip(" \t")
    if _DELAY_SECONDS.match(value):
        return float(min(int(value), RETRY_AFTER_CAP))
    match = _IMF_FIXDATE.match(value)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        when = datetime(
            int(year),
            _MONTHS.index(month) + 1,
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=UTC,
        )
    except ValueError:  # 31 Feb, hour 24, second 60, ...
        return None
    return max(0.0, min(when.timestamp() - now, RETRY_AFTER_CAP))
