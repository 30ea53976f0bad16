"""The error hierarchy, and the table that maps the API's codes and HTTP statuses to it.

::

    JoggError                      everything this SDK raises
    ├── ValidationError            an argument was refused; nothing was sent
    ├── APIError                   the API answered with an error, or with no usable answer
    │   ├── AuthenticationError        10105 / HTTP 401    definite refusal
    │   ├── PermissionDeniedError      18025 / HTTP 403    definite refusal
    │   ├── NotFoundError              10104 / HTTP 404    definite refusal
    │   ├── InsufficientCreditError    18020               definite refusal
    │   ├── InvalidRequestError        40000 / HTTP 400, 422  definite refusal
    │   ├── RateLimitError             429                 definite refusal (retried)
    │   ├── ServerError                50000 / HTTP 5xx
    │   └── APIConnectionError         not sent, or the answer could not be read
    │       └── APITimeoutError            a per-phase timeout or the whole-request deadline
    ├── JobFailedError             a waited-for job ended as failed
    ├── WaitTimeoutError           a wait reached its deadline; the job goes on
    ├── WaitAfterCreateError       a *_and_wait created its job, then the wait failed
    └── WebhookVerificationError   a webhook signature did not match

An error is built once, with its final text: the transport takes credentials out of what
the server sent and decides on the "job may exist" note before it constructs the error,
and nothing rewrites ``args`` afterwards.
"""

from __future__ import annotations

from typing import Any


class JoggError(Exception):
    """Root of every error this SDK raises."""


class ValidationError(JoggError, ValueError):
    """An argument was refused before any request was sent."""

    def __init__(self, field: str, value: Any, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: expected {expected}, got {_short_repr(value)}")


class APIError(JoggError):
    """The API answered with an error, or with something that is not a valid answer.

    ``code`` is the business code from the body (None when the body had none), ``rid`` the
    API's request id (give it to JoggAI support), ``http_status`` the HTTP status.
    ``job_may_exist`` is True when a POST reached the API and its outcome is unknown: the
    job may have been created (and credit spent), so check before sending it again.
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        rid: str | None = None,
        http_status: int | None = None,
        operation: str | None = None,
        body_snippet: str | None = None,
        job_may_exist: bool = False,
    ) -> None:
        self.message = message
        self.code = code
        self.rid = rid
        self.http_status = http_status
        self.operation = operation
        self.body_snippet = body_snippet
        self.job_may_exist = job_may_exist
        super().__init__(self._render())

    def _render(self) -> str:
        details = []
        if self.code is not None:
            details.append(f"code {self.code}")
        if self.http_status is not None:
            details.append(f"HTTP {self.http_status}")
        if self.rid:
            details.append(f"rid {self.rid}")
        where = f"{self.operation}: " if self.operation else ""
        tail = f" ({', '.join(details)})" if details else ""
        snippet = f"; body starts {self.body_snippet!r}" if self.body_snippet else ""
        return f"{where}{self.message}{tail}{snippet}"


class AuthenticationError(APIError):
    """The API key is missing or invalid (code 10105, HTTP 401)."""


class PermissionDeniedError(APIError):
    """The account may not call this API (code 18025, HTTP 403)."""


class NotFoundError(APIError):
    """No such record (code 10104, HTTP 404)."""


class InsufficientCreditError(APIError):
    """The account has too little credit (code 18020)."""


class InvalidRequestError(APIError):
    """The API refused a parameter (code 40000, HTTP 400 or 422)."""


class RateLimitError(APIError):
    """Too many requests (code 429 in the body, or HTTP 429)."""


class ServerError(APIError):
    """The API failed on its side (code 50000, HTTP 5xx)."""


class APIConnectionError(APIError):
    """The request could not be sent, or the answer could not be read."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class JobFailedError(JoggError):
    """A job that was being waited for ended as failed. ``job`` is its last state."""

    def __init__(self, job: Any, detail: str | None) -> None:
        self.job = job
        self.detail = detail
        job_id = getattr(job, "id", None)
        super().__init__(f"job {job_id} failed: {detail or 'no detail given by the API'}")


class WaitTimeoutError(JoggError):
    """A wait reached its deadline before the job finished. ``job`` is the last state seen."""

    def __init__(self, job: Any, job_id: str, elapsed: float) -> None:
        self.job = job
        self.job_id = job_id
        self.elapsed = elapsed
        status = getattr(job, "status", None)
        super().__init__(
            f"job {job_id} was still {status or 'unseen'} after {elapsed:.0f} s; "
            f"it goes on running: wait again with the same id to resume"
        )


class WaitAfterCreateError(JoggError):
    """A job was created (and credit spent), then waiting for it failed. Nothing was or may
    be created again: resume with the resource's ``wait(job_id)``. The error that stopped
    the wait is ``__cause__``."""

    def __init__(self, job: Any, kind: str, resume: str, cause: BaseException) -> None:
        self.job = job
        self.job_id: str = getattr(job, "id", "")
        self.kind = kind
        super().__init__(
            f"{kind} {self.job_id} was created, but waiting for it failed: {cause}. "
            f"Do not create it again; resume with {resume}({self.job_id!r})"
        )


class WebhookVerificationError(JoggError):
    """A webhook delivery's signature did not match its body and secret."""


class UnusableAnswer(Exception):
    """Internal: raised by a request's parse step when a successful answer lacks what the
    caller needs (a create answer without the new job's id). The transport turns it into
    an APIError with the HTTP status and the start of the body; after a POST it says the
    job may exist. Not a JoggError: it never reaches the caller as it is."""


_ERROR_BY_CODE: dict[int, type[APIError]] = {
    10105: AuthenticationError,
    18025: PermissionDeniedError,
    10104: NotFoundError,
    18020: InsufficientCreditError,
    40000: InvalidRequestError,
    429: RateLimitError,
    50000: ServerError,
}

_ERROR_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: InvalidRequestError,
    429: RateLimitError,
}


def error_class_for(code: int | None, http_status: int) -> type[APIError]:
    """The error kind for a failed answer: the body's code first, then the HTTP status."""
    if code is not None and code in _ERROR_BY_CODE:
        return _ERROR_BY_CODE[code]
    if http_status in _ERROR_BY_STATUS:
        return _ERROR_BY_STATUS[http_status]
    if http_status >= 500:
        return ServerError
    return APIError


def _short_repr(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
