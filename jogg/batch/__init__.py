"""A whole catalogue to videos: a resumable batch that never pays twice.

::

    from jogg.batch import run_batch

    result = run_batch("products.csv", "videos/", spec=ProductVideoSpec(length=15))
    print(result.counts)

Each row of the input (CSV or JSON Lines, one product page URL per row, optional columns
overriding the defaults) becomes a product, a video, a wait and a file in ``out``. Every
step is written to a journal before and after it happens (SQLite in ``out`` by default,
or PostgreSQL for a fleet of workers), so running the same batch again resumes it: done
rows are skipped, created videos are waited for and not created again, and a video POST
whose answer was never recorded is looked up by the tag in its name before anything is
sent again. ``docs/facade.md`` states the rules as a contract.
"""

from __future__ import annotations

import hashlib
import secrets
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jogg import Jogg, ProductVideoSpec

from ._errors import (
    BatchError,
    InputError,
    JournalBusyError,
    JournalMismatchError,
    OutputFolderError,
    RowProblem,
)
from ._input import COLUMNS, BatchRow, fingerprint, read_rows, spec_fields
from ._journal import DONE, FINAL_STATES, Journal, JournalRow, NewRow
from ._report import REPORT_FIELDS, report_line, write_reports
from ._runner import Checkpoint, Event, EventHandler, Progress, Runner
from ._sqlite import JOURNAL_NAME, SQLiteJournal

__all__ = [
    "COLUMNS",
    "REPORT_FIELDS",
    "BatchError",
    "BatchResult",
    "BatchRow",
    "Event",
    "InputError",
    "JournalBusyError",
    "JournalMismatchError",
    "JournalRow",
    "OutputFolderError",
    "Progress",
    "RowProblem",
    "open_journal",
    "pacing_key_for",
    "read_rows",
    "report_line",
    "run_batch",
]

DEFAULT_CONCURRENCY = 32
DEFAULT_LEASE_SECONDS = 120.0
DEFAULT_RECONCILE_SETTLE = 20.0


