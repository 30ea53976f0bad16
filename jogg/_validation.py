"""Strict checks for arguments, each raising ValidationError that names field and allowed values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ._errors import ValidationError

C = TypeVar("C")

# White space as the facade's rules define it: ASCII only (R-VAL-1), so that every port
# trims and matches the same characters.
ASCII_SPACE = "\t\n\x0b\x0c\r "


def match_key(value: str) -> str | None:
    """How a choice is compared: ASCII white space trimmed, ASCII lower case; None for text
    outside ASCII (which matches nothing: Python's casefold would read 'ſ' as 's')."""
    return value.strip(ASCII_SPACE).lower() if value.isascii() else None


def text(field: str, value: Any) -> str:
    """A non-empty string (surrounding white space does not count)."""
    if not isinstance(value, str):
        raise ValidationError(field, value, "a string")
    if not value.strip(ASCII_SPACE):
        raise ValidationError(field, value, "a non-empty string")
    return value


def optional_text(field: str, value: Any) -> str | None:
    return None if value is None else text(field, value)


def integer(
    field: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """An int (not a bool), optionally within bounds."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, value, "an integer")
    if minimum is not None and value < minimum:
        raise ValidationError(field, value, f"an integer >= {minimum}")
    if maximum is not None and value > maximum:
        raise ValidationError(field, value, f"an integer <= {maximum}")
    return value


def optional_integer(
    field: str, value: Any, *, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    return None if value is None else integer(field, value, minimum=minimum, maximum=maximum)


def number(field: str, value: Any) -> float:
    """An int or a float (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, value, "a number")
    return value


def json_list(field: str, value: Any) -> list[Any]:
    """A list or tuple, sent as a JSON array."""
    if not isinstance(value, list | tuple):
        raise ValidationError(field, value, "a list")
    return list(value)


def json_object(field: str, value: Any) -> dict[str, Any]:
    """A mapping with text keys, sent as a JSON object."""
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise ValidationError(field, value, "a mapping with string keys")
    return dict(value)


def boolean(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, value, "True or False")
    return value


def optional_boolean(field: str, value: Any) -> bool | None:
    return None if value is None else boolean(field, value)


def choice(field: str, value: Any, allowed: Sequence[C]) -> C:
    """One of ``allowed``, returned in its canonical spelling: text matches by ``match_key``
    (ASCII, case-insensitive), anything else by type and value (1 is not True or 1.0)."""
    wanted = match_key(value) if isinstance(value, str) else None
    for candidate in allowed:
        if isinstance(candidate, str):
            if wanted is not None and candidate.lower() == wanted:
                return candidate
        elif type(value) is type(candidate) and value == candidate:
            return candidate
    raise ValidationError(field, value, "one of " + ", ".join(repr(a) for a in allowed))


def optional_choice(field: str, value: Any, allowed: Sequence[C]) -> C | None:
    return None if value is None else choice(field, value, allowed)


def url(field: str, value: Any) -> str:
    """An absolute http(s) URL with a host and no white space; none is trimmed away (R-VAL-4)."""
    checked = text(field, value)
    parts = urlsplit(checked)
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or any(c in ASCII_SPACE for c in checked)
    ):
        raise ValidationError(field, value, "an absolute http(s) URL without spaces")
    return checked


def optional_url(field: str, value: Any) -> str | None:
    return None if value is None else url(field, value)


def text_list(field: str, value: Any, *, allow_empty: bool = False) -> list[str]:
    """A list or tuple of non-empty strings (a bare string is refused, not split)."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError(field, value, "a list of strings")
    items = [text(f"{field}[{i}]", item) for i, item in enumerate(value)]
    if not items and not allow_empty:
        raise ValidationError(field, value, "a non-empty list of strings")
    return items


def drop_none(mapping: dict[str, Any]) -> dict[str, Any]:
    """The same mapping without the keys whose value is None (optional fields not given)."""
    return {key: value for key, value in mapping.items() if value is not None}
