"""The runner: worker threads claim rows from the journal and carry them through
``RowSteps``; POSTs are paced for the key; Ctrl-C stops claiming and lets each thread finish
writing what it was doing."""

from __future__ import annotations

import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jogg import Jogg

from ._journal import DONE, FAILED, FINAL_STATES, UNCERTAIN, ClaimLost, Journal, JournalRow, Pacer
from ._pacing import safe_window
from ._steps import FatalError, GiveUp, RowSteps, Stopped

Checkpoint = Callable[[str, int], None]


@dataclass(frozen=True)
class Event:
    """Something that happened to a row (``row`` is None for the batch as a whole)."""

    kind: str
    row: int | None
    text: str


@dataclass(frozen=True)
class Progress:
    """The batch at a glance, after an event."""

    total: int
    done: int
    failed: int
    uncertain: int
    in_progress: int
    posts_in_window: int
    post_limit: int
    credit: float
    elapsed: float
    eta_seconds: float | None


EventHandler = Callable[[Event, Progress], None]


@dataclass
class RunStats:
    """What this process did and saw."""

    started: float
    posts: int = 0
    credit: float = 0.0
    finished_rows: int = 0
    given_up: set[int] = field(default_factory=set)


class Runner:
    """Runs one batch's unfinished rows with ``concurrency`` threads until every row is in a
    final state (done, failed, uncertain), the run is stopped, or a fatal error happens."""

    def __init__(
        self,
        *,
        client: Jogg,
        journal: Journal,
        token: str,
        out: Path,
        concurrency: int,
        poll_interval: float | None,
        clock: Any,
        pacing_key: str,
        post_limit: int,
        post_window: float,
        lease_seconds: float,
        reconcile_settle: float,
        on_event: EventHandler | None,
        checkpoint: Checkpoint | None,
        stop: threading.Event,
    ) -> None:
        self.client = client
        self.journal = journal
        self.token = token
        self.out = out
        self.concurrency = concurrency
        self.poll_interval = poll_interval
        self.clock = clock
        self.post_limit = post_limit
        self.lease_seconds = lease_seconds
        self.reconcile_settle = reconcile_settle
        self.stop = stop
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.pacer: Pacer = journal.pacer(pacing_key, post_limit, safe_window(post_window))
        self._on_event = on_event
        self._checkpoint = checkpoint
        self._lock = threading.Lock()
        self._active: set[int] = set()
        self._crash: BaseException | None = None
        self._fatal: FatalError | None = None
        self.stats = RunStats(started=clock.monotonic())
        self._total = 0

    # ------------------------------------------------------------------ used by RowSteps

    def checkpoint(self, step: str, row: int) -> None:
        """A named point between two steps; tests inject crashes here."""
        if self._crash is not None:
            raise _Crashed  # another thread "crashed": this process is dead too
        if self._checkpoint is not None:
            self._checkpoint(step, row)

    def sleep(self, seconds: float) -> bool:
        """Sleep on the batch's clock; False when the run was stopped meanwhile."""
        deadline = self.clock.monotonic() + max(0.0, seconds)
        while not self.stop.is_set():
            left = deadline - self.clock.monotonic()
            if left <= 0:
                return True
            self.clock.sleep(min(left, 0.2))
        return False

    def wall_time(self) -> float:
        return time.time()

    def row_finished(self, row: JournalRow) -> None:
        with self._lock:
            self.stats.finished_rows += 1
            self.stats.credit += row.credit or 0.0

    def post_started(self) -> None:
        with self._lock:
            self.stats.posts += 1

    def event(self, kind: str, row: int | None, text: str) -> None:
        if self._on_event is None:
            return
        self._on_event(Event(kind, row, text), self.progress())

    def progress(self) -> Progress:
        counts = self.journal.counts()
        total = sum(v for k, v in counts.items() if k != "held")
        done = counts.get(DONE, 0)
        failed = counts.get(FAILED, 0)
        uncertain = counts.get(UNCERTAIN, 0)
        elapsed = self.clock.monotonic() - self.stats.started
        finished_here = self.stats.finished_rows
        left = total - done - failed - uncertain
        eta = None
        if finished_here and left:
            eta = elapsed / finished_here * left
        elif not left:
            eta = 0.0
        return Progress(
            total=total,
            done=done,
            failed=failed,
            uncertain=uncertain,
            in_progress=counts.get("held", 0),
            posts_in_window=self.pacer.recent(),
            post_limit=self.post_limit,
            credit=self.stats.credit,
            elapsed=elapsed,
            eta_seconds=eta,
        )

    # ------------------------------------------------------------------ the run

    def run(self) -> FatalError | None:
        """Work until nothing is left; re-raises a (simulated) crash; returns the fatal error
        that stopped the batch, if one did."""
        threads = [
            threading.Thread(target=self._work, name=f"jogg-batch-{i}", daemon=True)
            for i in range(self.concurrency)
        ]
        renewer = threading.Thread(target=self._renew, name="jogg-batch-lease", daemon=True)
        for thread in threads:
            thread.start()
        renewer.start()
        try:
            for thread in threads:
                while thread.is_alive():
                    thread.join(0.2)
        except KeyboardInterrupt:
            self.stop.set()
            self.event("stopping", None, "Ctrl-C: finishing the steps under way")
            for thread in threads:
                thread.join()
            raise
        finally:
            self.stop.set()
            renewer.join()
        if self._crash is not None:
            raise self._crash
        return self._fatal

    def _renew(self) -> None:
        while not self.stop.wait(self.lease_seconds / 3):
            if self._crash is not None:
                return
            try:
                self.journal.renew(self.worker, self.lease_seconds)
            except Exception:  # the next renewal tries again; a lost claim shows at update
                continue

    def _work(self) -> None:
        try:
            while not self.stop.is_set():
                row = self._claim()
                if row is None:
                    if self._nothing_left():
                        return
                    if not self.sleep(min(1.0, self.lease_seconds / 4)):
                        return
                    continue
                self._process(row)
        except BaseException as error:  # a crash point, or a bug: the process is "dead"
            with self._lock:
                if self._crash is None and not isinstance(error, _Crashed):
                    self._crash = error
            self.stop.set()

    def _claim(self) -> JournalRow | None:
        with self._lock:
            skip = set(self.stats.given_up) | self._active
        row = self.journal.claim(self.worker, self.lease_seconds, skip)
        if row is not None:
            with self._lock:
                self._active.add(row.row_no)
        return row

    def _nothing_left(self) -> bool:
        """True when no row can still be claimed by this process: all are final, given up
        on here, or held by this process's other threads."""
        counts = self.journal.counts()
        unfinished = sum(v for k, v in counts.items() if k not in (*FINAL_STATES, "held"))
        with self._lock:
            mine = len(self._active) + len(self.stats.given_up)
        return unfinished <= mine

    def _process(self, row: JournalRow) -> None:
        steps = RowSteps(self, row)
        try:
            steps.run()
        except Stopped:
            pass
        except GiveUp:
            with self._lock:
                self.stats.given_up.add(row.row_no)
        except ClaimLost:
            self.event("lost", row.row_no, "lease ran out; another worker has the row")
        except FatalError as fatal:
            with self._lock:
                self._fatal = self._fatal or fatal
            self.stop.set()
            self.event("fatal", row.row_no, str(fatal))
        # A crash (any other exception) propagates without a word to the journal, as a
        # killed process would leave it.
        with self._lock:
            self._active.discard(row.row_no)
        self.journal.release(row.row_no, self.worker)


class _Crashed(BaseException):
    """Raised in the other threads once one thread hit a simulated crash."""
