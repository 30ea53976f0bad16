"""Jobs move pending -> processing -> completed on the fake's clock, in each endpoint's words."""

from __future__ import annotations

import httpx
import pytest

from jogg.testing import FakeJogg, ManualClock

from .conftest import PRODUCT_VIDEO, create_product, create_product_video, data_of, make_client


def test_product_video_lifecycle_on_the_manual_clock(fake: FakeJogg, client: httpx.Client) -> None:
    vid = create_product_video(client)
    seen = [data_of(client.get(f"/v2/product_video/{vid}"))]
    fake.advance(1.0)
    seen.append(data_of(client.get(f"/v2/product_video/{vid}")))
    fake.advance(1.0)
    seen.append(data_of(client.get(f"/v2/product_video/{vid}")))
    # the product-video endpoint knows no "pending": it says processing until done
    assert [s["status"] for s in seen] == ["processing", "processing", "completed"]
    assert [fake.job_status(vid) for _ in "x"] == ["completed"]
    done = seen[-1]
    assert done["video_url"] == f"http://localhost/files/videos/{vid}.mp4"
    assert done["cover_url"].endswith(".jpg") and done["duration"] == 30
    assert seen[0]["video_url"] == ""


def test_job_status_phases_and_custom_clock() -> None:
    clock = ManualClock(100.0)
    fake = FakeJogg(clock=clock, job_seconds=10)
    with make_client(fake) as c:
        vid = create_product_video(c)
        assert fake.job_status(vid) == "pending"
        clock.advance(5)
        assert fake.job_status(vid) == "processing"
        clock.advance(5)
        assert fake.job_status(vid) == "completed"


def test_any_callable_clock() -> None:
    now = [0.0]
    fake = FakeJogg(clock=lambda: now[0])
    with make_client(fake) as c:
        vid = create_product_video(c)
        now[0] = 3.0
        assert data_of(c.get(f"/v2/product_video/{vid}"))["status"] == "completed"
    with pytest.raises(TypeError):
        fake.advance(1)


@pytest.mark.parametrize(
    ("create", "body", "key", "get", "spellings"),
    [
        (
            "/v2/create_video_from_avatar",
            {
                "avatar": {"avatar_type": 1, "avatar_id": 5001},
                "voice": {
                    "type": "audio",
                    "voice_id": "custom_1001",
                    "audio_url": "https://a/b.mp3",
                },
                "aspect_ratio": "landscape",
                "screen_style": 2,
            },
            "video_id",
            "/v2/avatar_video/{}",
            ["pending", "processing", "completed"],
        ),
        (
            "/v2/create_lip_sync_video",
            {"video_url": "https://a/v.mp4", "audio_url": "https://a/a.wav"},
            "task_id",
            "/v2/lip_sync_video/{}",
            ["pending", "processing", "success"],
        ),
        (
            "/v2/video_translate/",
            {"video_url": "https://a/v.mp4", "output_language": "german"},
            "video_translate_id",
            "/v2/video_translate/{}",
            ["pending", "processing", "completed"],
        ),
        (
            "/v2/photo_avatar/photo/generate",
            {
                "age": "Young adult",
                "avatar_style": "Social",
                "gender": "Male",
                "model": "classic",
                "aspect_ratio": "square",
            },
            "photo_id",
            "/v2/photo_avatar/photo?photo_id={}",
            ["in_progress", "in_progress", "success"],
        ),
        (
            "/v2/photo_avatar/add_motion",
            {"image_url": "https://a/p.jpg", "name": "Me", "voice_id": "x", "model": "3.0"},
            "motion_id",
            "/v2/photo_avatar?motion_id={}",
            ["pending", "processing", "completed"],
        ),
    ],
)
def test_each_kind_speaks_its_own_status(
    fake: FakeJogg,
    client: httpx.Client,
    create: str,
    body: dict[str, object],
    key: str,
    get: str,
    spellings: list[str],
) -> None:
    job_id = data_of(client.post(create, json=body))[key]
    seen = []
    for _ in range(3):
        seen.append(data_of(client.get(get.format(job_id)))["status"])
        fake.advance(1.0)
    assert seen == spellings


def test_failed_video_carries_code_and_message(fake: FakeJogg, client: httpx.Client) -> None:
    vid = create_product_video(client)
    fake.fail_job(vid, code="AVATAR_RENDER", message="render farm on fire")
    data = data_of(client.get(f"/v2/product_video/{vid}"))
    assert data["status"] == "failed"
    assert data["error"] == {"code": "AVATAR_RENDER", "message": "render farm on fire"}
    assert data["video_url"] == ""
    with pytest.raises(ValueError):
        fake.complete_job(vid)
    fake.fail_job(vid)  # failing it again is a no-op
    assert data_of(client.get(f"/v2/product_video/{vid}"))["error"]["code"] == "AVATAR_RENDER"
    with pytest.raises(KeyError):
        fake.complete_job("no-such-job")


