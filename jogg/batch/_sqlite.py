"""The embedded journal: one SQLite file (WAL) in the output folder, for one process."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from ._errors import JournalBusyError
from ._journal import (
    COLUMNS,
    FAILED,
    FINAL_STATES,
    MISSING_MEANS_RESEND,
    PENDING,
    PRODUCT_CREATED,
    SCHEMA_VERSION,
    UNCERTAIN,
    VIDEO_SENDING,
    ClaimLost,
    Journal,
    JournalRow,
    NewRow,
    Pacer,
    check_values,
    mismatch,
    spec_json,
)

JOURNAL_NAME = "jogg-batch.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    row_no INTEGER PRIMARY KEY,
    line INTEGER NOT NULL,
    url TEXT NOT NULL,
    spec TEXT NOT NULL,
    state TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 1,
    product_attempts INTEGER NOT NULL DEFAULT 0,
    on_missing TEXT NOT NULL DEFAULT 'uncertain',
    product_id TEXT,
    video_id TEXT,
    intent_at REAL,
    file TEXT,
    credit REAL,
    error_code TEXT,
    error_message TEXT,
    claimed_by TEXT,
    lease_until REAL,
    updated_at REAL
);
CREATE TABLE IF NOT EXISTS posts (key TEXT NOT NULL, starts_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS posts_key ON posts (key, starts_at);
"""


