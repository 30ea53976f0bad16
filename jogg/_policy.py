"""The retry policy: which failures may be sent again, after how long, and when a failed
POST may have created a job. Pure functions; the transport core applies them."""

from __future__ import annotations

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
    if issubclass(failure.kind, RateLimitError):
        return True
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
