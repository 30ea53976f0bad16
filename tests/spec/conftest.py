"""Shared fixtures for the spec tooling tests (scripts/, openapi/, generated/)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"
SHARED = REPO.parent / "shared"
UPSTREAM = SHARED / "upstream" / "openapi-v2.yaml"
HISTORY = SHARED / "upstream" / "history"

# The scripts are plain files, not a package; import them the way they import each other.
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))


def run_script(
    script: Path | str, *args: str, cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    """Run a script from scripts/ (or a copy of it) with this interpreter."""
    return subprocess.run(
        [sys.executable, str(script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def generated_from(spec: Path, work: Path) -> Path:
    """The generated/ folder that `make generate` writes from ``spec``, made in ``work``."""
    output = work / "generated" / "jogg_api"
    result = run_script(
        REPO / "scripts" / "generate.py", "--spec", str(spec), "--output", str(output)
    )
    assert result.returncode == 0, result.stderr
    return output.parent


def copy_repo(target: Path) -> Path:
    """A throwaway copy of the parts of the repo that the spec scripts read and write."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    # jogg/ too: make generate reads the facade's use of the body models (body_keywords).
    for name in ("scripts", "openapi", "generated", "jogg"):
        shutil.copytree(REPO / name, target / name, ignore=ignore)
    return target


@pytest.fixture
def repo_copy(tmp_path: Path) -> Iterator[Path]:
    yield copy_repo(tmp_path / "repo")


@pytest.fixture(scope="session")
def fresh_generations(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two independent generations from openapi/jogg-v2.yaml (slow: shared by the session)."""
    from concurrent.futures import ThreadPoolExecutor

    from generate import generate_into

    spec = REPO / "openapi" / "jogg-v2.yaml"
    folders = [tmp_path_factory.mktemp("gen1"), tmp_path_factory.mktemp("gen2")]
    # The work happens in subprocesses, so two threads halve the wall time.
    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = pool.map(lambda folder: generate_into(spec, folder), folders)
    return first, second
