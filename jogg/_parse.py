"""Lenient readers for the API's answers: a value of the wrong type reads as None, never as
an exception, because the live API adds, drops and retypes fields without notice.

Every reader follows a grammar written down in docs/facade.md (R-PARSE-2, R-PARSE-4), not
whatever Python's ``int()``, ``float()`` or date parsers happen to accept, so that a port
in another language reads the same answers the same way: ``float("inf")``, ``"1e1"``,
``"1_000"``, ``"٤"`` or a basic-format date would otherwise read differently there.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from ._errors import APIError

Json = Mapping[str, Any]

# The largest integer every mainstream JSON parser keeps exactly (JavaScript's
# Number.MAX_SAFE_INTEGER); beyond it an integer is not a portable value.
MAX_SAFE_INTEGER = 2**53 - 1

# R-PARSE-2: numeric strings. ASCII digits only, an optional leading minus, no white
# space, no plus sign, no exponent, no digit separators, no "inf"/"nan".
_INTEGER_TEXT = re.compile(r"-?[0-9]+\Z")
_NUMBER_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?\Z")
_DIGITS = re.compile(r"[0-9]+\Z")

# R-PARSE-4: the ISO 8601 subset read as a time: an RFC 3339 date-time (separator "T" or
# one space, seconds required, 1-9 fraction digits, "Z" or +hh:mm / -hh:mm, none meaning
# UTC) or a bare date (midnight UTC).
_DATE_TIME = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?:[T ](?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
    r"(?:\.(?P<fraction>[0-9]{1,9}))?"
    r"(?P<offset>Z|[+-](?P<offset_hour>[0-9]{2}):(?P<offset_minute>[0-9]{2}))?)?\Z"
)
# Epoch numbers above this are milliseconds (1e11 s is the year 5138).
EPOCH_MILLIS_ABOVE = 100_000_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The instants a time may be: 1970-01-01T00:00:00.000Z .. 9999-12-31T23:59:59.999Z.
_LAST_MILLISECOND = 253_402_300_799_999


def as_object(data: Any, what: str) -> Json:
    """`data` must at least be a JSON object; anything else is not an answer we can use."""
    if not isinstance(data, Mapping):
        raise APIError(f"expected a JSON object for {what}, got {type(data).__name__}")
    return data


def _whole(value: Any) -> int | None:
    """A JSON number with an integral value, as an int (4 and 4.0 are the same number to
    most JSON parsers), within the safe range; anything else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        whole = value
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        whole = int(value)
    else:
        return None
    return whole if abs(whole) <= MAX_SAFE_INTEGER else None


def integer_from_text(value: str) -> int | None:
    """R-PARSE-2: ``-?[0-9]+`` exactly, within the safe range; else None."""
    if not _INTEGER_TEXT.match(value):
        return None
    whole = int(value)
    return whole if abs(whole) <= MAX_SAFE_INTEGER else None


def number_from_text(value: str) -> float | None:
    """R-PARSE-2: ``-?[0-9]+(\\.[0-9]+)?`` exactly; else None."""
    if not _NUMBER_TEXT.match(value):
        return None
    parsed = float(value)
    return parsed if math.isfinite(parsed) else None


# Each reader has two views: ``*_value`` reads one value (the generated models hand the
# facade values), and the keyed form reads the first of several keys of a JSON object.


def text_value(value: Any) -> str | None:
    """A string (ids given as whole numbers read as their decimal digits: 123 and 123.0
    both read "123")."""
    if isinstance(value, str):
        return value
    whole = _whole(value)
    return None if whole is None else str(whole)


def text(obj: Json, *keys: str) -> str | None:
    """The first of ``keys`` that reads as text (``text_value``)."""
    for key in keys:
        found = text_value(obj.get(key))
        if found is not None:
            return found
    return None


def integer_value(value: Any) -> int | None:
    """A whole number, or a string of ``-?[0-9]+``."""
    return integer_from_text(value) if isinstance(value, str) else _whole(value)


def integer(obj: Json, *keys: str) -> int | None:
    """The first of ``keys`` that reads as an integer (``integer_value``)."""
    for key in keys:
        whole = integer_value(obj.get(key))
        if whole is not None:
            return whole
    return None


