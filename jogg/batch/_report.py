"""The batch report: one line per row, as CSV and as JSON Lines."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._journal import JournalRow

REPORT_FIELDS = (
    "row",
    "line",
    "url",
    "product_id",
    "video_id",
    "status",
    "file",
    "credit",
    "error_code",
    "error_message",
)


def report_line(row: JournalRow) -> dict[str, Any]:
    """A row of the report; ``status`` is the journal state (done, failed, uncertain, or the
    step an unfinished row stopped at)."""
    return {
        "row": row.row_no,
        "line": row.line,
        "url": row.url,
        "product_id": row.product_id,
        "video_id": row.video_id,
        "status": row.state,
        "file": row.file,
        "credit": row.credit,
        "error_code": row.error_code,
        "error_message": row.error_message,
    }


def write_reports(rows: Sequence[JournalRow], folder: Path, stem: str = "report") -> list[Path]:
    """Write ``report.csv`` and ``report.jsonl`` in ``folder`` (each replaced whole)."""
    lines = [report_line(r) for r in rows]
    csv_path = folder / f"{stem}.csv"
    jsonl_path = folder / f"{stem}.jsonl"
    with _replacing(csv_path) as handle:
        writer = csv.DictWriter(handle, fieldnames=REPORT_FIELDS)
        writer.writeheader()
        for line in lines:
            writer.writerow({k: "" if v is None else v for k, v in line.items()})
    with _replacing(jsonl_path) as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return [csv_path, jsonl_path]


class _replacing:
    """Write to a temporary name and rename it over the target when complete."""

    def __init__(self, target: Path) -> None:
        self._target = target
        self._temporary = target.with_name(f".{target.name}.{os.getpid()}.part")

    def __enter__(self) -> Any:
        self._handle = open(self._temporary, "w", newline="", encoding="utf-8")
        return self._handle

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self._handle.close()
        if kind is None:
            os.replace(self._temporary, self._target)
        else:
            self._temporary.unlink(missing_ok=True)
