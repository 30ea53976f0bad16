"""One spelling per option, ``--timeout`` against ``--wait-timeout``, download targets,
webhook event names and ``JOGG_LOG``: the ``jogg`` command run against the served fake."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from jogg.cli import main
from jogg.cli._parser import build_parser

from .conftest import REPO, Served

MUG = "https://shop.example.com/p/options-mug"
CHOSEN = ("--avatar", "127", "--voice", "en-US-GuyNeural")


def posts(served: Served, path: str) -> list[Any]:
    return [r.json for r in served.fake.requests if r.method == "POST" and r.path == path]


def field(body: Any, name: str) -> Any:
    """``name`` wherever it sits in a request body (the API nests some fields)."""
    if isinstance(body, dict):
        if name in body:
            return body[name]
        for value in body.values():
            found = field(value, name)
            if found is not None:
                return found
    return None


def spec_event_names() -> list[str]:
    """The event names the spec gives for operation list_webhook_events."""
    spec = yaml.safe_load((REPO / "openapi" / "jogg-v2.yaml").read_text(encoding="utf-8"))
    operation = spec["paths"]["/v2/events"]["get"]
    assert operation["operationId"] == "list_webhook_events"
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]["allOf"][1]
    events: list[str] = answer["properties"]["data"]["properties"]["events"]["example"]
    return events


# ---------------------------------------------------------------------------- spellings


def test_product_video_takes_aspect_ratio_like_every_other_command(served: Served, jogg) -> None:
    result = jogg("product-video", MUG, "--aspect-ratio", "portrait", *CHOSEN, "--json")
    assert result.returncode == 0, result.stderr
    body = posts(served, "/v2/create_video_from_product")[-1]
    assert field(body, "aspect_ratio") == "portrait"
    assert "deprecated" not in result.stderr


def test_the_old_aspect_spelling_still_works_with_a_warning(served: Served, jogg) -> None:
    result = jogg("product-video", MUG, "--aspect", "square", *CHOSEN, "--json")
    assert result.returncode == 0, result.stderr
    assert field(posts(served, "/v2/create_video_from_product")[-1], "aspect_ratio") == "square"
    assert "--aspect is deprecated; use --aspect-ratio" in result.stderr
    help_text = jogg("product-video", "--help").stdout
    assert "--aspect-ratio" in help_text and "--aspect " not in help_text


@pytest.mark.parametrize(
    "command",
    [
        ["wait", "lip-sync", "7"],
        ["product-video", MUG],
        ["status", "lip-sync", "7"],
        ["download", "lip-sync", "7", "out.mp4"],
    ],
)
def test_timeout_is_the_request_timeout_after_every_command(command: list[str]) -> None:
    parser = build_parser()
    after = parser.parse_args([*command, "--timeout", "5"])
    before = parser.parse_args(["--timeout", "5", *command])
    for args in (after, before):
        assert args.request_timeout == 5.0
        assert getattr(args, "wait_timeout", 1800.0) == 1800.0


def test_wait_timeout_bounds_the_wait(served: Served, jogg, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(served.fake, "job_seconds", 3600.0)
    task = served.client().lip_sync.create(
        "https://cdn.example.com/in.mp4", "https://cdn.example.com/in.mp3"
    )
    result = jogg(
        "wait", "lip-sync", task.id, "--timeout", "30", "--wait-timeout", "0.3",
        "--poll-interval", "0.1",
    )  # fmt: skip
    assert result.returncode == 1
    assert f"resume with `jogg wait lip-sync {task.id}`" in result.stderr


# ---------------------------------------------------------------------------- downloads


def _finished_avatar_video(served: Served) -> str:
    video = served.client().avatar_videos.create(
        avatar=127, voice="en-US-GuyNeural", script="Saved into a folder."
    )
    served.fake.complete_job(video.id)
    return video.id


def test_download_into_a_folder_names_the_file_after_the_job(
    served: Served, jogg, tmp_path: Path
) -> None:
    video_id = _finished_avatar_video(served)
    result = jogg("download", "avatar-video", video_id, ".", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "--destination" not in result.stderr
    saved = tmp_path / f"avatar-video-{video_id}.mp4"
    assert saved.stat().st_size == served.fake.video_size
    assert str(saved.name) in result.stdout


def test_download_into_a_missing_folder_is_refused_before_any_request(
    served: Served, jogg, tmp_path: Path
) -> None:
    before = len(served.fake.requests)
    result = jogg("download", "avatar-video", "123", str(tmp_path / "missing" / "x.mp4"))
    assert result.returncode == 2
    assert "missing" in result.stderr and "does not exist" in result.stderr
    assert len(served.fake.requests) == before


def test_product_video_checks_download_before_creating_anything(
    served: Served, jogg, tmp_path: Path
) -> None:
    before = len(served.fake.requests)
    result = jogg("product-video", MUG, *CHOSEN, "--download", str(tmp_path / "no" / "v.mp4"))
    assert result.returncode == 2
    assert "usage: jogg product-video" in result.stderr
    assert f"folder {tmp_path / 'no'} does not exist" in result.stderr
    assert len(served.fake.requests) == before  # nothing created, nothing paid for


def test_product_video_download_into_a_folder(served: Served, jogg, tmp_path: Path) -> None:
    result = jogg(
        "product-video", MUG, *CHOSEN, "--download", str(tmp_path), "--poll-interval", "0.1"
    )
    assert result.returncode == 0, result.stderr
    [saved] = tmp_path.glob("product-video-*.mp4")
    assert saved.stat().st_size == served.fake.video_size


# ---------------------------------------------------------------------------- webhooks


def test_webhooks_create_takes_the_url_after_the_events(served: Served, jogg) -> None:
    url = "https://hooks.example.com/after-events"
    result = jogg(
        "webhooks", "create", "--event", "generated_product_video_success",
        "generated_product_video_failed", url, "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)
    endpoint = next(
        e for e in served.client().webhooks.list_endpoints() if e.id == created["endpoint_id"]
    )
    assert endpoint.url == url
    assert list(endpoint.events) == [
        "generated_product_video_success",
        "generated_product_video_failed",
    ]


def test_unknown_event_names_are_refused_with_the_spec_list(served: Served, jogg) -> None:
    before = len(posts(served, "/v2/endpoint"))
    result = jogg(
        "webhooks", "create", "https://hooks.example.com/typo",
        "--event", "generated_prodcut_video_success",
    )  # fmt: skip
    assert result.returncode == 2
    message = result.stderr.splitlines()[-1]
    assert "unknown event 'generated_prodcut_video_success'" in message
    assert "did you mean 'generated_product_video_success'?" in message
    listed = message.split("expected one of: ")[1].split(" (")[0].split(", ")
    assert listed == spec_event_names()
    assert "--allow-unknown-event" in message
    assert len(posts(served, "/v2/endpoint")) == before  # nothing created


def test_allow_unknown_event_sends_a_new_name(served: Served, jogg) -> None:
    result = jogg(
        "webhooks", "create", "https://hooks.example.com/new",
        "--event", "generated_hologram_success", "--allow-unknown-event",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert posts(served, "/v2/endpoint")[-1]["events"] == ["generated_hologram_success"]


# ---------------------------------------------------------------------------- JOGG_LOG


def test_an_unknown_jogg_log_value_is_named_with_the_allowed_ones(served: Served, jogg) -> None:
    result = jogg("quota", env=served.env(JOGG_LOG="verbose"))
    assert result.returncode == 0
    assert "JOGG_LOG='verbose' is not a log level" in result.stderr
    assert "use one of: debug, info" in result.stderr
    quiet = jogg("quota", env=served.env(JOGG_LOG="INFO"))
    assert "warning" not in quiet.stderr


def test_usage_errors_from_options_name_the_option_in_process(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["product-video", MUG, "--aspect-ratio", "diagonal", *CHOSEN]) == 2
    assert "argument --aspect-ratio" in capsys.readouterr().err


def test_event_names_may_be_comma_separated_and_the_url_anywhere() -> None:
    from jogg.cli._account import endpoint_arguments
    from jogg.cli._context import UsageError

    url = "https://hooks.example.com/x"
    assert endpoint_arguments(url, ["a,b", "c"]) == (url, ["a", "b", "c"])
    assert endpoint_arguments(None, ["a", url]) == (url, ["a"])
    for url_given, words in ((None, ["a", "b"]), (None, [url, url + "2", "a"]), (url, [","])):
        with pytest.raises(UsageError):
            endpoint_arguments(url_given, words)
