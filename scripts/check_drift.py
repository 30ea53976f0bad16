"""Fail when generated/ or openapi/jogg-v2.yaml is out of step.

    python scripts/check_drift.py [--upstream PATH_OR_URL]

(a) Reads generated/STAMP.json and names every input that no longer matches it: the
    spec's sha256 (a spec edit without `make generate`), the installed
    openapi-python-client or ruff version, or a generator config or template file.
    Then regenerates the package into a temporary folder and lists every file of
    generated/jogg_api that differs (a hand edit, or a spec edit without `make generate`).
(b) Vendors the upstream spec into memory and, if it differs from openapi/jogg-v2.yaml,
    prints the spec_diff change report. When the upstream file does not exist this part
    is skipped, and says so.

Exit status: 0 when both are in step, 1 when something drifted, 2 on bad input.
"""

from __future__ import annotations

import difflib
import filecmp
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from generate import (
    DEFAULT_OUTPUT,
    STAMP_NAME,
    GenerationError,
    generate_into,
    stamp_for,
)
from spec_diff import compare, format_text
from speclib import PROJECT_SPEC, REPO_ROOT, OneLineParser, dump_yaml, load_openapi, run_main
from vendor_spec import HEADER, load_operation_ids, vendor

DEFAULT_UPSTREAM = REPO_ROOT.parent / "shared" / "upstream" / "openapi-v2.yaml"
# Files that tools may leave beside the sources; they are not part of the package.
IGNORED_PARTS = ("__pycache__",)
IGNORED_SUFFIXES = (".pyc",)


def relative(path: Path) -> str:
    try:
        return str(path.relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def package_files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file()
        and not any(part in IGNORED_PARTS for part in path.parts)
        and path.suffix not in IGNORED_SUFFIXES
    }


