"""Per-call options: the keyword arguments every API method takes besides its own.

    client.user.whoami(timeout=5, max_retries=0, extra_headers={"X-Trace": "1"})

``extra_query`` and ``extra_body`` send what the SDK does not know yet (a field the vendor
added before this version): they are merged into the generated request last, so they win.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from . import _validation as v
from ._errors import ValidationError

__all__ = ["RequestOptions", "check_headers", "check_options", "merged_body", "merged_query"]

MAX_RETRIES_LIMIT = 10


class RequestOptions(TypedDict, total=False):
    """Options of one call; each overrides the client's setting for that call only."""

    timeout: float
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]


_NAMES = tuple(RequestOptions.__annotations__)


def check_options(options: Mapping[str, Any]) -> RequestOptions:
    """The options, validated before anything is sent."""
    checked: RequestOptions = {}
    for name, value in options.items():
        if name == "timeout":
            if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
                raise ValidationError("timeout", value, "a positive number of seconds")
            checked["timeout"] = float(value)
        elif name == "max_retries":
            checked["max_retries"] = v.integer(
                "max_retries", value, minimum=0, maximum=MAX_RETRIES_LIMIT
            )
        elif name == "extra_headers":
            checked["extra_headers"] = check_headers("extra_headers", value)
        elif name in ("extra_query", "extra_body"):
            checked[name] = v.json_object(name, value)  # type: ignore[literal-required]
        else:
            raise ValidationError(name, value, "an option among " + ", ".join(_NAMES))
    return checked


def check_headers(field: str, value: Any) -> dict[str, str]:
    """Header names and values as httpx can send them; never the API key header."""
    if not isinstance(value, Mapping):
        raise ValidationError(field, value, "a mapping of header names to strings")
    headers: dict[str, str] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise ValidationError(field, value, "a mapping of header names to strings")
        if name.strip().lower() == "x-api-key":
            # The key is the client's; a second one here would be sent beside it.
            raise ValidationError(f"{field}[{name}]", "<hidden>", "not the API key header")
        try:
            name.encode("ascii")
            text.encode("ascii")
        except UnicodeEncodeError:
            raise ValidationError(f"{field}[{name}]", "<non-ASCII>", "ASCII header text") from None
        headers[name] = text
    return headers


def merged_query(
    params: Mapping[str, Any] | None, options: RequestOptions
) -> Mapping[str, Any] | None:
    extra = options.get("extra_query")
    if not extra:
        return params
    return {**(params or {}), **extra}


def merged_body(body: Any, options: RequestOptions) -> Any:
    extra = options.get("extra_body")
    if not extra:
        return body
    return {**(body if isinstance(body, Mapping) else {}), **extra}
