"""Waiting for a product video: the advised schedule, completion, failure, the deadline,
progress reports, and create_and_wait — all on the virtual clock."""

from __future__ import annotations

from itertools import accumulate
from typing import Any

import httpx
import pytest

import jogg

from ..kit import ScriptedAPI, VirtualClock, envelope, raises, resolve

pytestmark = pytest.mark.anyio

VIDEO_PATH = "/v2/product_video/vid-1"
SPEC = jogg.ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural")


def state(status: Any, **fields: Any) -> dict[str, Any]:
    return envelope({"status": status, **fields})


def processing_then(final: dict[str, Any], polls_before: int) -> list[dict[str, Any]]:
    return [state("processing")] * polls_before + [final]


async def test_wait_returns_the_completed_job_and_reports_each_poll(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    done = state("completed", video_url="https://res.example/v.mp4", title="Bottle")
    api.on("GET", VIDEO_PATH, *processing_then(done, 2))
    reports: list[tuple[str, str, float]] = []

    video = await resolve(
        api.client(flavor).product_videos.wait(
            "vid-1",
            on_progress=lambda job, elapsed: reports.append((job.id, str(job.status), elapsed)),
        )
    )

    assert video.id == "vid-1"
    assert video.status == "completed"
    assert video.video_url == "https://res.example/v.mp4"
    # A job that already exists is looked at once, then on the advised schedule.
    assert reports == [
        ("vid-1", "processing", 0.0),
        ("vid-1", "processing", 10.0),
        ("vid-1", "completed", 20.0),
    ]
    assert len(api.requests) == 3


async def test_wait_accepts_the_job_object_itself(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, state("completed"))
    job = jogg.ProductVideo(id="vid-1", status=jogg.JobStatus.parse("processing"))
    video = await resolve(api.client(flavor).product_videos.wait(job))
    assert video.status.is_completed
    assert api.paths() == [f"GET {VIDEO_PATH}"]


@pytest.mark.parametrize(
    ("error", "detail"),
    [
        ({"code": "E42", "message": "avatar unavailable"}, "avatar unavailable"),
        ("avatar unavailable", "avatar unavailable"),
    ],
    ids=["error-object", "error-string"],
)
async def test_wait_raises_job_failed_with_the_job_and_the_detail(
    api: ScriptedAPI, flavor: str, error: Any, detail: str
) -> None:
    api.on("GET", VIDEO_PATH, *processing_then(state("failed", error=error), 1))

    failure = await raises(
        jogg.JobFailedError, lambda: api.client(flavor).product_videos.wait("vid-1")
    )

    assert failure.job.id == "vid-1"
    assert failure.job.status.is_failed
    assert failure.detail is not None and detail in failure.detail
    assert detail in str(failure) and "vid-1" in str(failure)
    assert len(api.requests) == 2


async def test_wait_times_out_at_the_deadline_and_polls_no_more(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("GET", VIDEO_PATH, state("processing"))

    error = await raises(
        jogg.WaitTimeoutError,
        lambda: api.client(flavor).product_videos.wait("vid-1", timeout=95),
    )

    assert clock.now == pytest.approx(95.0)
    assert max(api.sent_at) <= 95.0
    # A first look at once, 10 s steps to 70, then 30 s steps, the last one cut short by
    # the deadline.
    assert api.sent_at == [0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 95.0]
    assert error.job_id == "vid-1"
    assert error.job is not None and error.job.status == "processing"
    assert error.elapsed == pytest.approx(95.0)
    assert "vid-1" in str(error)


async def test_wait_follows_the_advised_schedule(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("GET", VIDEO_PATH, *processing_then(state("completed"), 19))

    await resolve(api.client(flavor).product_videos.wait("vid-1", timeout=None))

    sleeps = clock.sleeps
    assert api.sent_at[0] == 0.0  # an existing job: the first look is at once
    times = list(accumulate(sleeps))
    # Every 10 s for the first 70 s, then 30 s, then 60 s.
    assert [s for s, t in zip(sleeps, times, strict=True) if t <= 70] == [10.0] * 7
    later = sleeps[7:]
    # 30 s steps up to 300 s (the last one cut to 20 s to end there), then 60 s.
    assert later[:8] == [30.0] * 7 + [20.0]
    assert set(later[8:]) == {60.0}
    assert min(sleeps) >= 5.0  # never faster than the vendor asks
    assert api.sent_at == [0.0, *times]


async def test_poll_interval_overrides_the_schedule(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("GET", VIDEO_PATH, *processing_then(state("completed"), 4))
    await resolve(api.client(flavor).product_videos.wait("vid-1", poll_interval=7))
    assert clock.sleeps == [7.0] * 4  # the first of the five looks is at once
    assert api.sent_at == [0.0, 7.0, 14.0, 21.0, 28.0]


async def test_unknown_status_keeps_the_wait_going(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on(
        "GET",
        VIDEO_PATH,
        state("rendering"),
        state("queued_for_review"),
        state(None),
        state("success"),
    )
    seen: list[jogg.JobStatus] = []
    video = await resolve(
        api.client(flavor).product_videos.wait(
            "vid-1", poll_interval=10, on_progress=lambda job, _: seen.append(job.status)
        )
    )
    assert video.status.is_completed
    assert [s.state for s in seen[:3]] == [jogg.JobState.UNKNOWN] * 3
    assert seen[0].raw == "rendering"
    assert len(api.requests) == 4


async def test_a_transient_error_while_waiting_is_retried(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, httpx.Response(503, text="busy"), state("completed"))
    video = await resolve(api.client(flavor).product_videos.wait("vid-1"))
    assert video.status.is_completed


@pytest.mark.parametrize(
    ("option", "value"),
    [("timeout", 0), ("timeout", -5), ("poll_interval", 0), ("poll_interval", True)],
)
async def test_bad_wait_options_are_refused_before_any_request(
    api: ScriptedAPI, flavor: str, option: str, value: Any
) -> None:
    api.on("GET", VIDEO_PATH, state("completed"))
    error = await raises(
        jogg.ValidationError,
        lambda: api.client(flavor).product_videos.wait("vid-1", **{option: value}),
    )
    assert error.field == option
    assert api.requests == []


async def test_create_and_wait(api: ScriptedAPI, clock: VirtualClock, flavor: str) -> None:
    api.on(
        "POST",
        "/v2/create_video_from_product",
        envelope({"video_id": "vid-1", "status": "processing"}),
    )
    api.on(
        "GET",
        VIDEO_PATH,
        *processing_then(state("completed", video_url="https://res.example/v.mp4"), 1),
    )
    progress: list[float] = []

    video = await resolve(
        api.client(flavor).product_videos.create_and_wait(
            "prod-1",
            SPEC,
            length=60,
            poll_interval=15,
            on_progress=lambda job, elapsed: progress.append(elapsed),
        )
    )

    assert video.id == "vid-1" and video.video_url == "https://res.example/v.mp4"
    assert api.paths() == ["POST /v2/create_video_from_product"] + [f"GET {VIDEO_PATH}"] * 2
    assert api.bodies()[0]["video_spec"]["length"] == "60"
    assert progress == [15.0, 30.0]


async def test_create_and_wait_raises_when_the_job_fails(api: ScriptedAPI, flavor: str) -> None:
    api.on("POST", "/v2/create_video_from_product", envelope({"video_id": "vid-1"}))
    api.on("GET", VIDEO_PATH, state("failed", error={"message": "no credit left"}))
    failure = await raises(
        jogg.JobFailedError,
        lambda: api.client(flavor).product_videos.create_and_wait("prod-1", SPEC),
    )
    assert failure.detail is not None and "no credit left" in failure.detail
