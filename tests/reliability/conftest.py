"""Fixtures and the report hook of the reliability suite."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from ._report import REPORT

AddRow = Callable[[str, "int | str", str], None]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def row(request: pytest.FixtureRequest) -> AddRow:
    """``row(scenario, requests_seen, outcome)`` adds a line to the printed table."""
    nodeid = request.node.nodeid

    def add(scenario: str, requests: int | str, outcome: str) -> None:
        REPORT.add(nodeid, scenario, requests, outcome)

    return add


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" or report.failed:
        if report.failed and not any(r.nodeid == item.nodeid for r in REPORT.rows):
            # A test that failed before adding its row still shows in the table.
            reason = str(getattr(call.excinfo, "typename", "failed"))
            REPORT.add(item.nodeid, item.name, "?", reason)
        REPORT.settle(item.nodeid, report.passed)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = REPORT.table()
    if not lines:
        return
    terminalreporter.section("reliability: fault matrix, fuzzed parsing, bad input, secrets")
    for line in lines:
        terminalreporter.write_line(line)
