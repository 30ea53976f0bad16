"""Reading an answer: the API's envelope, a parse step's result, or a plain status.

Readers never raise an APIError themselves. They raise ``Failed`` carrying a ``Failure``,
the description of an error still to be built, so that the core can take credentials out
of its text and decide on the "job may exist" note first, and then build the error once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx

from . import _parse
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    JoggError,
    UnusableAnswer,
    ValidationError,
    error_class_for,
)
from ._redact import HIDDEN_QUERY

T = TypeVar("T")

SNIPPET_LENGTH = 200
REDACTED = "<redacted>"


@attrs.frozen
class Answer:
    """An answer as the drivers read it: status, headers and the (bounded) body."""

    status_code: int
    headers: httpx.Headers
    content: bytes


@attrs.frozen
class Failure:
    """An APIError still to be built (see the module's docstring)."""

    kind: type[APIError]
    message: str
    code: int | None = None
    rid: str | None = None
    http_status: int | None = None
    operation: str | None = None
    body_snippet: str | None = None
    cause: BaseException | None = None

    def build(self, secret: str, note: str | None) -> APIError:
        """The error, with ``secret`` taken out of every text the server sent."""
        message = _without(self.message, secret) or ""
        if note:
            message = f"{message}; {note}"
        error = self.kind(
            message,
            code=self.code,
            rid=_without(self.rid, secret),
            http_status=self.http_status,
            operation=self.operation,
            body_snippet=_snippet_without(self.body_snippet, secret),
            job_may_exist=note is not None,
        )
        return error


class Failed(Exception):
    """Carries a Failure out of a reader."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message)
        self.failure = failure


def _without(text: str | None, secret: str) -> str | None:
    if text is None or not secret or secret not in text:
        return text
    return text.replace(secret, REDACTED)


def _snippet_without(text: str | None, secret: str) -> str | None:
    text = _without(text, secret)
    if not text or not secret:
        return text
    # A snippet is cut short, possibly in the middle of the key: drop a trailing piece of it.
    for size in range(min(len(secret), len(text)), 3, -1):
        if text.endswith(secret[:size]):
            return text[:-size] + REDACTED
    return text


_URL_QUERY = re.compile(r"(https?://[^\s\"'?]+)\?[^\s\"']*")


def snippet(content: bytes) -> str:
    """The start of a body for an error message, with URL queries cut: an answer may carry a
    signed URL (create_upload_url does), whose query is a credential."""
    text = content[: SNIPPET_LENGTH * 2].decode("utf-8", errors="replace")
    text = _URL_QUERY.sub(rf"\1?{HIDDEN_QUERY}", text)
    return " ".join(text.split())[:SNIPPET_LENGTH]


def _as_code(value: Any) -> int | None:
    """R-ERR-5: the business code, read by the integer grammar of R-PARSE-2."""
    return _parse.integer_value(value)


def read_envelope(operation: str, answer: Answer, returns_data: bool) -> tuple[Any, str | None]:
    """The `data` of a successful answer and its rid; raises Failed for anything else."""
    status = answer.status_code
    content = answer.content
    if 300 <= status < 400:
        raise Failed(
            Failure(
                APIError,
                "the API answered with a redirect, which is not followed (the API key must "
                "not travel to another host)",
                http_status=status,
                operation=operation,
            )
        )
    try:
        body = json.loads(content)
    except (ValueError, RecursionError) as exc:
        kind = error_class_for(None, status) if status >= 400 else APIError
        if isinstance(exc, RecursionError):
            what = "JSON nested too deeply to read"
        else:
            what = "an empty body" if not content.strip() else "a body that is not JSON"
        raise Failed(
            Failure(
                kind,
                f"the API answered with {what}",
                http_status=status,
                operation=operation,
                body_snippet=snippet(content) or None,
            )
        ) from None
    if not isinstance(body, dict):
        raise Failed(
            Failure(
                error_class_for(None, status) if status >= 400 else APIError,
                "the API answered with JSON that is not an object",
                http_status=status,
                operation=operation,
                body_snippet=snippet(content),
            )
        )
    code = _as_code(body.get("code"))
    rid = body.get("rid")
    rid = (rid if isinstance(rid, str) else None) or answer.headers.get("x-request-id")
    data = body.get("data")
    if code == 0 and status < 400 and (data is not None or not returns_data):
        return data, rid  # success: the one path every call takes
    message = body.get("msg") or body.get("message")
    message = message if isinstance(message, str) and message else None
    common: dict[str, Any] = {"rid": rid, "http_status": status, "operation": operation}
    if (code is not None and code != 0) or status >= 400:
        kind = error_class_for(code if code else None, status)
        raise Failed(Failure(kind, message or f"request failed with HTTP {status}", code, **common))
    if code is None:
        reason = "the API's answer has no business code"
        raise Failed(Failure(APIError, reason, body_snippet=snippet(content), **common))
    reason = "the API reported success but sent no data"
    raise Failed(Failure(APIError, reason, code, body_snippet=snippet(content), **common))


def read_answer(operation: str, answer: Answer, data: Any, parse: Callable[[Any], T]) -> T:
    """``parse(data)``; an answer of a shape it cannot use is a Failure that keeps the HTTP
    status and the start of the body, like every other unusable answer."""
    try:
        return parse(data)
    except Exception as exc:
        # A ValidationError here would claim that nothing was sent: the answer is at fault.
        if isinstance(exc, JoggError) and not isinstance(exc, APIError | ValidationError):
            raise
        if isinstance(exc, APIError):
            reason = exc.message
        elif isinstance(exc, UnusableAnswer | ValidationError):
            reason = f"the API's answer could not be used: {exc}"[:300]
        else:
            reason = f"the API's answer could not be read ({type(exc).__name__}: {exc})"[:300]
        raise Failed(
            Failure(
                APIError,
                reason,
                http_status=answer.status_code,
                operation=operation,
                body_snippet=snippet(answer.content),
                cause=exc,
            )
        ) from None


def _without_query_values(content: bytes, url: str) -> bytes:
    """``content`` without the values of ``url``'s query: a storage service refusing a
    signed URL may echo its signature in the error body, and that is a credential."""
    query = urlsplit(url).query
    values = {v for _, v in parse_qsl(query)} | {p.partition("=")[2] for p in query.split("&")}
    for value in sorted(values, key=len, reverse=True):
        if len(value) >= 6:
            content = content.replace(value.encode(), HIDDEN_QUERY.encode())
    return content


def check_plain(method: str, label: str, url: str, operation: str, answer: Answer) -> Answer:
    """For non-API requests (uploads to signed URLs, file downloads): only the status counts."""
    status = answer.status_code
    if status >= 300:
        body = snippet(_without_query_values(answer.content, url)) or None
        raise Failed(
            Failure(
                error_class_for(None, status),
                f"{method} {label} answered HTTP {status}",
                http_status=status,
                operation=operation,
                body_snippet=body,
            )
        )
    return answer


def transport_failure(method: str, label: str, url: str, operation: str,
                      failure: httpx.TransportError, secret: str,
                      deadline: float | None) -> Failure:  # fmt: skip
    """A transport failure as an error: the host, and httpx's own words (kept as the cause),
    never the URL's query or the key."""
    timed_out = isinstance(failure, httpx.TimeoutException)
    detail = _failure_detail(failure, url, secret)
    where = f"{method} {label} on {_host(url)}"
    if timed_out and deadline is not None and "deadline" in detail:
        text = f"{where} did not finish within the whole-request deadline of {deadline:g} s"
    elif timed_out:
        text = f"{where} timed out ({type(failure).__name__}{detail and ': ' + detail})"
    else:
        text = f"{where} could not be completed ({type(failure).__name__}"
        text += f"{detail and ': ' + detail})"
    kind = APITimeoutError if timed_out else APIConnectionError
    return Failure(kind, text, operation=operation, cause=_safe_cause(failure, detail))


def _host(url: str) -> str:
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "?", parts.port
    except ValueError:  # a URL httpx could not use either (a bad port, a broken IPv6 host)
        return "?"
    return f"{host}:{port}" if port else host


def _failure_detail(failure: BaseException, url: str, secret: str) -> str:
    """httpx's own words about a failure, without the URL's query or the key."""
    text = " ".join(str(failure).split())
    query = url.partition("?")[2].partition("#")[0]
    if query:
        text = text.replace(query, HIDDEN_QUERY)
    if secret:
        text = text.replace(secret, REDACTED)
    return text[:200]


def _safe_cause(failure: httpx.TransportError, detail: str) -> BaseException:
    """The httpx exception, kept as the error's ``__cause__``; rebuilt with the cleaned text
    in the odd case that its own text carries the key or the query."""
    if " ".join(str(failure).split())[:200] == detail:
        return failure
    return type(failure)(detail)