def test_failures_of_images_motions_scripts_are_strings(
    fake: FakeJogg, client: httpx.Client
) -> None:
    photo = data_of(
        client.post(
            "/v2/photo_avatar/photo/generate",
            json={
                "age": "Adult",
                "avatar_style": "Professional",
                "gender": "Female",
                "model": "modern",
                "aspect_ratio": "portrait",
            },
        )
    )["photo_id"]
    fake.fail_job(photo, message="no face")
    got = data_of(client.get("/v2/photo_avatar/photo", params={"photo_id": photo}))
    assert got["status"] == "error" and got["msg"] == "no face"

    pid = create_product(client)
    task = data_of(
        client.post(
            "/v2/ai_scripts",
            json={
                "language": "english",
                "video_length_seconds": "15",
                "script_style": "Data",
                "product_info": {"source_type": "id", "data": {"id": pid}},
            },
        )
    )["task_id"]
    fake.fail_job(task, message="too dull")
    got = data_of(client.get(f"/v2/ai_scripts/results/{task}"))
    assert got == {"task_id": task, "status": "failed", "err_msg": "too dull"}

    batch = data_of(
        client.post(
            "/v2/product_avatar/generation",
            json={
                "product_image_url": "https://a/p.jpg",
                "avatar_source": {"type": "description", "value": "a chef"},
                "quality": "low",
                "aspect_ratio": "3:2",
                "num_images": 3,
            },
        )
    )
    gens = [g["generation_id"] for g in batch["generations"]]
    fake.fail_job(gens[0], message="blurry")
    fake.complete_job(gens[1])
    got = data_of(client.get(f"/v2/product_avatar/generation/{batch['batch_id']}"))
    assert got["summary"] == {
        "total": 3,
        "pending": 1,
        "processing": 0,
        "completed": 1,
        "failed": 1,
    }
    assert got["generations"][0]["error"] == "blurry"
    assert got["generations"][1]["url"].endswith(".png")


def test_ai_script_completes_with_generated_scripts(fake: FakeJogg, client: httpx.Client) -> None:
    task = data_of(
        client.post(
            "/v2/ai_scripts",
            json={
                "language": "french",
                "video_length_seconds": "60",
                "script_style": "top 3 reasons",
                "product_info": {
                    "source_type": "details",
                    "data": {"name": "Mug", "description": "d"},
                },
            },
        )
    )["task_id"]
    fake.complete_job(task)
    scripts = data_of(client.get(f"/v2/ai_scripts/results/{task}"))["data"]["generated_scripts"]
    assert scripts[0]["script_style"] == "Top 3 reasons"
    assert all(s["script_paragraphs"] for s in scripts)


def test_preview_route_and_lists_with_filters(fake: FakeJogg, client: httpx.Client) -> None:
    pid = create_product(client)
    previews = data_of(
        client.post(
            "/v2/create_video_from_product/preview_list",
            json={
                **PRODUCT_VIDEO,
                "product_id": pid,
                "visual_styles": ["Simple Product Switch", "No Such Style", "Bold Captions"],
            },
        )
    )["previews"]
    assert "err_msg" in previews[1] and "preview_id" not in previews[1]
    fake.advance(2)
    listed = data_of(client.get("/v2/product_previews", params={"status": 4}))
    assert listed["total"] == 2 and {p["status"] for p in listed["previews"]} == {"completed"}
    vid = data_of(
        client.post(
            "/v2/create_video_from_product/render_single_preview",
            json={"preview_id": previews[0]["preview_id"]},
        )
    )["video_id"]
    other = create_product_video(client)
    fake.fail_job(other)
    videos = data_of(client.get("/v2/product_videos"))
    assert [v["id"] for v in videos["videos"]] == [other, vid]  # newest first
    assert data_of(client.get("/v2/product_videos", params={"status": 5}))["total"] == 1
    assert data_of(client.get("/v2/product_videos", params={"status": 3}))["videos"][0]["id"] == vid
    page = data_of(client.get("/v2/product_videos", params={"page": 2, "page_size": 1}))
    assert [v["id"] for v in page["videos"]] == [vid] and page["total"] == 2


def test_pagination_objects(client: httpx.Client) -> None:
    first = data_of(client.get("/v2/musics"))
    assert len(first["music"]) == 10
    assert first["pagination"] == {"page": 1, "page_size": 10, "total_items": 15, "total_pages": 2}
    second = data_of(client.get("/v2/musics", params={"page": 2}))
    assert len(second["music"]) == 5
    voices = data_of(client.get("/v2/voices"))
    assert voices["has_more"] is True and len(voices["voices"]) == 10
    assert data_of(client.get("/v2/voices", params={"page": 2}))["has_more"] is False
    avatars = data_of(client.get("/v2/avatars/public", params={"page_size": 3}))
    assert avatars["pagination"]["total_pages"] == 3
    assert 127 in [a["id"] for a in data_of(client.get("/v2/avatars/public"))["avatars"]]
    styles = data_of(client.get("/v2/visual_styles", params={"aspect_ratio": "portrait"}))
    assert "Simple Product Switch" in [s["name"] for s in styles["visual_styles"]]


def test_created_avatars_show_up_in_lists(fake: FakeJogg, client: httpx.Client) -> None:
    made = data_of(
        client.post(
            "/v2/photo_avatar/add_motion",
            json={"image_url": "https://a/p.jpg", "name": "Fresh", "voice_id": "v", "model": "1.0"},
        )
    )
    listed = data_of(client.get("/v2/avatars/photo_avatars", params={"name": "fresh"}))["avatars"]
    assert [(a["id"], a["status"]) for a in listed] == [(made["avatar_id"], 0)]
    fake.advance(2)
    listed = data_of(client.get("/v2/avatars/photo_avatars", params={"status": "completed"}))
    assert made["avatar_id"] in [a["id"] for a in listed["avatars"]]
    r = client.post(
        "/v2/create_video_from_avatar",
        json={
            "avatar": {"avatar_type": 1, "avatar_id": made["avatar_id"]},
            "voice": {"type": "script", "voice_id": "v", "script": "hi"},
            "aspect_ratio": "square",
            "screen_style": 3,
        },
    )
    assert r.json()["code"] == 0