def positive_integer(obj: Json, *keys: str) -> int | None:
    """The first of ``keys`` holding an integer of at least 1 (a page size of 0 or below
    is not a size: it reads as absent and the next key is tried)."""
    for key in keys:
        whole = integer(obj, key)
        if whole is not None and whole >= 1:
            return whole
    return None


def number_value(value: Any) -> float | None:
    """A finite JSON number, or a string of ``-?[0-9]+(\\.[0-9]+)?``."""
    if isinstance(value, bool):
        return None
    # (int, float), not int | float: a tuple costs nothing per call, a union is built each time.
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    if isinstance(value, str):
        return number_from_text(value)
    return None


def number(obj: Json, *keys: str) -> float | None:
    """The first of ``keys`` that reads as a number (``number_value``)."""
    for key in keys:
        parsed = number_value(obj.get(key))
        if parsed is not None:
            return parsed
    return None


def flag(obj: Json, key: str) -> bool | None:
    value = obj.get(key)
    return value if isinstance(value, bool) else None


def _instant(milliseconds: int) -> datetime | None:
    if not 0 <= milliseconds <= _LAST_MILLISECOND:
        return None
    return _EPOCH + timedelta(0, milliseconds // 1000, milliseconds % 1000 * 1000)


def time_from_number(value: float) -> datetime | None:
    """R-PARSE-4: epoch seconds, or milliseconds above 1e11, rounded to the nearest
    millisecond (halves up)."""
    if not math.isfinite(value):
        return None
    millis = value if value > EPOCH_MILLIS_ABOVE else value * 1000
    return _instant(math.floor(millis + 0.5))


def time_from_text(value: str) -> datetime | None:
    """R-PARSE-4: a string of ASCII digits (an epoch number) or the ISO 8601 subset above;
    fraction digits past the millisecond are cut, not rounded."""
    if _DIGITS.match(value):
        digits = int(value)
        return time_from_number(digits) if digits <= MAX_SAFE_INTEGER else None
    match = _DATE_TIME.match(value)
    if match is None:
        return None
    part = match.groupdict()
    try:
        when = datetime(
            int(part["year"]),
            int(part["month"]),
            int(part["day"]),
            int(part["hour"] or 0),
            int(part["minute"] or 0),
            int(part["second"] or 0),
            tzinfo=UTC,
        )
    except ValueError:  # a day, hour, minute or second out of its range
        return None
    # Counted as a span from the epoch, not as a datetime: an offset may carry a time just
    # outside datetime's years 1..9999, which is then simply out of range (None).
    elapsed = when - _EPOCH
    if part["offset"] not in (None, "Z"):
        hours, minutes = int(part["offset_hour"]), int(part["offset_minute"])
        if hours > 23 or minutes > 59:
            return None
        sign = 1 if part["offset"][0] == "+" else -1
        elapsed -= sign * timedelta(hours=hours, minutes=minutes)
    fraction = (part["fraction"] or "").ljust(3, "0")[:3]
    return _instant((elapsed.days * 86_400 + elapsed.seconds) * 1000 + int(fraction))


def time_value(value: Any) -> datetime | None:
    """A time (R-PARSE-4), as an aware UTC datetime with millisecond precision."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):  # a tuple, not a union (built on every call)
        return time_from_number(value)
    if isinstance(value, str):
        return time_from_text(value)
    return None


def timestamp(obj: Json, *keys: str) -> datetime | None:
    """The first of ``keys`` that reads as a time (``time_value``)."""
    for key in keys:
        when = time_value(obj.get(key))
        if when is not None:
            return when
    return None


def objects(obj: Json, key: str) -> list[Json]:
    """The JSON objects in the list at ``key`` (other items are skipped)."""
    value = obj.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def strings_value(value: Any) -> tuple[str, ...]:
    """The non-empty strings of a list: absent, null or not a list reads as an empty list
    (never None); other items, and empty strings, are skipped."""
    if not isinstance(value, list):
        return ()
    return tuple(item for item in value if isinstance(item, str) and item)


def strings(obj: Json, key: str) -> tuple[str, ...]:
    """``strings_value`` of the list at ``key``."""
    return strings_value(obj.get(key))


def child(obj: Json, key: str) -> Json:
    value = obj.get(key)
    return value if isinstance(value, Mapping) else {}
