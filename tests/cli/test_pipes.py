"""The ``jogg`` command in pipes: a reader that leaves early (``| head``) costs no message,
no failure exit and no skipped job.

The reader's end of the pipe is closed before the command starts, so every write finds it
gone: the same as ``head`` leaving before the command has printed, without the race of a
real ``head``.
"""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

from .conftest import Served, jogg_command


def run_with_stdout_closed(served: Served, *args: str, cwd: Path | None = None) -> tuple[int, str]:
    """Run ``jogg args`` with stdout a pipe whose reader has already gone."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [*jogg_command(), *args],
            env=served.env(),
            cwd=cwd,
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(writer)
    return done.returncode, done.stderr


def creates(served: Served, path: str) -> int:
    return sum(1 for r in served.fake.requests if r.method == "POST" and r.path == path)


def test_a_listing_into_a_closed_pipe_is_quiet_and_exits_0(served: Served) -> None:
    code, stderr = run_with_stdout_closed(served, "voices", "--json")
    assert (code, stderr) == (0, "")
    code, stderr = run_with_stdout_closed(served, "avatars", "--limit", "3")
    # Only what a reader of the whole table is told as well.
    assert (code, stderr) == (0, "(first 3 shown; --limit N for more, --limit 0 for all)\n")


def test_product_video_still_creates_the_job_when_nobody_reads(served: Served) -> None:
    before = creates(served, "/v2/create_video_from_product")
    code, stderr = run_with_stdout_closed(
        served,
        "product-video",
        "https://shop.example.com/p/piped-mug",
        "--avatar",
        "127",
        "--voice",
        "en-US-GuyNeural",
    )
    assert (code, stderr) == (0, "")
    # The first progress line failed to print, and the video was made all the same.
    assert creates(served, "/v2/create_video_from_product") == before + 1


def test_product_video_waits_and_saves_when_nobody_reads(served: Served, tmp_path: Path) -> None:
    target = tmp_path / "piped.mp4"
    code, stderr = run_with_stdout_closed(
        served,
        "product-video",
        "https://shop.example.com/p/piped-lamp",
        "--download",
        str(target),
        "--poll-interval",
        "0.1",
    )
    assert code == 0, stderr
    assert "Broken pipe" not in stderr and "Traceback" not in stderr
    assert target.stat().st_size == served.fake.video_size


def _finished_avatar_video(served: Served) -> str:
    video = served.client().avatar_videos.create(
        avatar=127, voice="en-US-GuyNeural", script="Piped to stdout."
    )
    served.fake.complete_job(video.id)
    return video.id


def test_download_dash_writes_the_file_to_stdout(served: Served, tmp_path: Path) -> None:
    video_id = _finished_avatar_video(served)
    done = subprocess.run(
        [*jogg_command(), "download", "avatar-video", video_id, "-"],
        env=served.env(),
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout) == served.fake.video_size
    assert b"downloaded" not in done.stdout  # messages go to stderr when stdout is the file
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def test_download_dash_into_a_closed_pipe_is_quiet(served: Served, tmp_path: Path) -> None:
    video_id = _finished_avatar_video(served)
    code, stderr = run_with_stdout_closed(
        served, "download", "avatar-video", video_id, "-", cwd=tmp_path
    )
    assert (code, stderr) == (0, "")
    assert list(tmp_path.iterdir()) == []


def test_download_dash_refuses_to_write_a_video_to_a_terminal(served: Served) -> None:
    video_id = _finished_avatar_video(served)
    terminal, its_device = pty.openpty()
    try:
        done = subprocess.run(
            [*jogg_command(), "download", "avatar-video", video_id, "-"],
            env=served.env(),
            stdout=its_device,
            stderr=subprocess.PIPE,
            text=True,
            timeout=30,
        )
    finally:
        os.close(its_device)
        os.close(terminal)
    assert done.returncode == 2
    assert "stdout, which is a terminal" in done.stderr
