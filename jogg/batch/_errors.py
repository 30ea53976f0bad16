"""What a batch refuses to start with, before it spends anything."""

from __future__ import annotations

from dataclasses import dataclass


class BatchError(Exception):
    """A batch could not start or go on; the message says why and what to do."""


@dataclass(frozen=True)
class RowProblem:
    """A bad row: the file's ``line`` (0 for the file as a whole), the ``column`` and why."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "input"
        return f"{where}: {self.column}: {self.message}"


class InputError(BatchError):
    """The catalogue has malformed rows; ``problems`` lists each one with its line number.
    Nothing was sent."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"{len(problems)} problem(s) in the input, nothing was sent:\n{shown}{more}"
        )


class OutputFolderError(BatchError):
    """The output folder is missing or cannot be written."""


class JournalMismatchError(BatchError):
    """The journal belongs to a batch with other input or other defaults."""


class JournalBusyError(BatchError):
    """Another run holds the (single-machine) journal."""