def stamp_drift(stamp_path: Path, spec_path: Path) -> list[str]:
    """Lines naming every way the recorded stamp differs from what `make generate` would write."""
    where = relative(stamp_path)
    try:
        recorded = json.loads(stamp_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [f"  {where} is missing"]
    except (OSError, ValueError) as exc:
        return [f"  {where} is not readable JSON ({exc})"]
    if not isinstance(recorded, dict):
        return [f"  {where} is not a JSON object"]
    expected = stamp_for(spec_path)

    def entry(key: str) -> dict[str, Any]:
        value = recorded.get(key)
        return value if isinstance(value, dict) else {}

    problems: list[str] = []
    spec = entry("spec")
    if spec.get("sha256") != expected["spec"]["sha256"]:
        problems.append(
            f"  spec: {where} records {expected['spec']['path']} with sha256 "
            f"{spec.get('sha256')}, the file now has {expected['spec']['sha256']} "
            "(edited without regenerating?)"
        )
    for tool_key in ("generator", "formatter"):
        made_by, installed = entry(tool_key), expected[tool_key]
        same = (made_by.get("name"), made_by.get("version")) == (
            installed["name"],
            installed["version"],
        )
        if not same:
            problems.append(
                f"  {tool_key}: made with {made_by.get('name')} {made_by.get('version')}, "
                f"installed is {installed['name']} {installed['version']}"
            )
    inputs_recorded = entry("generator_inputs")
    inputs_now: dict[str, str] = expected["generator_inputs"]
    for name in sorted(set(inputs_recorded) | set(inputs_now)):
        if name not in inputs_now:
            problems.append(f"  generator input: {name} is recorded but no longer exists")
        elif name not in inputs_recorded:
            problems.append(f"  generator input: {name} is new since the last generation")
        elif inputs_recorded[name] != inputs_now[name]:
            problems.append(f"  generator input: {name} changed since the last generation")
    return problems


def generated_drift(committed: Path) -> list[str]:
    """Lines naming every file that differs between `committed` and a fresh generation."""
    with tempfile.TemporaryDirectory(prefix="jogg-drift-") as temp:
        fresh = generate_into(PROJECT_SPEC, Path(temp))
        have, want = package_files(committed), package_files(fresh)
        problems = [
            f"  extra (not generated): {relative(committed / n)}" for n in sorted(have - want)
        ]
        problems += [f"  missing: {relative(committed / n)}" for n in sorted(want - have)]
        problems += [
            f"  differs: {relative(committed / n)}"
            for n in sorted(have & want)
            if not filecmp.cmp(committed / n, fresh / n, shallow=False)
        ]
    return sorted(problems, key=lambda line: line.split(": ", 1)[1])


def upstream_drift(upstream: str, document: dict[str, Any]) -> str | None:
    """The change report when vendoring `upstream` would change our spec, else None."""
    vendored_text = dump_yaml(vendor(document, load_operation_ids(), quiet=True), HEADER)
    ours_text = PROJECT_SPEC.read_text(encoding="utf-8") if PROJECT_SPEC.exists() else ""
    if vendored_text == ours_text:
        return None
    ours = load_openapi(str(PROJECT_SPEC))
    report = compare(ours, yaml.safe_load(vendored_text), (relative(PROJECT_SPEC), upstream))
    if not report.empty:
        return format_text(report)
    # Same facts as far as spec_diff looks (operations, fields, types, enums, required),
    # but other bytes: examples, summaries, servers or layout. Show where.
    diff = difflib.unified_diff(
        ours_text.splitlines(),
        vendored_text.splitlines(),
        relative(PROJECT_SPEC),
        "vendored upstream",
        lineterm="",
        n=1,
    )
    lines = list(diff)
    shown = "\n".join(lines[:40]) + ("\n  ..." if len(lines) > 40 else "")
    return "No operation or field changes; other content differs:\n" + shown + "\n"


def main() -> int:
    parser = OneLineParser(description="Fail when generated/ or the spec is out of step.")
    parser.add_argument(
        "--upstream",
        default=str(DEFAULT_UPSTREAM),
        help="the vendor's spec to compare with (default: ../shared/upstream/openapi-v2.yaml)",
    )
    args = parser.parse_args()
    failed = False
    upstream: str = args.upstream
    upstream_document: dict[str, Any] | None = None
    if upstream.startswith(("http://", "https://")) or Path(upstream).exists():
        # Read it first, so bad input fails at once rather than after regenerating.
        upstream_document = load_openapi(upstream)

    stamp_path = DEFAULT_OUTPUT.parent / STAMP_NAME
    try:
        stamp_problems = stamp_drift(stamp_path, PROJECT_SPEC)
    except GenerationError as exc:
        print(f"check-drift: cannot check the stamp: {exc}", file=sys.stderr)
        return 1
    if stamp_problems:
        failed = True
        print(
            f"check-drift: {relative(stamp_path)} does not match what made it; "
            "run `make generate` with the pinned tools (pip install -e '.[dev]'):"
        )
        print("\n".join(stamp_problems))
    else:
        print(f"check-drift: {relative(stamp_path)} matches the spec and the installed tools.")

    try:
        problems = generated_drift(DEFAULT_OUTPUT)
    except GenerationError as exc:
        print(f"check-drift: cannot regenerate: {exc}", file=sys.stderr)
        return 1
    if problems:
        failed = True
        print(
            f"check-drift: {relative(DEFAULT_OUTPUT)} is out of step with "
            f"{relative(PROJECT_SPEC)} ({len(problems)} file(s)); run `make generate`:"
        )
        print("\n".join(problems))
    else:
        print(f"check-drift: {relative(DEFAULT_OUTPUT)} matches {relative(PROJECT_SPEC)}.")

    if upstream_document is None:
        print(f"check-drift: skipped the upstream comparison: {upstream} does not exist.")
    else:
        report = upstream_drift(upstream, upstream_document)
        if report is None:
            print(f"check-drift: {relative(PROJECT_SPEC)} matches the vendored {upstream}.")
        else:
            failed = True
            print(
                f"check-drift: {relative(PROJECT_SPEC)} differs from the vendored {upstream}; "
                f"review and run `make update-spec SPEC_SOURCE={upstream}`:"
            )
            print(report, end="")
    return 1 if failed else 0


if __name__ == "__main__":
    run_main(main, "check_drift.py")