class SQLiteJournal(Journal):
    """A journal in ``path``. Writes are committed (WAL, synchronous=FULL) before the
    method returns, so an intent is on disk before its POST is sent. A lock file keeps a
    second process off the same journal."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._lock_file = _take_file_lock(self.path.with_name(self.path.name + ".lock"))
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        # One process owns the journal (the file lock says so): claims left by a process
        # that died are stale.
        self._db.execute("UPDATE rows SET claimed_by = NULL, lease_until = NULL")

    def _tx(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._db.execute(sql, params)

    def open(self, fingerprint: str, token: str, rows: Sequence[NewRow]) -> str:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                found = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
                mismatch(found.get("fingerprint"), fingerprint, str(self.path))
                if "fingerprint" not in found:
                    now = time.time()
                    self._db.executemany(
                        "INSERT INTO meta (name, value) VALUES (?, ?)",
                        [
                            ("fingerprint", fingerprint),
                            ("token", token),
                            ("version", SCHEMA_VERSION),
                            ("created_at", repr(now)),
                        ],
                    )
                    self._db.executemany(
                        "INSERT INTO rows (row_no, line, url, spec, state, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        [(r.row_no, r.line, r.url, spec_json(r.spec), PENDING, now) for r in rows],
                    )
                    found["token"] = token
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return str(found["token"])

    def prepare_retries(self, retry_failed: bool, retry_uncertain: bool) -> tuple[int, int]:
        failed = uncertain = 0
        with self._lock:
            now = time.time()
            if retry_failed:
                failed = self._tx(
                    "UPDATE rows SET state = CASE WHEN product_id IS NULL THEN ? ELSE ? END, "
                    "attempt = attempt + 1, video_id = NULL, error_code = NULL, "
                    "error_message = NULL, credit = NULL, updated_at = ? WHERE state = ?",
                    (PENDING, PRODUCT_CREATED, now, FAILED),
                ).rowcount
            if retry_uncertain:
                uncertain = self._tx(
                    "UPDATE rows SET state = ?, on_missing = ?, error_code = NULL, "
                    "error_message = NULL, updated_at = ? WHERE state IN (?, ?)",
                    (VIDEO_SENDING, MISSING_MEANS_RESEND, now, UNCERTAIN, VIDEO_SENDING),
                ).rowcount
        return failed, uncertain

    def claim(self, worker: str, lease: float, skip: Collection[int]) -> JournalRow | None:
        finals = ",".join("?" * len(FINAL_STATES))
        with self._lock:
            now = time.time()
            for values in self._tx(
                f"SELECT {', '.join(COLUMNS)} FROM rows WHERE state NOT IN ({finals}) "
                "AND (claimed_by IS NULL OR lease_until < ?) ORDER BY row_no",
                (*FINAL_STATES, now),
            ).fetchall():
                if values[0] in skip:
                    continue
                self._tx(
                    "UPDATE rows SET claimed_by = ?, lease_until = ? WHERE row_no = ?",
                    (worker, now + lease, values[0]),
                )
                row = JournalRow.from_values(values)
                return dataclasses.replace(row, claimed_by=worker, lease_until=now + lease)
        return None

    def renew(self, worker: str, lease: float) -> None:
        with self._lock:
            self._tx(
                "UPDATE rows SET lease_until = ? WHERE claimed_by = ?",
                (time.time() + lease, worker),
            )

    def update(self, row_no: int, worker: str, **values: Any) -> JournalRow:
        check_values(values)
        values["updated_at"] = time.time()
        names = list(values)
        assignments = ", ".join(f"{name} = ?" for name in names)
        with self._lock:
            cursor = self._tx(
                f"UPDATE rows SET {assignments} WHERE row_no = ? AND claimed_by = ? "
                f"RETURNING {', '.join(COLUMNS)}",
                (*[values[n] for n in names], row_no, worker),
            )
            found = cursor.fetchone()
            cursor.close()
        if found is None:
            raise ClaimLost(row_no)
        return JournalRow.from_values(found)

    def release(self, row_no: int, worker: str) -> None:
        with self._lock:
            self._tx(
                "UPDATE rows SET claimed_by = NULL, lease_until = NULL "
                "WHERE row_no = ? AND claimed_by = ?",
                (row_no, worker),
            )

    def rows(self) -> list[JournalRow]:
        with self._lock:
            found = self._tx(f"SELECT {', '.join(COLUMNS)} FROM rows ORDER BY row_no").fetchall()
        return [JournalRow.from_values(v) for v in found]

    def counts(self) -> dict[str, int]:
        with self._lock:
            found = self._tx("SELECT state, count(*) FROM rows GROUP BY state").fetchall()
            held = self._tx(
                "SELECT count(*) FROM rows WHERE claimed_by IS NOT NULL",
            ).fetchone()[0]
        counts = {state: int(n) for state, n in found}
        counts["held"] = int(held)
        return counts

    def meta(self, name: str) -> str | None:
        with self._lock:
            found = self._tx("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if found is None else str(found[0])

    def set_meta(self, name: str, value: str) -> None:
        with self._lock:
            self._tx(
                "INSERT INTO meta (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def pacer(self, key: str, limit: int, window: float) -> Pacer:
        return _StoredPacer(self, key, limit, window)

    def close(self) -> None:
        with self._lock:
            self._db.close()
        self._lock_file.close()


class _StoredPacer(Pacer):
    """The sliding window of POST starts (R-THROTTLE-2), kept in the journal so that a run
    started again within the minute knows what the killed one sent."""

    def __init__(self, journal: SQLiteJournal, key: str, limit: int, window: float) -> None:
        self._journal = journal
        self._key = key
        self._limit = limit
        self._window = window

    def book(self) -> float:
        journal = self._journal
        with journal._lock:
            now = time.time()
            back = journal._tx(
                "SELECT starts_at FROM posts WHERE key = ? ORDER BY starts_at DESC "
                "LIMIT 1 OFFSET ?",
                (self._key, self._limit - 1),
            ).fetchone()
            start = now if back is None else max(now, float(back[0]) + self._window)
            journal._tx("INSERT INTO posts (key, starts_at) VALUES (?, ?)", (self._key, start))
            journal._tx(
                "DELETE FROM posts WHERE key = ? AND starts_at < ?",
                (self._key, now - 2 * self._window),
            )
        return max(0.0, start - now)

    def recent(self) -> int:
        journal = self._journal
        with journal._lock:
            now = time.time()
            found = journal._tx(
                "SELECT count(*) FROM posts WHERE key = ? AND starts_at > ? AND starts_at <= ?",
                (self._key, now - self._window, now),
            ).fetchone()
        return int(found[0])


class _FileLock:
    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def close(self) -> None:
        self._handle.close()  # closing drops the lock


def _take_file_lock(path: Path) -> _FileLock:
    handle = open(path, "a+")  # noqa: SIM115 - held open for the journal's lifetime
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no cross-process guard
        return _FileLock(handle)
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise JournalBusyError(
            f"another jogg batch is running on {path.with_suffix('')} (pid in its lock "
            "file); wait for it, or use a PostgreSQL --journal to run several workers"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return _FileLock(handle)
