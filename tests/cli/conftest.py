"""Fixtures for the command-line tests: one FakeJogg served on loopback for the module, and a
helper that runs the installed ``jogg`` entry point against it in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from jogg import Jogg
from jogg.testing import FakeJogg

REPO = Path(__file__).resolve().parents[2]
API_KEY = "cli-test-key-6f1d2a"


def jogg_command() -> list[str]:
    """The console script installed beside this Python (what users run), else the module."""
    script = Path(sys.executable).with_name("jogg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "jogg.cli"]


# Subprocesses keep their compiled bytecode here (outside the tree) even where the
# environment says PYTHONDONTWRITEBYTECODE, so each one does not recompile the SDK.
BYTECODE_CACHE = Path(tempfile.gettempdir()) / "jogg-cli-tests-pycache"


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("JOGG_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_CACHE)
    env.update(extra)
    return env


@attrs.frozen
class Served:
    fake: FakeJogg
    url: str

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(JOGG_BASE_URL=self.url, JOGG_API_KEY=self.fake.api_key, **extra)

    def client(self) -> Jogg:
        """An in-process client of the same fake, to set up jobs the CLI then looks at."""
        return self.fake.client(post_rate_limit=None)


@attrs.frozen
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    fake = FakeJogg(API_KEY, job_seconds=0.6, rate_limit=None)
    with fake.serve() as url:
        yield Served(fake, url)


@pytest.fixture(scope="module")
def jogg(served: Served):  # type: ignore[no-untyped-def]
    """``jogg(*args)`` runs the command line against the served fake."""

    def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> Result:
        done = subprocess.run(
            [*jogg_command(), *args],
            env=env if env is not None else served.env(),
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    return run
