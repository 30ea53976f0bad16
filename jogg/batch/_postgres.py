"""The fleet journal: PostgreSQL, for any number of workers on any number of machines.

Workers claim rows with ``SELECT ... FOR UPDATE SKIP LOCKED`` and hold them by a lease they
renew; a worker that dies loses its rows when the lease runs out. Every time (leases, POST
bookings) is read from the database server's clock, so the workers' own clocks never
disagree about it. The POST pacing of a key is a table of booked start times.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Sequence
from typing import Any

from ._errors import BatchError
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

_NOW = "extract(epoch from clock_timestamp())"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS jogg_batch_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jogg_batch_rows (
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
    intent_at DOUBLE PRECISION,
    file TEXT,
    credit DOUBLE PRECISION,
    error_code TEXT,
    error_message TEXT,
    claimed_by TEXT,
    lease_until DOUBLE PRECISION,
    updated_at DOUBLE PRECISION
);
CREATE TABLE IF NOT EXISTS jogg_batch_pacing (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS jogg_batch_posts (
    key TEXT NOT NULL,
    starts_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX IF NOT EXISTS jogg_batch_posts_key ON jogg_batch_posts (key, starts_at);
"""


def _connect(url: str) -> Any:
    try:
        import psycopg
    except ImportError:
        raise BatchError(
            "a PostgreSQL journal needs psycopg 3: pip install 'jogg[postgres]'"
        ) from None
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        # The message may quote the connection string; keep only its first line.
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise BatchError(
            f"cannot connect to the PostgreSQL journal: {_scrub(first, url)}"
        ) from None


def _scrub(text: str, url: str) -> str:
    from urllib.parse import urlsplit

    password = urlsplit(url).password
    return text.replace(password, "***") if password else text


