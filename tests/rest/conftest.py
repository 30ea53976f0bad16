"""Fixtures for the REST facade tests."""

from __future__ import annotations

import pytest

from .support import RecordingAPI, VirtualClock


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def api(clock: VirtualClock) -> RecordingAPI:
    return RecordingAPI(clock)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    """Runs a test once against Jogg and once against AsyncJogg."""
    return str(request.param)
