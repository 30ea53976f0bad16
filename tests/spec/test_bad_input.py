"""Every script answers bad input with one line on stderr and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import UPSTREAM, run_script


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    not_yaml = tmp_path / "not-yaml.yaml"
    not_yaml.write_text("openapi: [unclosed\n  - : :\n", encoding="utf-8")
    not_openapi = tmp_path / "swagger.yaml"
    not_openapi.write_text("swagger: '2.0'\npaths: {}\n", encoding="utf-8")
    a_list = tmp_path / "list.yaml"
    a_list.write_text("- 1\n- 2\n", encoding="utf-8")
    return {
        "missing": tmp_path / "does-not-exist.yaml",
        "not yaml": not_yaml,
        "not openapi 3": not_openapi,
        "not a mapping": a_list,
        "a directory": tmp_path,
    }


def assert_one_line_error(result_stderr: str, returncode: int) -> None:
    assert returncode == 2, result_stderr
    assert "Traceback" not in result_stderr
    lines = result_stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "error" in lines[0]


CASES = ["missing", "not yaml", "not openapi 3", "not a mapping", "a directory"]


@pytest.mark.parametrize("case", CASES)
def test_vendor_spec(case: str, bad_inputs: dict[str, Path], tmp_path: Path) -> None:
    output = tmp_path / "out.yaml"
    result = run_script(Path("scripts/vendor_spec.py"), str(bad_inputs[case]), "-o", str(output))
    assert_one_line_error(result.stderr, result.returncode)
    assert not output.exists()


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("side", ["old", "new"])
def test_spec_diff(case: str, side: str, bad_inputs: dict[str, Path]) -> None:
    bad = str(bad_inputs[case])
    args = (bad, str(UPSTREAM)) if side == "old" else (str(UPSTREAM), bad)
    result = run_script(Path("scripts/spec_diff.py"), *args, "--format", "json")
    assert_one_line_error(result.stderr, result.returncode)
    assert result.stdout == ""


def test_spec_diff_usage_errors_are_one_line() -> None:
    result = run_script(Path("scripts/spec_diff.py"), str(UPSTREAM))
    assert_one_line_error(result.stderr, result.returncode)
    result = run_script(
        Path("scripts/spec_diff.py"), str(UPSTREAM), str(UPSTREAM), "--format", "xml"
    )
    assert_one_line_error(result.stderr, result.returncode)


@pytest.mark.parametrize("case", ["not yaml", "not openapi 3"])
def test_check_drift(case: str, bad_inputs: dict[str, Path], repo_copy: Path) -> None:
    result = run_script(
        repo_copy / "scripts" / "check_drift.py", "--upstream", str(bad_inputs[case]), cwd=repo_copy
    )
    assert_one_line_error(result.stderr, result.returncode)


@pytest.mark.parametrize("case", ["missing", "not yaml", "not openapi 3"])
def test_update_spec_writes_nothing(
    case: str, bad_inputs: dict[str, Path], repo_copy: Path
) -> None:
    spec = repo_copy / "openapi" / "jogg-v2.yaml"
    before = spec.read_bytes()
    result = run_script(
        repo_copy / "scripts" / "update_spec.py", str(bad_inputs[case]), cwd=repo_copy
    )
    assert_one_line_error(result.stderr, result.returncode)
    assert spec.read_bytes() == before


@pytest.mark.parametrize("case", ["missing", "not openapi 3"])
def test_generate(case: str, bad_inputs: dict[str, Path], repo_copy: Path) -> None:
    init = repo_copy / "generated" / "jogg_api" / "__init__.py"
    before = init.read_bytes()
    result = run_script(
        repo_copy / "scripts" / "generate.py", "--spec", str(bad_inputs[case]), cwd=repo_copy
    )
    assert_one_line_error(result.stderr, result.returncode)
    assert init.read_bytes() == before
