"""Receiving webhooks: check that a delivery comes from JoggAI, then read it.

Each delivery is signed: its ``X-Webhook-Signature`` header is the hex HMAC-SHA256 of the
raw request body, keyed with the endpoint's secret. Verify over the bytes exactly as they
arrived (re-serialised JSON would not match)::

    event = jogg.webhooks.parse(request_body, request_headers, secret)
    if event.status.is_completed:
        ...

There is no timestamp in the signature, so nothing here stops a replay of a genuine
delivery; deliveries may also repeat on their own. Use ``event.event_id`` (when present)
to ignore ones already handled.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import attrs

from . import _parse as p
from ._errors import JoggError, ValidationError, WebhookVerificationError
from ._results._common import JobError
from ._status import JobState, JobStatus

__all__ = [
    "EVENT_HEADER",
    "SIGNATURE_HEADER",
    "WebhookEvent",
    "WebhookPayloadError",
    "parse",
    "verify",
]

SIGNATURE_HEADER = "X-Webhook-Signature"
EVENT_HEADER = "X-Webhook-Event"
_SIGNATURE_LENGTH = hashlib.sha256().digest_size * 2
_HEX_DIGITS = frozenset("0123456789abcdef")
# Where each kind of job puts its id: videos say video_id (older deliveries project_id).
_JOB_ID_KEYS = (
    "video_id",
    "project_id",
    "video_translate_id",
    "task_id",
    "motion_id",
    "photo_id",
    "generation_id",
    "batch_id",
)

# Any object with ``items()`` works too (email.message.Message, Werkzeug Headers, ...).
Headers = Mapping[str, str] | Mapping[bytes, bytes] | Iterable[tuple[str | bytes, str | bytes]]


class WebhookPayloadError(JoggError, ValueError):
    """A correctly signed delivery whose body is not a JSON object.

    Distinct from WebhookVerificationError: the sender is genuine (answer 2xx or it will
    retry the same unreadable body), but there is nothing to read.
    """


class _Hidden:
    """Stands in for a secret in a ValidationError, which shows the value it refused."""

    def __repr__(self) -> str:
        return "<hidden>"


def _payload_bytes(payload: Any) -> bytes:
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise ValidationError(
        "payload",
        type(payload).__name__,
        "the raw request body as bytes (decoded or re-serialised text may not match the signature)",
    )


def _secret_bytes(secret: Any) -> bytes:
    if not isinstance(secret, str) or not secret.strip():
        raise ValidationError("secret", _Hidden(), "the endpoint's secret, a non-empty string")
    return secret.encode()


def verify(payload: bytes, signature: str, secret: str) -> None:
    """Raise WebhookVerificationError unless ``signature`` is the hex HMAC-SHA256 of
    ``payload`` keyed with ``secret``.

    The API sends lower-case hex; upper-case is accepted too (hex case carries no
    information, and some proxies rewrite it). Surrounding white space is ignored. The
    comparison takes constant time. Error messages never show the secret or the expected
    signature.
    """
    body = _payload_bytes(payload)
    key = _secret_bytes(secret)
    if signature is None or (isinstance(signature, str) and not signature.strip()):
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing or empty")
    if not isinstance(signature, str):
        raise WebhookVerificationError("the signature must be a string of hex digits")
    given = signature.strip().lower()
    if len(given) != _SIGNATURE_LENGTH or not set(given) <= _HEX_DIGITS:
        raise WebhookVerificationError(
            f"malformed signature: expected {_SIGNATURE_LENGTH} hex digits "
            f"(HMAC-SHA256), got {len(given)} characters"
        )
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, given):
        raise WebhookVerificationError(
            "the signature does not match the body: wrong secret, or the body was changed "
            "(verify the raw bytes, before any JSON parsing)"
        )


def _header(headers: Any, name: str) -> str | None:
    """One header's value, by case-insensitive name, from anything that has ``items()`` (a
    dict, ``email.message.Message`` of the stdlib servers, Werkzeug, Starlette or Django
    headers) or from (name, value) pairs."""
    items: Iterable[Any]
    if callable(getattr(headers, "items", None)) and not isinstance(headers, str | bytes):
        items = headers.items()
    elif isinstance(headers, Iterable) and not isinstance(headers, str | bytes):
        items = headers
    else:
        raise ValidationError("headers", headers, "a mapping or a list of (name, value) pairs")
    wanted = name.lower()
    for item in items:
        try:
            key, value = item
        except (TypeError, ValueError):
            raise ValidationError("headers", item, "(name, value) pairs") from None
        if isinstance(key, bytes):
            key = key.decode("latin-1")
        if isinstance(key, str) and key.strip().lower() == wanted:
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


@attrs.frozen
class WebhookEvent:
    """A verified delivery, read leniently.

    ``event`` is kept as sent, even when the SDK does not know it. ``job_id`` is the job's
    id whatever the payload calls it (video_id, project_id, task_id, motion_id, ...).
    ``status`` falls back to the event name's _success / _failed ending when the data has
    none. ``data`` is the payload's data object and ``raw`` the whole payload.
    """

    event: str
    status: JobStatus
    job_id: str | None = None
    event_id: str | None = None
    timestamp: datetime | None = None
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    image_urls: tuple[str, ...] = ()
    error: JobError | None = None
    data: Mapping[str, Any] = attrs.field(repr=False, eq=False, factory=dict)
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False, factory=dict)

    @classmethod
    def from_payload(cls, payload: Any, *, header_event: str | None = None) -> WebhookEvent:
        """Read an already verified payload (a JSON object as a dict)."""
        obj = p.as_object(payload, "a webhook payload")
        data = p.child(obj, "data") if isinstance(obj.get("data"), Mapping) else obj
        event = p.text(obj, "event", "event_type") or header_event or ""
        error = JobError.read(data.get("error")) or JobError.read(
            data.get("error_msg") or data.get("err_msg")
        )
        return cls(
            event=event,
            status=_event_status(data, event, error),
            job_id=p.text(data, *_JOB_ID_KEYS),
            event_id=p.text(obj, "event_id"),
            timestamp=p.timestamp(obj, "timestamp", "created_at"),
            video_url=p.text(data, "video_url", "motion_preview_url", "result_url") or None,
            cover_url=p.text(data, "cover_url") or None,
            duration=p.number(data, "duration", "duration_seconds"),
            image_urls=_image_urls(data),
            error=error,
            data=data,
            raw=obj,
        )


def _image_urls(data: p.Json) -> tuple[str, ...]:
    """Photo deliveries list their images; a product-avatar image sends its one ``url``."""
    listed = tuple(url for url in p.strings(data, "image_url_list") if url)
    if listed:
        return listed
    single = p.text(data, "url") if "generation_id" in data else None
    return (single,) if single else ()


def _event_status(data: p.Json, event: str, error: JobError | None) -> JobStatus:
    status = JobStatus.parse(data.get("status"))
    if status.state is not JobState.UNKNOWN:
        return status
    # No status in the data: the event name's last word (…_success, …_failed) is one, read
    # through the same spelling table as every other status.
    from_name = JobStatus.parse(event.rsplit("_", 1)[-1])
    if from_name.is_finished:
        return JobStatus(from_name.state, status.raw)
    return JobStatus(JobState.FAILED, status.raw) if error is not None else status


def parse(payload: bytes, headers: Headers, secret: str) -> WebhookEvent:
    """Verify a delivery from its raw body and its headers, then read it.

    ``headers`` is any mapping, anything with ``items()``, or a list of (name, value)
    pairs (names in any case, str or bytes): ``self.headers`` of ``http.server``,
    ``request.headers`` of Flask, Django, Starlette or aiohttp. Raises
    WebhookVerificationError when the signature is missing or wrong, and
    WebhookPayloadError when a correctly signed body is not a JSON object (or is nested
    too deeply to read).
    """
    body = _payload_bytes(payload)
    signature = _header(headers, SIGNATURE_HEADER)
    if signature is None:
        _secret_bytes(secret)  # a bad secret is the caller's bug: say so first
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
    verify(body, signature, secret)
    try:
        obj = json.loads(body)
    except RecursionError:
        raise WebhookPayloadError(
            "the delivery is correctly signed but its JSON is nested too deeply to read"
        ) from None
    except ValueError:
        raise WebhookPayloadError(
            "the delivery is correctly signed but its body is not JSON"
        ) from None
    if not isinstance(obj, Mapping):
        raise WebhookPayloadError(
            f"the delivery is correctly signed but its body is a JSON {type(obj).__name__}, "
            "not an object"
        )
    try:
        return WebhookEvent.from_payload(obj, header_event=_header(headers, EVENT_HEADER))
    except RecursionError:
        raise WebhookPayloadError(
            "the delivery is correctly signed but its data is nested too deeply to read"
        ) from None
