"""generated/STAMP.json: written by `make generate`, checked by `make check-drift`."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, run_script

STAMP = REPO / "generated" / "STAMP.json"


def check_drift(repo: Path) -> tuple[int, str]:
    result = run_script(
        repo / "scripts" / "check_drift.py", "--upstream", str(repo / "no-upstream.yaml"), cwd=repo
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout + result.stderr


def read_stamp(path: Path) -> dict[str, Any]:
    stamp = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(stamp, dict)
    return stamp


def test_the_committed_stamp_records_the_spec_the_generator_and_its_inputs() -> None:
    stamp = read_stamp(STAMP)
    spec = REPO / "openapi" / "jogg-v2.yaml"
    assert stamp["spec"] == {
        "path": "openapi/jogg-v2.yaml",
        "sha256": hashlib.sha256(spec.read_bytes()).hexdigest(),
    }
    assert stamp["generator"]["name"] == "openapi-python-client"
    pinned = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"openapi-python-client=={stamp["generator"]["version"]}"' in pinned
    config = REPO / "openapi" / "generator-config.yaml"
    assert stamp["generator_inputs"]["openapi/generator-config.yaml"] == (
        hashlib.sha256(config.read_bytes()).hexdigest()
    )


def test_generate_writes_the_stamp_and_py_typed(repo_copy: Path) -> None:
    stamp = repo_copy / "generated" / "STAMP.json"
    marker = repo_copy / "generated" / "jogg_api" / "py.typed"
    stamp.unlink()
    marker.unlink()
    result = run_script(repo_copy / "scripts" / "generate.py", cwd=repo_copy)
    assert result.returncode == 0, result.stderr
    assert stamp.read_bytes() == STAMP.read_bytes()
    assert marker.is_file()


def test_an_intact_stamp_passes(repo_copy: Path) -> None:
    code, output = check_drift(repo_copy)
    assert code == 0, output
    assert "generated/STAMP.json matches" in output


@pytest.mark.parametrize(
    ("breakage", "named"),
    [
        (
            lambda stamp: stamp["spec"].update(sha256="0" * 64),
            "spec: generated/STAMP.json records openapi/jogg-v2.yaml with sha256 " + "0" * 64,
        ),
        (
            lambda stamp: stamp["generator"].update(version="0.1.0"),
            "generator: made with openapi-python-client 0.1.0, installed is openapi-python-client",
        ),
        (
            lambda stamp: stamp["formatter"].update(version="0.0.1"),
            "formatter: made with ruff 0.0.1, installed is ruff",
        ),
        (
            lambda stamp: stamp["generator_inputs"].update({"openapi/generator-config.yaml": "x"}),
            "generator input: openapi/generator-config.yaml changed",
        ),
        (
            lambda stamp: stamp["generator_inputs"].update({"openapi/templates/gone.jinja": "x"}),
            "generator input: openapi/templates/gone.jinja is recorded but no longer exists",
        ),
    ],
    ids=["spec hash", "generator version", "formatter version", "config hash", "old template"],
)
def test_a_broken_stamp_fails_naming_the_mismatch(
    repo_copy: Path, breakage: Any, named: str
) -> None:
    path = repo_copy / "generated" / "STAMP.json"
    stamp = read_stamp(path)
    breakage(stamp)
    path.write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    code, output = check_drift(repo_copy)
    assert code == 1
    assert "generated/STAMP.json does not match what made it" in output
    assert named in output
    # The package itself is unchanged, and the output says so.
    assert "generated/jogg_api matches openapi/jogg-v2.yaml" in output


@pytest.mark.parametrize(
    ("content", "named"), [(None, "is missing"), ("{not json", "is not readable JSON")]
)
def test_a_missing_or_garbled_stamp_fails(repo_copy: Path, content: str | None, named: str) -> None:
    path = repo_copy / "generated" / "STAMP.json"
    if content is None:
        path.unlink()
    else:
        path.write_text(content, encoding="utf-8")
    code, output = check_drift(repo_copy)
    assert code == 1
    assert f"generated/STAMP.json {named}" in output


def test_a_spec_edited_without_regenerating_is_named_by_the_stamp(repo_copy: Path) -> None:
    spec = repo_copy / "openapi" / "jogg-v2.yaml"
    # An example value only: the generated package is the same, but the stamp is not.
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text + "# a hand edit\n", encoding="utf-8")
    code, output = check_drift(repo_copy)
    assert code == 1
    assert "spec: generated/STAMP.json records openapi/jogg-v2.yaml with sha256" in output
    assert hashlib.sha256(spec.read_bytes()).hexdigest() in output
