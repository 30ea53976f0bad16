"""create_and_wait for every job kind besides product videos: one create, then the wait
engine with the vendor's first look after 10 s; a wait that breaks after the create says
how to resume instead of creating again."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import jogg
from jogg import TemplateVariable
from jogg._errors import WaitAfterCreateError  # not in jogg's public names yet

from ..kit import ScriptedAPI, VirtualClock, envelope, resolve

VIDEO = "https://media.test.example/in.mp4"
AUDIO = "https://media.test.example/in.mp3"

# (create op, retrieve op, create_and_wait call, created data, running data, finished data,
#  job id, resume hint)
Job = tuple[str, str, Callable[[Any], Any], Any, Any, Any, str, str]
JOBS: dict[str, Job] = {
    "avatar video": (
        "create_video_from_avatar",
        "get_avatar_video",
        lambda c: c.avatar_videos.create_and_wait(avatar=127, voice="en-US-1", script="Hi"),
        {"video_id": "av_1"},
        {"video_id": "av_1", "status": "processing"},
        {"video_id": "av_1", "status": "completed", "video_url": "https://c.test/a.mp4"},
        "av_1",
        "client.avatar_videos.wait",
    ),
    "template video": (
        "create_video_from_template",
        "get_template_video",
        lambda c: c.template_videos.create_and_wait(
            149, voice_language="english", variables=[TemplateVariable.text("headline", "Hi")]
        ),
        {"video_id": "tv_1"},
        {"video_id": "tv_1", "status": "pending"},
        {"video_id": "tv_1", "status": "completed", "data": {"url": "https://c.test/t.mp4"}},
        "tv_1",
        "client.template_videos.wait",
    ),
    "lip sync": (
        "create_lip_sync_video",
        "get_lip_sync_video",
        lambda c: c.lip_sync.create_and_wait(VIDEO, AUDIO, playback_type="normal"),
        {"task_id": "ls_1", "status": "pending"},
        {"task_id": "ls_1", "status": "processing"},
        {"task_id": "ls_1", "status": "success", "data": {"result_url": "https://c.test/l.mp4"}},
        "ls_1",
        "client.lip_sync.wait",
    ),
    "translation": (
        "create_video_translation",
        "get_video_translation",
        lambda c: c.translations.create_and_wait(VIDEO, "german", add_subtitles=True),
        {"video_translate_id": "tr_1"},
        {"video_translate_id": "tr_1", "status": "processing"},
        {"video_translate_id": "tr_1", "status": "completed", "url": "https://c.test/x.mp4"},
        "tr_1",
        "client.translations.wait",
    ),
    "ai script": (
        "create_ai_script",
        "get_ai_script",
        lambda c: c.ai_scripts.create_and_wait("english", 30, "Storytime", "prod_1"),
        {"task_id": "sc_1"},
        {"task_id": "sc_1", "status": "processing"},
        {
            "task_id": "sc_1",
            "status": "completed",
            "data": {"generated_scripts": [{"script_style": "Storytime", "script_paragraphs": []}]},
        },
        "sc_1",
        "client.ai_scripts.wait",
    ),
}


@pytest.mark.anyio
@pytest.mark.parametrize("job", list(JOBS))
async def test_create_and_wait_creates_once_then_waits_from_the_first_advised_look(
    flavor: str, api: ScriptedAPI, clock: VirtualClock, job: str
) -> None:
    create_op, get_op, call, created, running, finished, job_id, _ = JOBS[job]
    api.on_operation(create_op, envelope(created))
    api.on_operation(get_op, envelope(running), envelope(finished))
    result = await resolve(call(api.client(flavor)))
    assert result.id == job_id
    assert result.status.is_completed
    assert api.operations() == [create_op, get_op, get_op]
    # Just created: the vendor's schedule applies from the start (no look at once).
    assert clock.sleeps == [10, 10]
    assert job_id in api.requests[-1].url.path


@pytest.mark.anyio
@pytest.mark.parametrize("job", list(JOBS))
async def test_a_wait_that_breaks_after_the_create_names_the_job_and_how_to_resume(
    flavor: str, api: ScriptedAPI, job: str
) -> None:
    create_op, get_op, call, created, _, _, job_id, resume = JOBS[job]
    refused = httpx.Response(401, json={"code": 10105, "msg": "key revoked"})
    api.on_operation(create_op, envelope(created)).on_operation(get_op, refused)
    with pytest.raises(WaitAfterCreateError) as caught:
        await resolve(call(api.client(flavor)))
    assert caught.value.job_id == job_id
    assert f"{resume}({job_id!r})" in str(caught.value)
    assert isinstance(caught.value.__cause__, jogg.AuthenticationError)
    assert api.operations() == [create_op, get_op]


@pytest.mark.anyio
async def test_per_call_options_reach_the_request_of_each_converted_call(
    flavor: str, api: ScriptedAPI
) -> None:
    client = api.client(flavor)
    await resolve(
        client.lip_sync.create(
            VIDEO,
            AUDIO,
            extra_body={"seed": 7},
            extra_headers={"X-Trace": "t-1"},
            extra_query={"debug": "1"},
        )
    )
    sent = api.requests[-1]
    assert json.loads(sent.content) == {"video_url": VIDEO, "audio_url": AUDIO, "seed": 7}
    assert sent.headers["X-Trace"] == "t-1"
    assert sent.url.params["debug"] == "1"
    with pytest.raises(jogg.ValidationError) as caught:
        await resolve(client.translations.target_languages(timeout=-1))
    assert caught.value.field == "timeout"
