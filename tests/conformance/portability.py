"""The JSON-portability check of the vector files: a vector may depend only on what every
mainstream JSON parser (Go, TypeScript, Java, C#) sees the same way."""

from __future__ import annotations

import json
import re
from typing import Any

MAX_SAFE_INTEGER = 2**53 - 1
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?P<fraction>\.[0-9]+)?(?P<exponent>[eE][+-]?[0-9]+)?\Z")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _NotPortable(ValueError):
    pass


def _number(problems: list[str]) -> Any:
    def read(literal: str) -> Any:
        match = _NUMBER.match(literal)
        if match is None:
            problems.append(f"number {literal!r} is not plain JSON")
            return 0
        if match["exponent"]:
            problems.append(f"number {literal} uses an exponent: write it out")
        if literal.lstrip("-") == "0" and literal.startswith("-"):
            problems.append("-0 reads as 0 or -0 depending on the parser")
        if match["fraction"] is not None or match["exponent"]:
            value = float(literal)
            if value.is_integer():
                problems.append(
                    f"number {literal} is whole: most parsers cannot tell it from {int(value)}"
                )
            return value
        value = int(literal)
        if abs(value) > MAX_SAFE_INTEGER:
            problems.append(
                f"integer {literal} is beyond 2^53 - 1 and loses precision in JavaScript"
            )
        return value

    return read


def _pairs(problems: list[str]) -> Any:
    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        for key in sorted({k for k in keys if keys.count(k) > 1}):
            problems.append(f"duplicate key {key!r}: parsers keep the first, the last, or fail")
        return dict(pairs)

    return build


def _constant(literal: str) -> Any:
    raise _NotPortable(f"{literal} is not JSON")


def portability_problems(text: str, *, nested: bool = True) -> list[str]:
    """Every way ``text`` (a JSON document) depends on one parser's reading. With
    ``nested``, strings that are themselves JSON objects or arrays are checked too."""
    problems: list[str] = []
    try:
        document = json.loads(
            text,
            parse_float=_number(problems),
            parse_int=_number(problems),
            parse_constant=_constant,
            object_pairs_hook=_pairs(problems),
        )
    except _NotPortable as error:
        return [str(error)]
    except ValueError:
        return []  # not JSON at all: nothing a parser could read differently
    for string in _strings(document):
        if _LONE_SURROGATE.search(string):
            problems.append(f"string {string[:40]!r} holds a lone surrogate")
        if nested and string[:1] in "[{":
            problems.extend(f"inside a JSON string: {p}" for p in portability_problems(string))
    return problems


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in [key, *_strings(item)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []
