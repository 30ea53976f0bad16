"""The ``jogg`` console script, run in subprocesses against a served FakeJogg."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest

from jogg.testing import FakeJogg

from .conftest import API_KEY, Served, clean_env, jogg_command

# Short polls: the served fake finishes a job in 0.6 s.
FAST = ("--poll-interval", "0.1")


def data_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def test_product_video_creates_waits_and_downloads(served: Served, jogg, tmp_path: Path) -> None:
    target = tmp_path / "mug.mp4"
    result = jogg(
        "product-video",
        "https://shop.example.com/p/blue-mug",
        "--length",
        "15",
        "--wait",
        "--download",
        str(target),
        *FAST,
    )
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size == served.fake.video_size
    out = result.stdout
    assert "product:      " in out and "Blue Mug" in out
    assert "avatar:       " in out and "first public avatar" in out
    assert "voice:        " in out and "first english voice" in out
    assert f"downloaded:   {target}" in out
    # Piped progress: plain lines, one per look, never a carriage return.
    assert "\r" not in result.stderr
    progress = [line for line in result.stderr.splitlines() if "product-video" in line]
    assert progress and progress[-1].endswith(": completed")
    assert all(line.startswith("[0:") for line in progress)


def test_product_video_json_names_the_created_objects(served: Served, jogg) -> None:
    result = jogg(
        "product-video",
        "https://shop.example.com/p/desk-lamp",
        "--avatar",
        "127",
        "--voice",
        "en-GB-RyanNeural",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["file"] is None
    video_id = document["video"]["video_id"]
    assert served.fake.job_status(video_id) in ("pending", "processing", "completed")
    assert "jogg wait product-video " + video_id in result.stderr


def test_discovery_table_is_aligned_and_limited(served: Served, jogg) -> None:
    result = jogg("avatars", "--limit", "3")
    assert result.returncode == 0, result.stderr
    header, *rows = data_lines(result.stdout)
    assert header.split()[:2] == ["ID", "NAME"]
    assert len(rows) == 3
    name_column = header.index("NAME")
    public = list(served.client().avatars.list_public())
    for row, avatar in zip(rows, public, strict=False):
        assert row.split()[0] == str(avatar.id)
        assert row[name_column:].startswith(avatar.name or "")
    assert "--limit" in result.stderr  # says there are more


@pytest.mark.parametrize(
    ("command", "key"),
    [
        (["avatars", "--aspect-ratio", "landscape"], "id"),
        (["voices", "--language", "spanish"], "voice_id"),
        (["visual-styles"], "name"),
        (["musics", "--limit", "0"], "id"),
        (["templates"], "id"),
    ],
)
def test_discovery_json_is_the_list_of_raw_objects(
    served: Served, jogg, command: list[str], key: str
) -> None:
    result = jogg(*command, "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert isinstance(items, list) and items
    assert all(isinstance(item, dict) and key in item for item in items)
    client = served.client()
    expected = {
        "avatars": lambda: [a.id for a in client.avatars.list_public(aspect_ratio="landscape")],
        "voices": lambda: [v.id for v in client.voices.list(language="spanish")],
        "visual-styles": lambda: [s.name for s in client.visual_styles.list()],
        "musics": lambda: [m.id for m in client.musics.list()],
        "templates": lambda: [t.id for t in client.templates.list()],
    }[command[0]]()
    assert [item[key] for item in items] == expected[:20]


def test_status_wait_and_download_an_avatar_video(served: Served, jogg, tmp_path: Path) -> None:
    video = served.client().avatar_videos.create(
        avatar=127, voice="en-US-GuyNeural", script="Hello from the command line."
    )
    waited = jogg("wait", "avatar-video", video.id, *FAST)
    assert waited.returncode == 0, waited.stderr
    assert "status:" in waited.stdout and "completed" in waited.stdout
    assert "\r" not in waited.stderr

    status = jogg("status", "avatar-video", video.id, "--json")
    assert status.returncode == 0
    assert json.loads(status.stdout)["status"] == "completed"

    target = tmp_path / "avatar.mp4"
    saved = jogg("download", "avatar-video", video.id, str(target))
    assert saved.returncode == 0, saved.stderr
    assert target.stat().st_size == served.fake.video_size


def test_a_failed_job_is_one_line_and_exit_1(
    served: Served, jogg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Long jobs here, so that a slow machine cannot finish the task before it is failed.
    monkeypatch.setattr(served.fake, "job_seconds", 3600.0)
    task = served.client().lip_sync.create(
        "https://cdn.example.com/in.mp4", "https://cdn.example.com/in.mp3"
    )
    served.fake.fail_job(task.id, message="no face in the video")
    waited = jogg("wait", "lip-sync", task.id, *FAST)
    assert waited.returncode == 1
    assert "failed: no face in the video" in data_lines(waited.stderr)[-1]
    saved = jogg("download", "lip-sync", task.id, str(tmp_path / "x.mp4"))
    assert saved.returncode == 1
    assert "failed" in saved.stderr and not (tmp_path / "x.mp4").exists()


def test_webhook_endpoints_are_created_listed_and_deleted(served: Served, jogg) -> None:
    created = jogg(
        "webhooks",
        "create",
        "https://hooks.example.com/jogg",
        "--event",
        "generated_product_video_success",
        "generated_product_video_failed",
        "--json",
    )
    assert created.returncode == 0, created.stderr
    endpoint = json.loads(created.stdout)
    secret = next(
        e.secret
        for e in served.client().webhooks.list_endpoints()
        if e.id == endpoint["endpoint_id"]
    )
    assert secret and secret not in created.stdout + created.stderr

    listed = jogg("webhooks", "list")
    assert listed.returncode == 0
    assert endpoint["endpoint_id"] in listed.stdout and secret not in listed.stdout

    shown = jogg(
        "webhooks",
        "create",
        "https://hooks.example.com/b",
        "--event",
        "generated_avatar_video_success",
        "--show-secret",
    )
    assert shown.returncode == 0
    secret_lines = [line for line in shown.stdout.splitlines() if "secret" in line]
    assert len(secret_lines) == 1 and secret_lines[0].split()[-1].startswith("whsec_")

    deleted = jogg("webhooks", "delete", endpoint["endpoint_id"])
    assert deleted.returncode == 0
    ids = [e.id for e in served.client().webhooks.list_endpoints()]
    assert endpoint["endpoint_id"] not in ids


def test_whoami_and_quota(served: Served, jogg) -> None:
    user = served.client().user.whoami()
    who = jogg("whoami")
    assert who.returncode == 0
    assert f"email:    {user.email}" in who.stdout
    quota = jogg("quota", "--json")
    assert quota.returncode == 0
    assert json.loads(quota.stdout)["remaining_quota"] == served.fake.remaining_quota


def test_wrong_key_is_one_line_with_the_code_and_exit_1(served: Served, jogg) -> None:
    wrong = "sk-wrong-key-do-not-print"
    result = jogg("--api-key", wrong, "voices")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = data_lines(result.stderr)
    assert len(lines) == 1
    assert "10105" in lines[0] and "rid" in lines[0]
    assert "Traceback" not in result.stderr and wrong not in result.stderr


def test_usage_errors_exit_2_before_any_request(served: Served, jogg) -> None:
    before = len(served.fake.requests)
    bad_length = jogg("product-video", "https://shop.example.com/p/x", "--length", "45")
    assert bad_length.returncode == 2
    assert "usage: jogg product-video" in bad_length.stderr
    assert "--length" in bad_length.stderr.splitlines()[-1]
    unknown_kind = jogg("status", "movie", "123")
    assert unknown_kind.returncode == 2 and "invalid choice" in unknown_kind.stderr
    assert len(served.fake.requests) == before


def test_missing_key_says_how_to_give_one(served: Served) -> None:
    done = subprocess.run(
        [*jogg_command(), "quota"],
        env=clean_env(JOGG_BASE_URL=served.url),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 1
    assert "JOGG_API_KEY" in done.stderr and "Traceback" not in done.stderr


def test_ctrl_c_while_waiting_exits_130_and_says_how_to_resume() -> None:
    slow = FakeJogg(API_KEY, job_seconds=600, rate_limit=None)
    with slow.serve() as url:
        video = slow.client().product_videos.create(
            slow.client().products.create("https://shop.example.com/p/slow").id or "",
            avatar=127,
            voice="en-US-GuyNeural",
        )
        process = subprocess.Popen(
            [*jogg_command(), "wait", "product-video", video.id, *FAST],
            env=clean_env(JOGG_BASE_URL=url, JOGG_API_KEY=API_KEY),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stderr is not None
        first = process.stderr.readline()  # the first look has happened
        assert video.id in first
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=30)
    assert process.returncode == 130
    assert f"jogg wait product-video {video.id}" in rest
    assert "Traceback" not in rest
