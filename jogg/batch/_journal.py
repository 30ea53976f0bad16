"""The journal: where a batch writes what it is about to do and what happened, so a rerun
knows which rows were already paid for. Two kinds share this interface: SQLite (one
machine, the default) and PostgreSQL (a fleet of workers)."""

from __future__ import annotations

import abc
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from ._errors import JournalMismatchError

# Row states. The last three are final: a run does not touch them again unless asked
# (--retry-failed, --retry-uncertain).
PENDING = "pending"  # nothing sent yet
PRODUCT_SENDING = "product_sending"  # intent to create the product written, answer not yet
PRODUCT_CREATED = "product_created"  # product id recorded
VIDEO_SENDING = "video_sending"  # intent to create the video written, answer not yet
VIDEO_CREATED = "video_created"  # video id recorded: wait for it and download it
DONE = "done"  # file saved
FAILED = "failed"  # the job failed, or the API refused the row
UNCERTAIN = "uncertain"  # a video POST whose outcome is unknown and was not found
FINAL_STATES = (DONE, FAILED, UNCERTAIN)
STATES = (PENDING, PRODUCT_SENDING, PRODUCT_CREATED, VIDEO_SENDING, VIDEO_CREATED, *FINAL_STATES)

# What reconciling a VIDEO_SENDING row does when the video is not found.
MISSING_IS_UNCERTAIN = "uncertain"
MISSING_MEANS_RESEND = "resend"  # set by --retry-uncertain

SCHEMA_VERSION = "1"

# The columns of a journal row, in order (both kinds use the same names).
COLUMNS = (
    "row_no",
    "line",
    "url",
    "spec",
    "state",
    "attempt",
    "product_attempts",
    "on_missing",
    "product_id",
    "video_id",
    "intent_at",
    "file",
    "credit",
    "error_code",
    "error_message",
    "claimed_by",
    "lease_until",
    "updated_at",
)
UPDATABLE = frozenset(COLUMNS) - {"row_no", "line", "url", "spec", "claimed_by", "lease_until"}


@dataclass(frozen=True)
class NewRow:
    """A row as first written: its number, line, URL and effective spec (JSON fields)."""

    row_no: int
    line: int
    url: str
    spec: dict[str, Any]


@dataclass(frozen=True)
class JournalRow:
    """One row as the journal has it."""

    row_no: int
    line: int
    url: str
    spec: dict[str, Any]
    state: str
    attempt: int = 1
    product_attempts: int = 0
    on_missing: str = MISSING_IS_UNCERTAIN
    product_id: str | None = None
    video_id: str | None = None
    intent_at: float | None = None
    file: str | None = None
    credit: float | None = None
    error_code: str | None = None
    error_message: str | None = None
    claimed_by: str | None = None
    lease_until: float | None = None
    updated_at: float | None = None

    @classmethod
    def from_values(cls, values: Sequence[Any]) -> JournalRow:
        data = dict(zip(COLUMNS, values, strict=True))
        spec = data["spec"]
        data["spec"] = json.loads(spec) if isinstance(spec, str) else dict(spec)
        return cls(**data)


class ClaimLost(Exception):
    """This worker no longer holds the row (its lease ran out and another worker took it)."""


class Pacer(abc.ABC):
    """Books the start of each POST so that at most ``limit`` start in any ``window``."""

    @abc.abstractmethod
    def book(self) -> float:
        """Book the next POST start; returns how many seconds to wait before sending it."""

    @abc.abstractmethod
    def recent(self) -> int:
        """POSTs started (or booked) in the last window."""


class Journal(abc.ABC):
    """Durable state of one batch. Every method is one transaction and safe to call from
    several threads."""

    #: Whether several processes may run the batch at once (claims and pacing shared).
    shared = False

    @abc.abstractmethod
    def open(self, fingerprint: str, token: str, rows: Sequence[NewRow]) -> str:
        """Create the batch (first run) or check it is the same one (same ``fingerprint``);
        returns the batch token recorded at creation. Raises JournalMismatchError."""

    @abc.abstractmethod
    def prepare_retries(self, retry_failed: bool, retry_uncertain: bool) -> tuple[int, int]:
        """Put failed rows (product kept, attempt + 1) back in the queue, and mark uncertain
        rows and rows left between a video intent and its answer to be sent again if their
        video is still not found; returns how many of each."""

    @abc.abstractmethod
    def claim(self, worker: str, lease: float, skip: Collection[int]) -> JournalRow | None:
        """Take the first unfinished row nobody holds (or whose holder's lease ran out)."""

    @abc.abstractmethod
    def renew(self, worker: str, lease: float) -> None:
        """Extend the leases of every row ``worker`` holds."""

    @abc.abstractmethod
    def update(self, row_no: int, worker: str, **values: Any) -> JournalRow:
        """Write ``values`` to a row ``worker`` holds; raises ClaimLost if it does not."""

    @abc.abstractmethod
    def release(self, row_no: int, worker: str) -> None:
        """Give a row back (nothing else changes)."""

    @abc.abstractmethod
    def rows(self) -> list[JournalRow]:
        """Every row, in row order."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """How many rows are in each state, and how many are held (``held``)."""

    @abc.abstractmethod
    def meta(self, name: str) -> str | None:
        """A value recorded about the batch (``token``, ``fingerprint``, ``input``...)."""

    @abc.abstractmethod
    def set_meta(self, name: str, value: str) -> None:
        """Record a value about the batch."""

    @abc.abstractmethod
    def pacer(self, key: str, limit: int, window: float) -> Pacer:
        """The POST pacer of ``key``, kept in the journal: shared by every worker of it, and
        remembered by a run started again within the window."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release what this process holds (claims are left to their leases)."""


def check_values(values: dict[str, Any]) -> None:
    unknown = set(values) - UPDATABLE
    if unknown:
        raise ValueError(f"not journal columns: {sorted(unknown)}")
    state = values.get("state")
    if state is not None and state not in STATES:
        raise ValueError(f"unknown row state {state!r}")


def mismatch(found: str | None, fingerprint: str, where: str) -> None:
    if found is not None and found != fingerprint:
        raise JournalMismatchError(
            f"the journal {where} belongs to another batch (different input rows or "
            "defaults). Rerun with the same input and options to resume it, or give this "
            "batch its own --out folder or --journal"
        )


def spec_json(spec: dict[str, Any]) -> str:
    return json.dumps(spec, sort_keys=True, separators=(",", ":"))
