"""Fixtures for the facade's unit tests (helpers live in support.py)."""

from __future__ import annotations

import pytest

from ..kit import ScriptedAPI, VirtualClock


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def api(clock: VirtualClock) -> ScriptedAPI:
    return ScriptedAPI(clock)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    """Runs a test body once against Jogg and once against AsyncJogg."""
    return str(request.param)
