"""`make conformance` sets JOGG_CONFORMANCE_REPORT=1 to get passes per area at the end."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

passed: Counter[str] = Counter()
total: Counter[str] = Counter()


def pytest_runtest_logreport(report: Any) -> None:
    area = dict(report.user_properties).get("area")
    if area is None or report.when != "call":
        return
    total[area] += 1
    if report.passed:
        passed[area] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not os.environ.get("JOGG_CONFORMANCE_REPORT") or not total:
        return
    write = terminalreporter.write_line
    write("")
    write("conformance vectors (sync + async runs) passed per area:")
    for area in sorted(total):
        write(f"  {area:<14} {passed[area]:>4} / {total[area]}")
    write(f"  {'all':<14} {sum(passed.values()):>4} / {sum(total.values())}")
