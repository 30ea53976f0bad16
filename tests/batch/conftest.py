"""Fixtures for the batch tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .support import postgres_server


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL server for the session (initdb + pg_ctl, loopback only)."""
    with postgres_server() as url:
        yield url