@dataclass
class BatchResult:
    """How a run ended. ``rows`` is every row as the journal has it now (this run's and
    other workers' work), ``counts`` rows per state, ``reports`` the CSV and JSON Lines
    files. ``interrupted`` is true after Ctrl-C; ``fatal`` holds the error that stopped the
    batch (bad key, no credit), if any."""

    rows: list[JournalRow]
    counts: dict[str, int]
    reports: list[Path]
    journal: str
    interrupted: bool = False
    fatal: Exception | None = None
    posts: int = 0
    retried: tuple[int, int] = (0, 0)
    picked: dict[str, Any] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Every row is done."""
        return all(r.state == DONE for r in self.rows)

    @property
    def finished(self) -> bool:
        """Every row is in a final state (done, failed or uncertain)."""
        return all(r.state in FINAL_STATES for r in self.rows)


def open_journal(where: str | Path | None, out: Path) -> tuple[Journal, str]:
    """The journal ``where`` names: None for SQLite in ``out``, a ``postgresql://`` URL, or
    the path of a SQLite file. Returns it and a description safe to print."""
    if where is None:
        path = out / JOURNAL_NAME
        return SQLiteJournal(path), str(path)
    text = str(where)
    if text.startswith(("postgresql://", "postgres://")):
        from ._postgres import PostgresJournal

        return PostgresJournal(text), _hide_password(text)
    return SQLiteJournal(Path(text)), text


def _hide_password(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc, query=""))


def check_output_folder(out: str | Path) -> Path:
    """The output folder must exist and be writable; checked before anything else."""
    folder = Path(out).expanduser().resolve()
    if not folder.is_dir():
        raise OutputFolderError(f"output folder {out} does not exist (create it first)")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".jogg-write-test-"):
            pass
    except OSError as error:
        raise OutputFolderError(f"output folder {out} is not writable: {error.strerror}") from None
    return folder


def run_batch(
    input: str | Path,
    out: str | Path,
    *,
    client: Jogg | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    spec: ProductVideoSpec | None = None,
    journal: str | Path | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    retry_failed: bool = False,
    retry_uncertain: bool = False,
    poll_interval: float | None = None,
    on_event: EventHandler | None = None,
    clock: Any = None,
    post_limit: int = 20,
    post_window: float = 60.0,
    lease_seconds: float = DEFAULT_LEASE_SECONDS,
    reconcile_settle: float = DEFAULT_RECONCILE_SETTLE,
    pacing_key: str | None = None,
    checkpoint: Checkpoint | None = None,
    stop: threading.Event | None = None,
) -> BatchResult:
    """Run (or resume) the batch of ``input`` into the folder ``out``.

    Checks, before any request: the output folder (exists, writable), every row (raises
    ``InputError`` with line numbers) and, when the journal exists, that it is this batch
    (``JournalMismatchError``). Without ``client`` one is made from ``api_key`` /
    ``base_url`` (or the environment) with the client's own POST pacing off, since the batch
    paces POSTs itself: at most ``post_limit`` starts in any ``post_window`` seconds per
    ``pacing_key`` (shared by every worker of a PostgreSQL journal).

    ``spec`` gives the defaults; a row's columns override them. Rows with no avatar or no
    voice get the first public avatar of their aspect ratio and the first voice of their
    language (looked up once; the choice is journalled). ``retry_failed`` gives failed
    rows a new video; ``retry_uncertain`` sends again the rows whose video could not be
    found; a video not found is looked for once more when its POST is
    ``reconcile_settle`` seconds old (the list may lag), before the row is called
    uncertain. ``on_event(event, progress)`` is called for each step. KeyboardInterrupt stops
    claiming rows; steps under way finish and are journalled, and the result says
    ``interrupted``. ``clock``, ``checkpoint`` and ``stop`` are seams for tests.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    folder = check_output_folder(out)
    defaults = spec or ProductVideoSpec()
    rows = read_rows(input, defaults)
    default_fields = spec_fields(defaults)
    owns_client = client is None
    if client is None:
        client = Jogg(api_key, base_url=base_url, post_rate_limit=None)
    stop = stop or threading.Event()
    from ._pacing import SystemClock

    clock = clock or SystemClock()
    batch_journal, where = open_journal(journal, folder)
    try:
        picked: dict[str, Any] = {}
        new_rows: list[NewRow] = []
        print_fp = fingerprint(rows, default_fields)
        if batch_journal.meta("fingerprint") is None:
            new_rows = list(_effective_rows(client, rows, defaults, picked))
        token = batch_journal.open(print_fp, secrets.token_hex(4), new_rows)
        batch_journal.set_meta("input", str(Path(input).resolve()))
        retried = batch_journal.prepare_retries(retry_failed, retry_uncertain)
        runner = Runner(
            client=client,
            journal=batch_journal,
            token=token,
            out=folder,
            concurrency=concurrency,
            poll_interval=poll_interval,
            clock=clock,
            pacing_key=pacing_key or _default_pacing_key(client),
            post_limit=post_limit,
            post_window=post_window,
            lease_seconds=lease_seconds,
            reconcile_settle=reconcile_settle,
            on_event=on_event,
            checkpoint=checkpoint,
            stop=stop,
        )
        for name, value in picked.items():
            runner.event("chose", None, f"{name}: {value} (give one to choose another)")
        interrupted = False
        fatal = None
        try:
            fatal = runner.run()
        except KeyboardInterrupt:
            interrupted = True
        final_rows = batch_journal.rows()
        reports = write_reports(final_rows, folder)
        return BatchResult(
            rows=final_rows,
            counts=_count(final_rows),
            reports=reports,
            journal=where,
            interrupted=interrupted,
            fatal=fatal.error if fatal is not None else None,
            posts=runner.stats.posts,
            retried=retried,
            picked=picked,
        )
    finally:
        batch_journal.close()
        if owns_client:
            client.close()


def _count(rows: list[JournalRow]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.state] = counts.get(row.state, 0) + 1
    return counts


def _default_pacing_key(client: Jogg) -> str:
    # The API limits per key; without the key (the client keeps it to itself) the base URL
    # stands for it. The CLI passes a hash of the key.
    return hashlib.sha256(client.base_url.encode()).hexdigest()[:16]


def pacing_key_for(api_key: str, base_url: str) -> str:
    """A name for a key's POST allowance that does not reveal the key."""
    return hashlib.sha256(f"{base_url}\n{api_key}".encode()).hexdigest()[:16]


def _effective_rows(
    client: Jogg, rows: list[BatchRow], defaults: ProductVideoSpec, picked: dict[str, Any]
) -> Iterator[NewRow]:
    """Each row's whole spec, with an avatar and a voice chosen where none was given."""
    avatars: dict[str, int] = {}
    voices: dict[str, str] = {}
    for row in rows:
        spec = defaults.replace(**row.overrides) if row.overrides else defaults
        fields = spec_fields(spec)
        if "avatar" not in fields:
            ratio = spec.aspect_ratio
            if ratio not in avatars:
                avatar = next(iter(client.avatars.list_public(aspect_ratio=ratio)), None)
                if avatar is None:
                    raise BatchError(f"no public avatar for {ratio}: give an avatar")
                avatars[ratio] = int(avatar.id)
                picked[f"avatar ({ratio})"] = avatar.id
            fields["avatar"] = avatars[ratio]
        if "voice" not in fields:
            language = spec.language
            if language not in voices:
                voice = next(iter(client.voices.list(language=language)), None)
                if voice is None:
                    raise BatchError(f"no voice for {language}: give a voice")
                voices[language] = str(voice.id)
                picked[f"voice ({language})"] = voice.id
            fields["voice"] = voices[language]
        yield NewRow(row.row, row.line, row.url, fields)
