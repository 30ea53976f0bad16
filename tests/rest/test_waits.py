"""Waiting for every new kind of job: through the one wait engine, on a virtual clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import jogg

from ..kit import ScriptedAPI, VirtualClock, envelope, resolve

# (retrieve operation, wait call, running data, finished data, failed data, failure text)
JOBS: dict[str, tuple[str, Callable[[Any], Any], Any, Any, Any, str]] = {
    "avatar video": (
        "get_avatar_video",
        lambda c: c.avatar_videos.wait("av_1", poll_interval=5),
        {"video_id": "av_1", "status": "processing"},
        {"video_id": "av_1", "status": "completed", "video_url": "https://c.test/v.mp4"},
        {"video_id": "av_1", "status": "failed", "error": {"code": "E1", "message": "no face"}},
        "no face",
    ),
    "template video": (
        "get_template_video",
        lambda c: c.template_videos.wait("tv_1", poll_interval=5),
        {"video_id": "tv_1", "status": "pending"},
        {"video_id": "tv_1", "status": "completed", "data": {"url": "https://c.test/t.mp4"}},
        {"video_id": "tv_1", "status": "failed", "err_msg": "bad variable"},
        "bad variable",
    ),
    "lip sync": (
        "get_lip_sync_video",
        lambda c: c.lip_sync.wait("ls_1", poll_interval=5),
        {"task_id": "ls_1", "status": "processing", "data": None},
        {"task_id": "ls_1", "status": "success", "data": {"result_url": "https://c.test/l.mp4"}},
        {"task_id": "ls_1", "status": "failed", "error": {"message": "audio too long"}},
        "audio too long",
    ),
    "translation": (
        "get_video_translation",
        lambda c: c.translations.wait("tr_1", poll_interval=5),
        {"video_translate_id": "tr_1", "status": "processing"},
        {"video_translate_id": "tr_1", "status": "completed", "url": "https://c.test/x.mp4"},
        {"video_translate_id": "tr_1", "status": "failed", "error": "no speech found"},
        "no speech found",
    ),
    "ai script": (
        "get_ai_script",
        lambda c: c.ai_scripts.wait("sc_1", poll_interval=5),
        {"task_id": "sc_1", "status": "processing"},
        {"task_id": "sc_1", "status": "completed", "data": {"generated_scripts": []}},
        {"task_id": "sc_1", "status": "failed", "err_msg": "product unknown"},
        "product unknown",
    ),
    "photo": (
        "get_photo_avatar_photo",
        lambda c: c.photo_avatars.wait_photo("ph_1", poll_interval=5),
        {"photo_id": "ph_1", "status": "in_progress"},
        {"photo_id": "ph_1", "status": "success", "image_url_list": ["https://c.test/p.png"]},
        {"photo_id": "ph_1", "status": "error", "msg": "unsafe prompt"},
        "unsafe prompt",
    ),
    "photo motion": (
        "get_photo_avatar_motion",
        lambda c: c.photo_avatars.wait_motion("mo_1", poll_interval=5),
        {"motion_id": "mo_1", "status": "processing"},
        {"motion_id": "mo_1", "status": "completed", "avatar_id": 9},
        {"motion_id": "mo_1", "status": "failed", "error_msg": "no face"},
        "no face",
    ),
    "product images": (
        "get_product_avatar_generation",
        lambda c: c.product_avatars.wait_generation("ba_1", poll_interval=5),
        {"batch_id": "ba_1", "generations": [{"generation_id": "g", "status": "processing"}]},
        {"batch_id": "ba_1", "generations": [{"generation_id": "g", "status": "completed"}]},
        {"batch_id": "ba_1", "generations": [{"generation_id": "g", "status": "failed"}]},
        "every image of the batch failed",
    ),
    "product motion": (
        "get_product_avatar_motion",
        lambda c: c.product_avatars.wait_motion("pm_1", poll_interval=5),
        {"motion_id": "pm_1", "status": "pending"},
        {"motion_id": "pm_1", "status": "completed", "avatar_id": 10},
        {"motion_id": "pm_1", "status": "failed", "error_msg": "image too small"},
        "image too small",
    ),
}


@pytest.mark.anyio
@pytest.mark.parametrize("job", list(JOBS))
async def test_wait_polls_until_completed(
    flavor: str, api: ScriptedAPI, clock: VirtualClock, job: str
) -> None:
    op_id, wait, running, finished, _, _ = JOBS[job]
    api.on_operation(op_id, envelope(running), envelope(running), envelope(finished))
    result = await resolve(wait(api.client(flavor)))
    assert result.status.is_completed
    assert api.operations() == [op_id] * 3
    assert clock.sleeps == [5, 5]  # an existing job: the first look is at once


@pytest.mark.anyio
@pytest.mark.parametrize("job", list(JOBS))
async def test_wait_raises_job_failed_with_the_api_reason(
    flavor: str, api: ScriptedAPI, job: str
) -> None:
    op_id, wait, running, _, failed, reason = JOBS[job]
    api.on_operation(op_id, envelope(running), envelope(failed))
    with pytest.raises(jogg.JobFailedError) as caught:
        await resolve(wait(api.client(flavor)))
    assert reason in str(caught.value)
    assert caught.value.job.status.is_failed


@pytest.mark.anyio
async def test_wait_gives_up_at_the_deadline_and_reports_progress(
    flavor: str, api: ScriptedAPI, clock: VirtualClock
) -> None:
    api.on_operation("get_lip_sync_video", envelope({"task_id": "ls_1", "status": "processing"}))
    progress: list[tuple[str, float]] = []
    with pytest.raises(jogg.WaitTimeoutError):
        await resolve(
            api.client(flavor).lip_sync.wait(
                "ls_1",
                timeout=60,
                on_progress=lambda job, elapsed: progress.append((str(job.status), elapsed)),
            )
        )
    assert clock.now == pytest.approx(60)
    assert progress and all(state == "processing" for state, _ in progress)


@pytest.mark.anyio
async def test_a_result_object_can_be_waited_for(flavor: str, api: ScriptedAPI) -> None:
    client = api.client(flavor)
    created = await resolve(client.translations.create("https://m.test/v.mp4", "german"))
    done = await resolve(client.translations.wait(created, poll_interval=1))
    assert done.id == "tr_1" and done.subtitle_url
    assert api.requests[-1].url.path == "/v2/video_translate/tr_1"
