"""Every way the live API strays from its spec (api-notes.md) still parses into the
facade's types: other spellings of status and ids, extra and missing fields, errors as
strings or objects, both casings of script styles."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

import jogg

from ..kit import ScriptedAPI, envelope, raises, resolve, take

pytestmark = pytest.mark.anyio

VIDEO_PATH = "/v2/product_video/vid-1"


@pytest.mark.parametrize(
    ("value", "state"),
    [
        ("pending", jogg.JobState.PENDING),
        ("processing", jogg.JobState.PROCESSING),
        ("completed", jogg.JobState.COMPLETED),
        ("failed", jogg.JobState.FAILED),
        ("success", jogg.JobState.COMPLETED),
        ("SUCCESS", jogg.JobState.COMPLETED),
        (" Completed ", jogg.JobState.COMPLETED),
        (0, jogg.JobState.PROCESSING),
        (1, jogg.JobState.COMPLETED),
        (2, jogg.JobState.FAILED),
        (3, jogg.JobState.PROCESSING),
        (4, jogg.JobState.COMPLETED),
        (5, jogg.JobState.FAILED),
        ("4", jogg.JobState.COMPLETED),
        ("rendering", jogg.JobState.UNKNOWN),
        (99, jogg.JobState.UNKNOWN),
        (None, jogg.JobState.UNKNOWN),
        (True, jogg.JobState.UNKNOWN),
        ({"state": "done"}, jogg.JobState.UNKNOWN),
    ],
)
def test_every_status_spelling_normalises(value: Any, state: jogg.JobState) -> None:
    status = jogg.JobStatus.parse(value)
    assert status.state is state
    assert status.is_finished == (state in (jogg.JobState.COMPLETED, jogg.JobState.FAILED))


def test_unknown_status_keeps_the_api_spelling() -> None:
    status = jogg.JobStatus.parse("queued_for_moderation")
    assert status.raw == "queued_for_moderation"
    assert status.state is jogg.JobState.UNKNOWN
    assert not status.is_finished
    assert jogg.JobStatus.parse(7).raw == 7


def test_status_compares_with_its_state_name() -> None:
    assert jogg.JobStatus.parse("success") == "completed"
    assert jogg.JobStatus.parse(4) == jogg.JobStatus.parse("completed")
    assert jogg.JobStatus.parse("failed") != "completed"


@pytest.mark.parametrize("status", ["success", 1, 4, "4"])
async def test_retrieve_reads_other_spellings_of_completed(
    api: ScriptedAPI, flavor: str, status: Any
) -> None:
    api.on("GET", VIDEO_PATH, envelope({"video_id": "vid-1", "status": status}))
    video = await resolve(api.client(flavor).product_videos.retrieve("vid-1"))
    assert video.status.is_completed
    assert video.status.raw == status


async def test_create_answer_with_product_video_id(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "POST",
        "/v2/create_video_from_product",
        envelope({"product_video_id": "pv-9", "status": "pending"}),
    )
    spec = jogg.ProductVideoSpec(avatar=1, voice="v")
    video = await resolve(api.client(flavor).product_videos.create("prod-1", spec))
    assert video.id == "pv-9"
    assert video.status == "pending"


async def test_create_product_answer_with_id(api: ScriptedAPI, flavor: str) -> None:
    api.on("POST", "/v2/product", envelope({"id": "NTIz", "name": "Bottle"}))
    product = await resolve(api.client(flavor).products.create(name="Bottle"))
    assert product.id == "NTIz"
    assert product.name == "Bottle"


async def test_numeric_ids_read_as_strings(api: ScriptedAPI, flavor: str) -> None:
    api.on("POST", "/v2/product", envelope({"product_id": 523374629}))
    product = await resolve(api.client(flavor).products.create("https://shop.example/p"))
    assert product.id == "523374629"


async def test_extra_fields_are_kept_in_raw(api: ScriptedAPI, flavor: str) -> None:
    data = {
        "video_id": "vid-1",
        "status": "failed",
        "duration": 31.5,
        "error": {"code": "E_AVATAR", "message": "avatar was removed"},
        "rid": "0123456789abcdef0123456789abcdef",
        "brand_new_field": {"nested": [1, 2]},
    }
    api.on("GET", VIDEO_PATH, envelope(data, rid="fedcba9876543210fedcba9876543210"))
    video = await resolve(api.client(flavor).product_videos.retrieve("vid-1"))
    assert video.duration == 31.5
    assert video.error == jogg.JobError("avatar was removed", "E_AVATAR")
    assert video.failure_detail is not None and "avatar was removed" in video.failure_detail
    assert video.raw["brand_new_field"] == {"nested": [1, 2]}
    assert video.raw["rid"] == "0123456789abcdef0123456789abcdef"


async def test_preview_answer_with_preview_list_id(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "POST",
        "/v2/create_video_from_product/preview_list",
        envelope(
            {
                "preview_list_id": "pl-1",
                "previews": [
                    {"visual_style": "Simple Product Switch", "preview_id": "p1", "err_msg": ""},
                    {"visual_style": "Dynamic", "preview_id": "p2", "err_msg": "style retired"},
                ],
            }
        ),
    )
    spec = jogg.ProductVideoSpec(avatar=1, voice="v")
    previews = await resolve(
        api.client(flavor).previews.create(
            "prod-1", spec, visual_styles=["Simple Product Switch", "Dynamic"]
        )
    )
    assert [p.id for p in previews] == ["p1", "p2"]
    assert previews[0].error is None
    assert previews[1].error == jogg.JobError("style retired")
    assert previews[1].status.is_failed


async def test_missing_promised_fields_read_as_none(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, envelope({"status": "processing"}))
    video = await resolve(api.client(flavor).product_videos.retrieve("vid-1"))
    assert video.id == "vid-1"  # taken from the request when the answer omits it
    assert video.title is None and video.video_url is None and video.created_at is None
    assert video.duration is None and video.error is None


async def test_a_create_answer_with_only_the_id_reads_as_pending(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("POST", "/v2/create_video_from_product", envelope({"video_id": "vid-9"}))
    spec = jogg.ProductVideoSpec(avatar=1, voice="v")
    video = await resolve(api.client(flavor).product_videos.create("prod-1", spec))
    # No status field at all reads as a job just created, not yet finished.
    assert video.id == "vid-9"
    assert video.status.state is jogg.JobState.PENDING


async def test_an_empty_create_answer_says_the_job_may_exist(api: ScriptedAPI, flavor: str) -> None:
    api.on("POST", "/v2/create_video_from_product", envelope({}))
    spec = jogg.ProductVideoSpec(avatar=1, voice="v")
    error = await raises(
        jogg.APIError, lambda: api.client(flavor).product_videos.create("prod-1", spec)
    )
    assert error.job_may_exist and "names no id" in str(error)


async def test_mistyped_fields_read_as_none(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "GET",
        VIDEO_PATH,
        envelope(
            {
                "video_id": "vid-1",
                "status": "completed",
                "title": ["not", "text"],
                "duration": "about a minute",
                "created_at": "yesterday-ish",
                "video_url": 17.5,
            }
        ),
    )
    video = await resolve(api.client(flavor).product_videos.retrieve("vid-1"))
    assert video.title is None and video.duration is None and video.created_at is None
    assert video.video_url is None


@pytest.mark.parametrize(
    "value",
    [1640995200, 1640995200000, "2022-01-01T00:00:00Z", "2022-01-01T00:00:00", "1640995200"],
)
def test_timestamps_in_every_form_read_as_utc_datetimes(value: Any) -> None:
    video = jogg.ProductVideo.from_data({"video_id": "v", "created_at": value})
    assert video.created_at == datetime(2022, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ({"code": 1001, "message": "bad avatar"}, jogg.JobError("bad avatar", "1001")),
        ("bad avatar", jogg.JobError("bad avatar")),
        ({"msg": "bad avatar"}, jogg.JobError("bad avatar")),
        ("", None),
        ({}, None),
        (None, None),
    ],
)
def test_job_error_as_string_or_object(error: Any, expected: jogg.JobError | None) -> None:
    video = jogg.ProductVideo.from_data({"video_id": "v", "status": "failed", "error": error})
    assert video.error == expected
    assert video.status.is_failed


def test_an_error_without_a_status_means_failed() -> None:
    video = jogg.ProductVideo.from_data({"video_id": "v", "error": "render crashed"})
    assert video.status.is_failed
    assert video.failure_detail == "render crashed"


async def test_list_items_with_stray_shapes(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "GET",
        "/v2/product_videos",
        envelope(
            {
                "videos": [
                    {"id": "a", "status": 4, "video_duration": 12},
                    {"product_video_id": "b", "status": "success"},
                    "not an object",
                    {"video_id": "c", "status": "brand-new-state"},
                ]
            }
        ),
    )
    videos = await take(api.client(flavor).product_videos.list())
    assert [v.id for v in videos] == ["a", "b", "c"]
    assert [v.status.state for v in videos] == [
        jogg.JobState.COMPLETED,
        jogg.JobState.COMPLETED,
        jogg.JobState.UNKNOWN,
    ]
    assert videos[0].duration == 12.0


async def test_avatars_with_integer_statuses_and_ids_under_other_names(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on(
        "GET",
        "/v2/avatars/product_avatars",
        envelope(
            {
                "product_avatars": [
                    {"avatar_id": 5, "name": "A", "status": 1, "aspect_ratio": 0},
                    {"avatar_id": 6, "name": "B", "status": 2},
                    {"avatar_id": 7, "name": "C", "status": 0},
                ]
            }
        ),
    )
    avatars = await take(api.client(flavor).avatars.list_product())
    assert [a.id for a in avatars] == [5, 6, 7]
    assert [a.status.state for a in avatars if a.status] == [
        jogg.JobState.COMPLETED,
        jogg.JobState.FAILED,
        jogg.JobState.PROCESSING,
    ]
    assert avatars[0].aspect_ratio == "portrait"
    assert {a.kind for a in avatars} == {"product"}


@pytest.mark.parametrize(
    "spelling", ["Top 3 reasons", "Top 3 Reasons", "top 3 reasons", "TOP 3 REASONS "]
)
def test_both_script_style_casings_are_accepted(spelling: str) -> None:
    spec = jogg.ProductVideoSpec(script_style=spelling)
    assert spec.script_style == "Top 3 reasons"
