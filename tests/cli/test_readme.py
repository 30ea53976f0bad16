"""Every code block of README.md runs, against a FakeJogg served on loopback.

Conventions (README authors, read this):

- A ```python block is run as it stands, in a fresh namespace, in a temporary working
  folder, with ``JOGG_BASE_URL`` / ``JOGG_API_KEY`` pointing at the served fake. Functions
  it defines named ``test_*`` are then called (``tmp_path`` is passed when asked for).
- A ```console block's ``$ jogg ...`` lines are run through ``jogg.cli.main`` and must
  exit 0. A line with a pipe (``$ jogg ... | head -3``) is run by bash with ``pipefail``
  and the installed ``jogg`` command, and must exit 0 with nothing on stderr.
- A block preceded by ``<!-- readme-test: skip (why) -->`` is not run (for code that needs
  a web framework or a real account). Say why in the comment.

Waits sleep for at most 50 ms here, so the advised schedule's 10 s steps do not slow the
suite; the fake's jobs still take real (short) time to finish.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import re
import shlex
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from jogg import _clock
from jogg.cli import main
from jogg.testing import FakeJogg

from .conftest import clean_env, jogg_command

README = Path(__file__).resolve().parents[2] / "README.md"
SKIP_MARK = "<!-- readme-test: skip"
FENCE = re.compile(r"^```(\w*)\s*$")


@attrs.frozen
class Block:
    language: str
    line: int  # where the code starts in README.md
    code: str
    skipped: bool


def readme_blocks() -> list[Block]:
    lines = README.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None or not opening.group(1):
            index += 1
            continue
        before = next((text for text in reversed(lines[:index]) if text.strip()), "")
        end = next(j for j in range(index + 1, len(lines)) if lines[j].startswith("```"))
        blocks.append(
            Block(
                opening.group(1),
                index + 2,
                "\n".join(lines[index + 1 : end]) + "\n",
                before.strip().startswith(SKIP_MARK),
            )
        )
        index = end + 1
    return blocks


BLOCKS = [block for block in readme_blocks() if block.language in ("python", "console")]
RUNNABLE = [block for block in BLOCKS if not block.skipped]


@pytest.fixture(scope="module")
def served_fake() -> Iterator[tuple[FakeJogg, str]]:
    fake = FakeJogg(job_seconds=0.3, rate_limit=None)
    with fake.serve() as url:
        yield fake, url


@pytest.fixture
def against_the_fake(
    served_fake: tuple[FakeJogg, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Path:
    fake, url = served_fake
    for name in ("JOGG_LOG", "JOGG_API_KEY", "JOGG_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("JOGG_BASE_URL", url)
    monkeypatch.setenv("JOGG_API_KEY", fake.api_key)
    monkeypatch.chdir(tmp_path)

    async def short_async_sleep(self: object, seconds: float) -> None:
        await asyncio.sleep(min(seconds, 0.05))

    monkeypatch.setattr(
        _clock.SystemClock, "sleep", lambda self, seconds: time.sleep(min(seconds, 0.05))
    )
    monkeypatch.setattr(_clock.SystemClock, "async_sleep", short_async_sleep)
    # Something completed for the blocks that read finished videos.
    client = fake.client(post_rate_limit=None)
    product = client.products.create("https://shop.example.com/p/seed")
    fake.complete_job(
        client.product_videos.create(str(product.id), avatar=1, voice="en-US-JennyNeural").id
    )
    return tmp_path


def test_the_readme_has_the_blocks_this_test_expects() -> None:
    assert len(RUNNABLE) >= 10
    assert [block.language for block in BLOCKS if block.skipped] == ["python"]
    assert any(block.language == "console" for block in RUNNABLE)


@pytest.mark.parametrize("block", RUNNABLE, ids=lambda b: f"{b.language}-line{b.line}")
def test_readme_block_runs(block: Block, against_the_fake: Path) -> None:
    if block.language == "console":
        commands = [line[2:] for line in block.code.splitlines() if line.startswith("$ jogg ")]
        assert commands
        for command in commands:
            if "|" in command:
                _run_pipeline(command, against_the_fake)
            else:
                assert main(shlex.split(command)[1:]) == 0, command
        return
    namespace: dict[str, object] = {"__name__": "readme"}
    exec(compile(block.code, f"README.md:{block.line}", "exec"), namespace)
    for name, value in namespace.items():
        if name.startswith("test_") and callable(value):
            wanted = inspect.signature(value).parameters
            value(**({"tmp_path": against_the_fake} if "tmp_path" in wanted else {}))


def _run_pipeline(command: str, cwd: Path) -> None:
    """A README pipe, run as a user's shell would, against the served fake."""
    jogg_bin = Path(jogg_command()[0]).parent
    env = clean_env(
        JOGG_BASE_URL=os.environ["JOGG_BASE_URL"],
        JOGG_API_KEY=os.environ["JOGG_API_KEY"],
        PATH=f"{jogg_bin}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, ""), command
    assert done.stdout.strip(), command
