"""Lenient readers for the API's answers: a value of the wrong type reads as None, never as
an exception, because the live API adds, drops and retypes fields without notice."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from ._errors import APIError, UnusableAnswer

Json = Mapping[str, Any]


def as_object(data: Any, what: str) -> Json:
    """`data` must at least be a JSON object; anything else is not an answer we can use."""
    if not isinstance(data, Mapping):
        raise APIError(f"expected a JSON object for {what}, got {type(data).__name__}")
    return data


def text(obj: Json, *keys: str) -> str | None:
    """The first of ``keys`` holding a string (ids given as numbers read as strings too)."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def required_text(obj: Json, *keys: str, what: str) -> str:
    """Like ``text``, for a value the caller cannot do without (a created job's id): a
    missing or empty one makes the answer unusable. After a POST the core then says that
    the job may exist, since the API did accept the request."""
    value = text(obj, *keys)
    if not value or not value.strip():
        raise UnusableAnswer(f"the API's answer has no {what} ({' / '.join(keys)})")
    return value


def integer(obj: Json, *keys: str) -> int | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
    return None


def number(obj: Json, *keys: str) -> float | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float) and math.isfinite(value):
            return float(value)
        if isinstance(value, str):
            try:
                parsed = float(value)
            except ValueError:
                continue
            if math.isfinite(parsed):
                return parsed
    return None


def flag(obj: Json, key: str) -> bool | None:
    value = obj.get(key)
    return value if isinstance(value, bool) else None


def timestamp(obj: Json, *keys: str) -> datetime | None:
    """Epoch seconds or milliseconds, or an ISO 8601 string, as an aware UTC datetime."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, bool) or value is None:
            continue
        try:
            if isinstance(value, int | float):
                seconds = value / 1000 if abs(value) > 1e11 else value
                return datetime.fromtimestamp(seconds, tz=UTC)
            if isinstance(value, str) and value.strip():
                if value.strip().isdigit():
                    return timestamp({key: int(value)}, key)
                from dateutil import parser  # imported on first use: it is slow to import

                parsed = parser.isoparse(value)
                return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except (ValueError, OverflowError, OSError):
            continue
    return None


def objects(obj: Json, key: str) -> list[Json]:
    """The JSON objects in the list at ``key`` (other items are skipped)."""
    value = obj.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def strings(obj: Json, key: str) -> tuple[str, ...]:
    value = obj.get(key)
    if not isinstance(value, list):
        return ()
    return tuple(item for item in value if isinstance(item, str))


def child(obj: Json, key: str) -> Json:
    value = obj.get(key)
    return value if isinstance(value, Mapping) else {}
