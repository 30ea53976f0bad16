"""The journals on their own: the POST pacers booked directly (no sleeping: the sliding window
of R-BATCH-10, its margin, a reopened journal remembering a killed run's bookings), and the
claims (a worker whose lease ran out cannot write the row another worker took)."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from jogg.batch import JournalMismatchError
from jogg.batch._journal import ClaimLost, NewRow
from jogg.batch._pacing import safe_window
from jogg.batch._postgres import PostgresJournal
from jogg.batch._sqlite import SQLiteJournal

from .support import new_database

WINDOW = 60.0


def delays(journal: SQLiteJournal | PostgresJournal, key: str, count: int) -> list[float]:
    pacer = journal.pacer(key, 20, safe_window(WINDOW))
    return [pacer.book() for _ in range(count)]


def check_window(found: list[float]) -> None:
    step = safe_window(WINDOW)
    assert step == pytest.approx(61.0)
    # Twenty at once, the next twenty a (padded) window later, and so on.
    for index, delay in enumerate(found):
        assert delay == pytest.approx(index // 20 * step, abs=0.5), index


def test_sqlite_pacer_books_a_sliding_window_and_remembers_it(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = SQLiteJournal(path)
    check_window(delays(journal, "key-a", 30))
    assert journal.pacer("key-a", 20, safe_window(WINDOW)).recent() == 20
    assert delays(journal, "key-b", 1) == [pytest.approx(0.0, abs=0.5)]  # keys apart
    journal.close()
    # A run started again (after a kill) sees the bookings of the one before.
    again = SQLiteJournal(path)
    assert delays(again, "key-a", 1) == [pytest.approx(61.0, abs=0.5)]
    again.close()


def test_postgres_pacer_is_one_window_for_every_connection(postgres: str) -> None:
    url = new_database(postgres, "pacing_" + secrets.token_hex(4))
    first, second = PostgresJournal(url), PostgresJournal(url)
    booked = [delays(first if n % 2 else second, "key", 1)[0] for n in range(45)]
    check_window(sorted(booked))
    first.close()
    second.close()


def test_margin_is_a_second_a_minute_and_at_least_a_quarter_second() -> None:
    assert safe_window(60.0) == pytest.approx(61.0)
    assert safe_window(6.0) == pytest.approx(6.25)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_worker_whose_lease_ran_out_cannot_write_the_row(
    kind: str, tmp_path: Path, postgres: str
) -> None:
    journal = (
        SQLiteJournal(tmp_path / "j.sqlite3")
        if kind == "sqlite"
        else PostgresJournal(new_database(postgres, "claims_" + secrets.token_hex(4)))
    )
    rows = [NewRow(n, n + 1, f"https://shop.example.com/p/item-{n}", {}) for n in (1, 2)]
    token = journal.open("fingerprint", "0badcafe", rows)
    assert journal.open("fingerprint", "ffffffff", rows) == token == "0badcafe"
    with pytest.raises(JournalMismatchError):
        journal.open("another", "ffffffff", rows)
    slow = journal.claim("slow-worker", -1.0, ())  # a lease already over
    assert slow is not None and slow.row_no == 1
    fast = journal.claim("fast-worker", 60.0, ())
    assert fast is not None and fast.row_no == 1  # taken over
    assert journal.claim("third", 60.0, ()).row_no == 2  # type: ignore[union-attr]
    assert journal.claim("third", 60.0, ()) is None  # both held
    with pytest.raises(ClaimLost):
        journal.update(1, "slow-worker", state="product_sending")
    assert journal.update(1, "fast-worker", state="product_sending").state == "product_sending"
    assert journal.counts() == {"pending": 1, "product_sending": 1, "held": 2}
    journal.close()


def test_an_unreachable_postgresql_journal_fails_at_start_without_its_password(
    tmp_path: Path,
) -> None:
    from jogg.batch import BatchError, run_batch
    from jogg.testing import FakeJogg

    from .support import catalogue, free_port

    fake = FakeJogg()
    out = tmp_path / "out"
    out.mkdir()
    url = f"postgresql://jogg:hunter2-secret@127.0.0.1:{free_port()}/jobs?connect_timeout=2"
    with pytest.raises(BatchError, match="cannot connect to the PostgreSQL journal") as caught:
        run_batch(catalogue(tmp_path, 1), out, client=fake.client(), journal=url)
    assert "hunter2-secret" not in str(caught.value)
    assert fake.requests == []
