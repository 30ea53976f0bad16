"""Fixtures for the REST facade tests."""

from __future__ import annotations

import pytest

from ..kit import ScriptedAPI, VirtualClock
from .support import rest_api


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def api(clock: VirtualClock) -> ScriptedAPI:
    return rest_api(clock)


@pytest.fixture(params=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> str:
    """Runs a test once against Jogg and once against AsyncJogg."""
    return str(request.param)
