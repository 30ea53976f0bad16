"""`jogg --help` stays light, the display and redaction helpers, and the `make demo` script."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import jogg
from jogg._redact import redact_url
from jogg.cli import main
from jogg.cli._output import WaitDisplay, sanitize

from .conftest import REPO, clean_env

CHECK_HELP_IMPORTS = """
import contextlib, io, sys
from jogg.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    codes = [main(["--help"]), main(["avatars", "--help"]), main(["wait", "--help"])]
heavy = sorted(m for m in ("httpx", "attrs", "dateutil", "jogg._client") if m in sys.modules)
print(codes, heavy, "usage: jogg" in out.getvalue())
"""


def test_help_does_not_import_the_sdk_or_httpx() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK_HELP_IMPORTS],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "[0, 0, 0] [] True"


def test_every_public_name_of_the_lazy_package_resolves() -> None:
    for name in jogg.__all__:
        assert getattr(jogg, name) is not None, name
    assert set(jogg.__all__) <= set(dir(jogg))


def test_usage_errors_return_2_in_process(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["avatars", "--limit", "many"]) == 2
    assert main([]) == 2
    assert "usage: jogg avatars" in capsys.readouterr().err


class _Job:
    def __init__(self, status: str) -> None:
        self.status = status


def test_progress_on_a_terminal_is_one_rewritten_line() -> None:
    stream = io.StringIO()
    with WaitDisplay("product-video 42", stream, tty=True) as display:
        display(_Job("pending"), 10.0)
        display(_Job("processing"), 20.0)
    text = stream.getvalue()
    assert text.count("\n") == 1 and text.endswith("\n")
    assert text.count("\r") >= 3  # the first draw, then one per look
    assert "processing" in text.rsplit("\r", 1)[-1] and "elapsed" in text


def test_progress_when_piped_is_one_plain_line_per_look() -> None:
    stream = io.StringIO()
    with WaitDisplay("lip-sync 7", stream, tty=False) as display:
        display(_Job("processing"), 10.0)
        display(_Job("completed"), 75.0)
    assert stream.getvalue().splitlines() == [
        "[0:10] lip-sync 7: processing",
        "[1:15] lip-sync 7: completed",
    ]


def test_output_never_carries_secrets_or_url_signatures() -> None:
    signed = "https://bucket.example.com/up/a.mp4?X-Amz-Signature=abc123&X-Amz-Credential=k"
    assert "abc123" not in redact_url(signed)
    assert redact_url("https://cdn.example.com/v.mp4") == "https://cdn.example.com/v.mp4"
    cleaned = sanitize({"secret": "whsec_1", "sign_url": signed, "nested": [{"url": signed}]})
    flat = repr(cleaned)
    assert "whsec_1" not in flat and "abc123" not in flat
    assert sanitize({"secret": "whsec_1"}, keep_secret=True) == {"secret": "whsec_1"}


def test_the_demo_script_ends_with_a_downloaded_file(tmp_path: Path) -> None:
    """What `make demo` runs, without a key: the embedded fake, every step, a file."""
    done = subprocess.run(
        [sys.executable, str(REPO / "examples" / "product_video.py")],
        env=clean_env(),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "using the embedded fake API" in out
    for step in ("1. product page", "2. product", "3. avatar", "4. video", "5. waiting"):
        assert step in out
    last_step = [line for line in out.splitlines() if line.startswith("6. downloaded")]
    assert len(last_step) == 1
    files = list((tmp_path / "out").glob("*.mp4"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    assert str(files[0]) in last_step[0]
