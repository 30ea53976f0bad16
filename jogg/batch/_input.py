"""Reading a catalogue (CSV or JSON Lines) into checked rows, before any request is sent."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jogg import Avatar, ProductVideoSpec, ValidationError

from ._errors import InputError, RowProblem

# Column -> ProductVideoSpec field. The columns a row may use to override the defaults.
COLUMNS: dict[str, str] = {
    "avatar": "avatar",
    "avatar_type": "avatar_type",
    "voice": "voice",
    "length": "length",
    "aspect_ratio": "aspect_ratio",
    "language": "language",
    "script_style": "script_style",
    "visual_style": "visual_style",
    "music": "music_id",
    "music_id": "music_id",
    "caption": "caption",
    "name": "name",
}
URL_COLUMN = "url"
_INTEGER_FIELDS = ("avatar", "music_id")
_TRUE = ("1", "true", "yes", "y", "on")
_FALSE = ("0", "false", "no", "n", "off")


@dataclass(frozen=True)
class BatchRow:
    """One product of the catalogue: its 1-based ``row`` number, the ``line`` of the file it
    came from, its page ``url`` and the spec fields it overrides (already checked)."""

    row: int
    line: int
    url: str
    overrides: Mapping[str, Any]


def spec_fields(spec: ProductVideoSpec) -> dict[str, Any]:
    """A spec as plain JSON-able fields (an ``Avatar`` becomes its id and type), so it can be
    journalled and rebuilt with ``ProductVideoSpec(**fields)``."""
    fields: dict[str, Any] = {
        "avatar": spec.avatar,
        "voice": spec.voice,
        "length": spec.length,
        "aspect_ratio": spec.aspect_ratio,
        "script_style": spec.script_style,
        "language": spec.language,
        "avatar_type": spec.avatar_type,
        "music_id": spec.music_id,
        "visual_style": spec.visual_style,
        "caption": spec.caption,
        "name": spec.name,
        "override_script": spec.override_script,
        "webhook_url": spec.webhook_url,
    }
    if isinstance(spec.avatar, Avatar):
        fields["avatar"] = int(spec.avatar.id)
        if fields["avatar_type"] is None:
            fields["avatar_type"] = "custom" if spec.avatar.kind == "custom" else "public"
    return {name: value for name, value in fields.items() if value is not None}


def read_rows(path: str | Path, defaults: ProductVideoSpec | None = None) -> list[BatchRow]:
    """Every row of a CSV (with a header line) or JSON Lines file, checked against
    ``defaults``: raises ``InputError`` listing each bad row by line number, so nothing is
    sent for a catalogue with a mistake in it."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(
            [RowProblem(0, "file", f"cannot read {source}: {error.strerror}")]
        ) from None
    except UnicodeDecodeError:
        raise InputError([RowProblem(0, "file", f"{source} is not UTF-8 text")]) from None
    records = _jsonl_records(text) if _is_jsonl(source, text) else _csv_records(text)
    base = defaults or ProductVideoSpec()
    rows: list[BatchRow] = []
    problems: list[RowProblem] = []
    for line, record in records:
        if isinstance(record, RowProblem):
            problems.append(record)
            continue
        # Row numbers only matter when every row is good (else nothing runs).
        row, row_problems = _check(len(rows) + 1, line, record, base)
        if row is None:
            problems.extend(row_problems)
        else:
            rows.append(row)
    if problems:
        raise InputError(problems)
    if not rows:
        raise InputError([RowProblem(0, "file", f"{source} has no rows")])
    return rows


def _is_jsonl(source: Path, text: str) -> bool:
    if source.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return True
    if source.suffix.lower() in (".csv", ".tsv", ".txt"):
        return False
    return text.lstrip().startswith("{")


def _jsonl_records(text: str) -> Iterator[tuple[int, dict[str, Any] | RowProblem]]:
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as error:
            yield number, RowProblem(number, "line", f"not JSON ({error.msg})")
            continue
        if not isinstance(value, dict):
            yield number, RowProblem(number, "line", "expected a JSON object with a url")
            continue
        yield number, value


def _csv_records(text: str) -> Iterator[tuple[int, dict[str, Any] | RowProblem]]:
    reader = csv.reader(text.splitlines())
    header: list[str] | None = None
    for fields in reader:
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if header is None:
            header = [f.strip().lower().replace("-", "_").replace(" ", "_") for f in fields]
            if URL_COLUMN not in header:
                yield line, RowProblem(line, "header", "the header line needs a 'url' column")
                return
            continue
        if len(fields) > len(header):
            yield (
                line,
                RowProblem(line, "line", f"{len(fields)} fields, the header has {len(header)}"),
            )
            continue
        yield (
            line,
            {name: value for name, value in zip(header, fields, strict=False) if value.strip()},
        )


def _check(
    row_number: int, line: int, record: dict[str, Any], base: ProductVideoSpec
) -> tuple[BatchRow | None, list[RowProblem]]:
    problems: list[RowProblem] = []
    unknown = sorted(k for k in record if k not in COLUMNS and k != URL_COLUMN)
    for column in unknown:
        allowed = ", ".join([URL_COLUMN, *COLUMNS])
        problems.append(RowProblem(line, column, f"unknown column (known: {allowed})"))
    url = record.get(URL_COLUMN)
    if url is None or (isinstance(url, str) and not url.strip()):
        problems.append(RowProblem(line, URL_COLUMN, "no product page URL"))
    elif not _is_page_url(url):
        problems.append(RowProblem(line, URL_COLUMN, f"not an http(s) page URL: {str(url)[:80]!r}"))
    overrides: dict[str, Any] = {}
    for column, value in record.items():
        field = COLUMNS.get(column)
        if field is None or value is None:
            continue
        try:
            overrides[field] = _coerce(field, value)
            base.replace(**{field: overrides[field]})  # each column on its own first
        except ValueError as error:
            problems.append(RowProblem(line, column, _reason(error)))
    if not problems:
        try:
            base.replace(**overrides)  # then together (a custom avatar_type with an avatar)
        except ValidationError as error:
            column = next((c for c, f in COLUMNS.items() if f == error.field), error.field)
            problems.append(RowProblem(line, column, _reason(error)))
    if problems:
        return None, problems
    return BatchRow(row_number, line, str(url).strip(), overrides), []


def _reason(error: ValueError) -> str:
    if isinstance(error, ValidationError):
        return f"expected {error.expected}, got {error.value!r}"
    return str(error)


def _is_page_url(value: Any) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value.strip()):
        return False
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _coerce(field: str, value: Any) -> Any:
    """CSV cells are text: integers and booleans are read from it; JSON values pass as
    they are (the spec checks them)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if field in _INTEGER_FIELDS:
        if not text.lstrip("-").isdigit():
            raise ValueError(f"expected a whole number, got {text!r}")
        return int(text)
    if field == "caption":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ValueError(f"expected true or false, got {text!r}")
    return text


def fingerprint(rows: list[BatchRow], defaults: Mapping[str, Any]) -> str:
    """What makes two runs the same batch: every row's URL and overrides, and the defaults."""
    canonical = json.dumps(
        {
            "defaults": dict(defaults),
            "rows": [[r.row, r.url, dict(r.overrides)] for r in rows],
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()
