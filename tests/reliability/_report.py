"""The figures the reliability suite reports: one row per scenario, fuzz cases per operation.

Tests add rows while they run; conftest marks each row with its test's outcome and prints
the table at the end of the session (``make reliability`` and ``make test`` alike).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass
class Row:
    nodeid: str
    scenario: str
    requests: str
    outcome: str
    passed: bool | None = None  # filled in from the test's own result


class Report:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.fuzz_cases: Counter[str] = Counter()
        self.fuzz_errors: Counter[str] = Counter()  # cases that ended in a jogg error

    def add(self, nodeid: str, scenario: str, requests: int | str, outcome: str) -> None:
        self.rows.append(Row(nodeid, scenario, str(requests), outcome))

    def settle(self, nodeid: str, passed: bool) -> None:
        for row in self.rows:
            if row.nodeid == nodeid and (row.passed is None or not passed):
                row.passed = passed

    def table(self) -> list[str]:
        lines: list[str] = []
        if self.rows:
            width = max(len(r.scenario) for r in self.rows)
            outcome_width = min(60, max(len(r.outcome) for r in self.rows))
            lines.append(
                f"{'scenario':<{width}} | requests | {'outcome':<{outcome_width}} | result"
            )
            lines.append("-" * (width + outcome_width + 24))
            for r in self.rows:
                verdict = {True: "pass", False: "FAIL", None: "?"}[r.passed]
                outcome = r.outcome if len(r.outcome) <= 60 else r.outcome[:57] + "..."
                cells = f"{r.scenario:<{width}} | {r.requests:>8} | {outcome:<{outcome_width}}"
                lines.append(f"{cells} | {verdict}")
        if self.fuzz_cases:
            lines.append("")
            width = max(len(op) for op in self.fuzz_cases)
            lines.append(f"{'fuzzed operation':<{width}} | cases | of which jogg.APIError")
            lines.append("-" * (width + 32))
            for op in sorted(self.fuzz_cases):
                lines.append(
                    f"{op:<{width}} | {self.fuzz_cases[op]:>5} | {self.fuzz_errors[op]:>5}"
                )
            lines.append(
                f"{'total':<{width}} | {sum(self.fuzz_cases.values()):>5} | "
                f"{sum(self.fuzz_errors.values()):>5}"
            )
        return lines


REPORT = Report()