class PostgresJournal(Journal):
    """A journal in the database at ``url`` (``postgresql://user@host/db``); one batch per
    database (or per schema, with ``?options=-csearch_path=...``)."""

    shared = True

    def __init__(self, url: str) -> None:
        self._url = url
        self._lock = threading.Lock()
        self._db = _connect(url)
        with self._lock, self._db.transaction():
            # Two workers starting together must not both create the tables.
            self._db.execute("SELECT pg_advisory_xact_lock(7123001)")
            self._db.execute(_SCHEMA)

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._db.execute(sql, params).fetchone()

    def open(self, fingerprint: str, token: str, rows: Sequence[NewRow]) -> str:
        with self._lock, self._db.transaction():
            self._db.execute("LOCK TABLE jogg_batch_meta IN EXCLUSIVE MODE")
            found = dict(self._db.execute("SELECT name, value FROM jogg_batch_meta").fetchall())
            mismatch(found.get("fingerprint"), fingerprint, "database")
            if "fingerprint" not in found:
                now = self._one(f"SELECT {_NOW}")[0]
                with self._db.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO jogg_batch_meta (name, value) VALUES (%s, %s)",
                        [
                            ("fingerprint", fingerprint),
                            ("token", token),
                            ("version", SCHEMA_VERSION),
                            ("created_at", repr(now)),
                        ],
                    )
                    cursor.executemany(
                        "INSERT INTO jogg_batch_rows (row_no, line, url, spec, state, updated_at)"
                        " VALUES (%s, %s, %s, %s, %s, %s)",
                        [(r.row_no, r.line, r.url, spec_json(r.spec), PENDING, now) for r in rows],
                    )
                found["token"] = token
        return str(found["token"])

    def prepare_retries(self, retry_failed: bool, retry_uncertain: bool) -> tuple[int, int]:
        failed = uncertain = 0
        with self._lock, self._db.transaction():
            if retry_failed:
                failed = self._db.execute(
                    "UPDATE jogg_batch_rows SET state = CASE WHEN product_id IS NULL THEN %s "
                    "ELSE %s END, attempt = attempt + 1, video_id = NULL, error_code = NULL, "
                    f"error_message = NULL, credit = NULL, updated_at = {_NOW} WHERE state = %s",
                    (PENDING, PRODUCT_CREATED, FAILED),
                ).rowcount
            if retry_uncertain:
                uncertain = self._db.execute(
                    "UPDATE jogg_batch_rows SET state = %s, on_missing = %s, error_code = NULL, "
                    f"error_message = NULL, updated_at = {_NOW} WHERE state IN (%s, %s)",
                    (VIDEO_SENDING, MISSING_MEANS_RESEND, UNCERTAIN, VIDEO_SENDING),
                ).rowcount
        return failed, uncertain

    def claim(self, worker: str, lease: float, skip: Collection[int]) -> JournalRow | None:
        with self._lock, self._db.transaction():
            found = self._one(
                f"UPDATE jogg_batch_rows SET claimed_by = %s, lease_until = {_NOW} + %s "
                "WHERE row_no = ("
                "  SELECT row_no FROM jogg_batch_rows"
                "  WHERE state <> ALL(%s) AND NOT (row_no = ANY(%s))"
                f"  AND (claimed_by IS NULL OR lease_until < {_NOW})"
                "  ORDER BY row_no LIMIT 1 FOR UPDATE SKIP LOCKED"
                f") RETURNING {', '.join(COLUMNS)}",
                (worker, lease, list(FINAL_STATES), list(skip)),
            )
        return None if found is None else JournalRow.from_values(found)

    def renew(self, worker: str, lease: float) -> None:
        with self._lock:
            self._db.execute(
                f"UPDATE jogg_batch_rows SET lease_until = {_NOW} + %s WHERE claimed_by = %s",
                (lease, worker),
            )

    def update(self, row_no: int, worker: str, **values: Any) -> JournalRow:
        check_values(values)
        names = list(values)
        assignments = ", ".join([*(f"{name} = %s" for name in names), f"updated_at = {_NOW}"])
        with self._lock:
            found = self._one(
                f"UPDATE jogg_batch_rows SET {assignments} WHERE row_no = %s AND claimed_by = %s "
                f"RETURNING {', '.join(COLUMNS)}",
                (*[values[n] for n in names], row_no, worker),
            )
        if found is None:
            raise ClaimLost(row_no)
        return JournalRow.from_values(found)

    def release(self, row_no: int, worker: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE jogg_batch_rows SET claimed_by = NULL, lease_until = NULL "
                "WHERE row_no = %s AND claimed_by = %s",
                (row_no, worker),
            )

    def rows(self) -> list[JournalRow]:
        with self._lock:
            found = self._db.execute(
                f"SELECT {', '.join(COLUMNS)} FROM jogg_batch_rows ORDER BY row_no"
            ).fetchall()
        return [JournalRow.from_values(v) for v in found]

    def counts(self) -> dict[str, int]:
        with self._lock:
            found = self._db.execute(
                "SELECT state, count(*) FROM jogg_batch_rows GROUP BY state"
            ).fetchall()
            held = self._one(
                f"SELECT count(*) FROM jogg_batch_rows WHERE claimed_by IS NOT NULL "
                f"AND lease_until >= {_NOW}"
            )[0]
        counts = {state: int(n) for state, n in found}
        counts["held"] = int(held)
        return counts

    def meta(self, name: str) -> str | None:
        with self._lock:
            found = self._one("SELECT value FROM jogg_batch_meta WHERE name = %s", (name,))
        return None if found is None else str(found[0])

    def set_meta(self, name: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO jogg_batch_meta (name, value) VALUES (%s, %s) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def pacer(self, key: str, limit: int, window: float) -> Pacer:
        return _SharedPacer(self, key, limit, window)

    def close(self) -> None:
        with self._lock:
            self._db.close()


class _SharedPacer(Pacer):
    """The sliding window of POST starts (the facade's rule R-THROTTLE-2), kept in the
    database: each booking locks the key's row, reads the start ``limit`` places back and
    books ``max(now, that + window)``. Every worker of every machine books through it."""

    def __init__(self, journal: PostgresJournal, key: str, limit: int, window: float) -> None:
        self._journal = journal
        self._key = key
        self._limit = limit
        self._window = window
        with journal._lock:
            journal._db.execute(
                "INSERT INTO jogg_batch_pacing (key) VALUES (%s) ON CONFLICT DO NOTHING", (key,)
            )

    def book(self) -> float:
        db = self._journal._db
        with self._journal._lock, db.transaction():
            db.execute("SELECT key FROM jogg_batch_pacing WHERE key = %s FOR UPDATE", (self._key,))
            now = float(db.execute(f"SELECT {_NOW}").fetchone()[0])
            back = db.execute(
                "SELECT starts_at FROM jogg_batch_posts WHERE key = %s "
                "ORDER BY starts_at DESC OFFSET %s LIMIT 1",
                (self._key, self._limit - 1),
            ).fetchone()
            start = now if back is None else max(now, float(back[0]) + self._window)
            db.execute(
                "INSERT INTO jogg_batch_posts (key, starts_at) VALUES (%s, %s)", (self._key, start)
            )
            db.execute(
                "DELETE FROM jogg_batch_posts WHERE key = %s AND starts_at < %s",
                (self._key, now - 2 * self._window),
            )
        return max(0.0, start - now)

    def recent(self) -> int:
        db = self._journal._db
        with self._journal._lock:
            found = db.execute(
                f"SELECT count(*) FROM jogg_batch_posts WHERE key = %s AND starts_at > {_NOW} - %s"
                f" AND starts_at <= {_NOW}",
                (self._key, self._window),
            ).fetchone()
        return int(found[0])
