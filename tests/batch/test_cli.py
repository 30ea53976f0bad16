"""``jogg batch`` through ``jogg.cli.main``: exit codes, the plain progress lines, the live
panel, and the resume command (which never shows the key)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from jogg.batch._progress import LiveProgress, PlainProgress, progress_display
from jogg.batch._runner import Event, Progress
from jogg.cli import main
from jogg.cli._batch import resume_command
from jogg.testing import FakeJogg

from .support import catalogue


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeJogg]:
    fake = FakeJogg(job_seconds=0.05, rate_limit=None)
    with fake.serve() as url:
        monkeypatch.setenv("JOGG_BASE_URL", url)
        monkeypatch.setenv("JOGG_API_KEY", fake.api_key)
        yield fake


def test_batch_command_runs_prints_lines_and_exits_0(
    served: FakeJogg, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "videos"
    out.mkdir()
    args = ["batch", str(catalogue(tmp_path, 2)), "--out", str(out), "--poll-interval", "0.02"]
    assert main([*args, "--length", "15", "--style", "data"]) == 0
    printed = capsys.readouterr().out
    assert "row 1 done: saved 00001-item-1.mp4" in printed
    assert "batch chose: avatar (landscape): 127" in printed and "chose: voice (english)" in printed
    assert "2/2 done, 0 failed, 0 uncertain; 4 POSTs this run" in printed
    bodies = [r.json for r in served.requests if r.path == "/v2/create_video_from_product"]
    assert {(b["video_spec"]["length"], b["script"]["style"]) for b in bodies} == {("15", "Data")}


def test_bad_input_exits_2_with_line_numbers_and_sends_nothing(
    served: FakeJogg, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "products.csv"
    source.write_text("url,length\nhttps://shop.example.com/p/a,20\nnot a url,\n")
    out = tmp_path / "videos"
    out.mkdir()
    assert main(["batch", str(source), "--out", str(out)]) == 2
    error = capsys.readouterr().err
    assert "line 2: length: expected" in error and "line 3: url" in error
    assert main(["batch", str(source), "--out", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["batch", str(source), "--out", str(out), "--length", "45"]) == 2
    assert "--length" in capsys.readouterr().err
    assert served.requests == []


def test_resume_command_keeps_the_arguments_but_not_the_key() -> None:
    argv = ["batch", "a b.csv", "--api-key", "sk_live_1", "--out", "v", "--api-key=sk_2"]
    assert resume_command(argv) == "jogg batch 'a b.csv' --out v"
    journal = ["batch", "a.csv", "--journal", "postgresql://jogg:s3cret@db:5432/jobs"]
    assert (
        resume_command(journal) == "jogg batch a.csv --journal 'postgresql://jogg:***@db:5432/jobs'"
    )


def progress(done: int) -> Progress:
    return Progress(
        total=4,
        done=done,
        failed=1,
        uncertain=0,
        in_progress=2,
        posts_in_window=7,
        post_limit=20,
        credit=12.5,
        elapsed=30.0,
        eta_seconds=95.0,
    )


def test_plain_lines_and_the_live_panel_show_the_same_figures() -> None:
    stream = io.StringIO()
    PlainProgress(stream)(Event("done", 3, "saved 00003-x.mp4"), progress(2))
    line = stream.getvalue()
    assert line.endswith(
        "row 3 done: saved 00003-x.mp4 | done 2/4, in progress 2, failed 1, uncertain 0; "
        "POSTs 7/20 this minute; credit 12.5; ETA 1m35s\n"
    )
    assert isinstance(progress_display(io.StringIO()), PlainProgress)  # not a terminal
    panel_out = io.StringIO()
    panel = LiveProgress(panel_out)
    with panel:
        panel(Event("video", 4, "video v9 created"), progress(3))
    drawn = panel_out.getvalue()
    assert "3/4" in drawn and "POSTs 7/20 this minute" in drawn and "ETA 1m35s" in drawn
    assert "row 4 video: video v9 created" in drawn
