"""``jogg batch`` as users run it, killed with SIGKILL at random moments and resumed each
time, against the fake served on loopback; and Ctrl-C."""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import time
from pathlib import Path

from jogg.testing import FakeJogg

from .support import assert_complete, catalogue, creations, jogg_command, videos_per_row

ROWS = 24
KILLS = 20


def batch_command(source: Path, out: Path, *extra: str) -> list[str]:
    return [
        *jogg_command(),
        "batch",
        str(source),
        "--out",
        str(out),
        "--avatar",
        "127",
        "--voice",
        "en-US-JennyNeural",
        "--length",
        "15",
        "--poll-interval",
        "0.05",
        "--concurrency",
        "3",
        *extra,
    ]


def environment(url: str, fake: FakeJogg) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOGG_")}
    return {**env, "JOGG_BASE_URL": url, "JOGG_API_KEY": fake.api_key}


def read_report(out: Path) -> list[dict[str, str]]:
    with open(out / "report.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def test_kill_9_at_random_moments_then_resume(tmp_path: Path) -> None:
    # Renders of a second, two rows at a time: a run lives long enough to be killed in any
    # step, and the batch outlasts most of the kills.
    fake = FakeJogg(job_seconds=1.0, rate_limit=None)
    source = catalogue(tmp_path, ROWS)
    out = tmp_path / "videos"
    out.mkdir()
    chooser = random.Random(20261202)
    killed = 0
    with fake.serve() as url:
        env = environment(url, fake)
        # --retry-uncertain on every resume: a kill between an intent and its POST leaves a
        # row that nothing can be found for; on this fake that means nothing was sent.
        # The journal remembers POSTs across runs; the fake has no limit here, so a short
        # booking window keeps twenty runs in a minute from waiting for it.
        command = batch_command(
            source,
            out,
            "--retry-uncertain",
            "--concurrency",
            "2",
            "--post-window",
            "1",
            "--reconcile-settle",
            "0",
        )
        for _ in range(KILLS):
            process = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            # Startup takes ~0.3 s here; kill anywhere in the run after it.
            time.sleep(chooser.uniform(0.3, 1.0))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed += 1
            process.wait()
        final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert final.returncode == 0, final.stderr
    assert killed == KILLS
    products, videos = creations(fake)
    assert videos == dict.fromkeys(range(1, ROWS + 1), 1)
    assert videos_per_row(fake) == videos
    assert set(products) == set(range(1, ROWS + 1))
    report = read_report(out)
    assert [int(r["row"]) for r in report] == list(range(1, ROWS + 1))
    assert all(r["status"] == "done" and r["video_id"] and r["credit"] for r in report)
    assert all(Path(r["file"]).stat().st_size == fake.video_size for r in report)
    assert not list(out.glob("*.part")) and not list(out.glob(".*part*"))


def test_ctrl_c_stops_claiming_and_prints_the_resume_command(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=3600, rate_limit=None)  # the videos never finish by themselves
    source = catalogue(tmp_path, 3)
    out = tmp_path / "videos"
    out.mkdir()
    with fake.serve() as url:
        env = environment(url, fake)
        command = batch_command(source, out)
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 20
        while len(creations(fake)[1]) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=20)
        assert process.returncode == 130, stderr
        assert "Resume with:" in stderr and f"jogg batch {source} --out {out}" in stderr
        assert fake.api_key not in stderr + stdout
        report = read_report(out)
        assert [r["status"] for r in report] == ["video_created"] * 3
        for row in report:
            fake.complete_job(row["video_id"])
        resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert resumed.returncode == 0, resumed.stderr
    assert "0 POSTs this run" in resumed.stdout
    assert creations(fake)[1] == {1: 1, 2: 1, 3: 1}
    assert [r["status"] for r in read_report(out)] == ["done"] * 3
    assert_complete_files(out, 3)


def assert_complete_files(out: Path, count: int) -> None:
    assert len(list(out.glob("*.mp4"))) == count


__all__ = ["assert_complete"]
