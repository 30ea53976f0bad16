"""`make conformance` sets JOGG_CONFORMANCE_REPORT=1 to get passes per area at the end."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

passed: Counter[str] = Counter()
total: Counter[str] = Counter()
pending: Counter[str] = Counter()


def pytest_runtest_logreport(report: Any) -> None:
    properties = dict(report.user_properties)
    area = properties.get("area")
    if area is None or report.when != "call":
        return
    total[area] += 1
    if properties.get("pending"):
        pending[area] += 1  # still fails in Python, as pending.json says
    elif report.passed:
        passed[area] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not os.environ.get("JOGG_CONFORMANCE_REPORT") or not total:
        return
    write = terminalreporter.write_line
    write("")
    write("conformance vectors (sync + async runs) passed per area, and pending (pending.json:")
    write("decided rules the Python code has not caught up with, each checked to still fail):")
    for area in sorted(total):
        write(f"  {area:<14} {passed[area]:>4} / {total[area]}   pending {pending[area]}")
    write(
        f"  {'all':<14} {sum(passed.values()):>4} / {sum(total.values())}"
        f"   pending {sum(pending.values())}"
    )
