"""Every method of the rest of the API (issue 4), called once against Prism: each request
the facade builds must satisfy openapi/jogg-v2.yaml, and the facade must read Prism's
example answers.

Uploads are two requests, and only the first (POST /v2/upload/asset) belongs to the API.
The second is a PUT to the ``sign_url`` Prism invents, a host that is not Prism (and not
ours to call): the client used for it routes every host but Prism's to an in-process stub,
so the test checks the POST against the spec and that the PUT went to the signed URL with
the file, and no traffic leaves the machine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import jogg
from jogg import TemplateVariable

from .conftest import CONTRACT_KEY, ResponseRecorder

pytestmark = pytest.mark.prism

VOICE = "en-US-ChristopherNeural"
VIDEO = "https://cdn.example.com/clips/intro.mp4"
AUDIO = "https://cdn.example.com/audio/voiceover.mp3"
IMAGE = "https://cdn.example.com/images/bottle.png"
HOOK = "https://hooks.example.com/jogg"


def first(pager: Any) -> Any:
    return next(iter(pager), None)


# method name -> (call, the request it must send, a check of the parsed result)
CALLS: dict[str, tuple[Callable[[jogg.Jogg], Any], str, Callable[[Any], bool]]] = {
    "avatar_videos.create": (
        lambda c: c.avatar_videos.create(
            avatar=81,
            voice=VOICE,
            script="Meet the bottle that keeps up with you.",
            aspect_ratio="portrait",
            screen_style="full_screen",
            caption=True,
            name="Owala intro",
            webhook_url=HOOK,
        ),
        "POST /v2/create_video_from_avatar",
        lambda video: isinstance(video, jogg.AvatarVideo) and bool(video.id),
    ),
    "avatar_videos.create (audio)": (
        lambda c: c.avatar_videos.create(
            avatar=81, voice=VOICE, audio_url=AUDIO, avatar_type="custom", screen_style=2
        ),
        "POST /v2/create_video_from_avatar",
        lambda video: bool(video.id),
    ),
    "avatar_videos.retrieve": (
        lambda c: c.avatar_videos.retrieve("video_123456"),
        "GET /v2/avatar_video/video_123456",
        lambda video: isinstance(video, jogg.AvatarVideo),
    ),
    "templates.list": (
        lambda c: first(c.templates.list("landscape")),
        "GET /v2/templates",
        lambda t: isinstance(t, jogg.Template),
    ),
    "templates.list_custom": (
        lambda c: first(c.templates.list_custom()),
        "GET /v2/templates/custom",
        lambda t: t is None or isinstance(t, jogg.Template),
    ),
    "templates.retrieve_custom": (
        lambda c: c.templates.retrieve_custom(12),
        "GET /v2/template/custom/12",
        lambda t: isinstance(t, jogg.Template) and t.custom,
    ),
    "template_videos.create": (
        lambda c: c.template_videos.create(
            149,
            voice_language="english",
            name="Summer sale",
            avatar=127,
            voice=VOICE,
            captions=True,
            music_id=13,
            disable_random_transitions=True,
            disable_random_motion=False,
            disable_transitions=False,
            disable_motion=False,
            webhook_url=HOOK,
            variables=[
                TemplateVariable.text("headline", "Summer sale"),
                TemplateVariable.script("voiceover", "Everything must go."),
                TemplateVariable.image("logo", url=IMAGE),
                TemplateVariable.video("clip", asset_id=4242),
            ],
        ),
        "POST /v2/create_video_with_template",
        lambda video: isinstance(video, jogg.TemplateVideo) and bool(video.id),
    ),
    "template_videos.retrieve": (
        lambda c: c.template_videos.retrieve("tv_123"),
        "GET /v2/template_video/tv_123",
        lambda video: isinstance(video, jogg.TemplateVideo),
    ),
    "template_videos.list": (
        lambda c: first(c.template_videos.list(status="completed", sort_order="desc")),
        "GET /v2/template_videos",
        lambda video: video is None or isinstance(video, jogg.TemplateVideo),
    ),
    "lip_sync.create": (
        lambda c: c.lip_sync.create(VIDEO, AUDIO, playback_type="normal_reverse_by_audio"),
        "POST /v2/create_lip_sync_video",
        lambda task: isinstance(task, jogg.LipSyncVideo) and bool(task.id),
    ),
    "lip_sync.retrieve": (
        lambda c: c.lip_sync.retrieve("task_123"),
        "GET /v2/lip_sync_video/task_123",
        lambda task: isinstance(task, jogg.LipSyncVideo),
    ),
    "translations.create": (
        lambda c: c.translations.create(
            VIDEO,
            "spanish",
            title="Intro (ES)",
            translate_audio_only=False,
            output_voice="es-ES-AlvaroNeural",
            add_subtitles=True,
            enable_dynamic_duration=True,
            callback_url=HOOK,
        ),
        "POST /v2/video_translate/",
        lambda t: isinstance(t, jogg.Translation) and bool(t.id),
    ),
    "translations.retrieve": (
        lambda c: c.translations.retrieve("tr_123"),
        "GET /v2/video_translate/tr_123",
        lambda t: isinstance(t, jogg.Translation),
    ),
    "translations.target_languages": (
        lambda c: c.translations.target_languages(),
        "GET /v2/video_translate/target_languages",
        lambda languages: isinstance(languages, list),
    ),
    "ai_scripts.create (product id)": (
        lambda c: c.ai_scripts.create(
            "english", 30, "Storytime", "NTQ0MTkzNjg", target_audience="Hikers"
        ),
        "POST /v2/ai_scripts",
        lambda task: isinstance(task, jogg.AIScript) and bool(task.id),
    ),
    "ai_scripts.create (details)": (
        lambda c: c.ai_scripts.create(
            "german",
            "60",
            "Light marketing",
            {"name": "Owala FreeSip", "description": "Keeps drinks cold for 24 hours."},
        ),
        "POST /v2/ai_scripts",
        lambda task: bool(task.id),
    ),
    "ai_scripts.retrieve": (
        lambda c: c.ai_scripts.retrieve("task_123"),
        "GET /v2/ai_scripts/results/task_123",
        lambda task: isinstance(task, jogg.AIScript),
    ),
    "photo_avatars.generate_photo": (
        lambda c: c.photo_avatars.generate_photo(
            age="Young adult",
            avatar_style="Professional",
            gender="Female",
            model="modern",
            aspect_ratio="portrait",
            ethnicity="South Asian",
            background="A bright office",
            appearance="Short dark hair, smiling",
            image_url=IMAGE,
        ),
        "POST /v2/photo_avatar/photo/generate",
        lambda photo: isinstance(photo, jogg.AvatarPhoto) and bool(photo.id),
    ),
    "photo_avatars.retrieve_photo": (
        lambda c: c.photo_avatars.retrieve_photo("photo_123"),
        "GET /v2/photo_avatar/photo",
        lambda photo: isinstance(photo, jogg.AvatarPhoto),
    ),
    "photo_avatars.add_motion": (
        lambda c: c.photo_avatars.add_motion(
            IMAGE,
            name="Priya",
            voice=VOICE,
            model="3.0",
            photo_id="photo_123",
            description="Friendly presenter",
            welcome_message="Hi, I'm Priya!",
        ),
        "POST /v2/photo_avatar/add_motion",
        lambda motion: isinstance(motion, jogg.AvatarMotion) and bool(motion.id),
    ),
    "photo_avatars.retrieve_motion": (
        lambda c: c.photo_avatars.retrieve_motion("motion_123"),
        "GET /v2/photo_avatar",
        lambda motion: isinstance(motion, jogg.AvatarMotion),
    ),
    "product_avatars.generate_images (avatar)": (
        lambda c: c.product_avatars.generate_images(
            IMAGE,
            aspect_ratio="2:3",
            avatar=127,
            avatar_type="public",
            quality="high",
            num_images=2,
            prompt="Presenter holding the bottle in a kitchen",
            webhook_url=HOOK,
        ),
        "POST /v2/product_avatar/generation",
        lambda batch: isinstance(batch, jogg.ProductAvatarBatch) and bool(batch.id),
    ),
    "product_avatars.generate_images (description)": (
        lambda c: c.product_avatars.generate_images(
            IMAGE, aspect_ratio="square", avatar_description="A chef in a white jacket"
        ),
        "POST /v2/product_avatar/generation",
        lambda batch: bool(batch.id),
    ),
    "product_avatars.retrieve_generation": (
        lambda c: c.product_avatars.retrieve_generation("batch_123"),
        "GET /v2/product_avatar/generation/batch_123",
        lambda batch: isinstance(batch, jogg.ProductAvatarBatch),
    ),
    "product_avatars.add_motion": (
        lambda c: c.product_avatars.add_motion(
            "gen_123",
            name="Product Presenter",
            voice=VOICE,
            description="Holds the bottle up",
            model=1,
            aspect_ratio="portrait",
        ),
        "POST /v2/product_avatar/add_motion",
        lambda motion: isinstance(motion, jogg.AvatarMotion) and bool(motion.id),
    ),
    "product_avatars.retrieve_motion": (
        lambda c: c.product_avatars.retrieve_motion("motion_456"),
        "GET /v2/product_avatar",
        lambda motion: isinstance(motion, jogg.AvatarMotion),
    ),
    "user.whoami": (
        lambda c: c.user.whoami(),
        "GET /v2/user/whoami",
        lambda user: isinstance(user, jogg.User),
    ),
    "user.remaining_quota": (
        lambda c: c.user.remaining_quota(),
        "GET /v2/user/remaining_quota",
        lambda quota: isinstance(quota, jogg.Quota),
    ),
    "webhooks.list_endpoints": (
        lambda c: c.webhooks.list_endpoints(),
        "GET /v2/endpoints",
        lambda endpoints: isinstance(endpoints, list),
    ),
    "webhooks.create_endpoint": (
        lambda c: c.webhooks.create_endpoint(
            HOOK, ["generated_video_success", "generated_video_failed"]
        ),
        "POST /v2/endpoint",
        lambda endpoint: isinstance(endpoint, jogg.WebhookEndpoint),
    ),
    "webhooks.update_endpoint": (
        lambda c: c.webhooks.update_endpoint(
            "ep_123", url=HOOK, events=["generated_video_success"], enabled=False
        ),
        "PUT /v2/endpoint/ep_123",
        lambda endpoint: isinstance(endpoint, jogg.WebhookEndpoint),
    ),
    "webhooks.delete_endpoint": (
        lambda c: c.webhooks.delete_endpoint("ep_123"),
        "DELETE /v2/endpoint/ep_123",
        lambda result: result is None,
    ),
    "webhooks.list_events": (
        lambda c: c.webhooks.list_events(),
        "GET /v2/events",
        lambda events: isinstance(events, list),
    ),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_method_sends_a_valid_request(
    name: str, prism_client: jogg.Jogg, recorder: ResponseRecorder
) -> None:
    call, request, check = CALLS[name]
    result = call(prism_client)
    recorder.assert_clean(expected=[request])
    assert check(result), result


class SignedUrlStub:
    """Stands in for the storage host behind Prism's invented sign_url."""

    def __init__(self) -> None:
        self.puts: list[tuple[httpx.Request, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.puts.append((request, request.read()))
        return httpx.Response(200)


def upload_http(prism_url: str, recorder: ResponseRecorder, stub: SignedUrlStub) -> httpx.Client:
    return httpx.Client(
        event_hooks={"response": [recorder.record]},
        mounts={
            # Prism gets real requests; any other host (the signed URL) only the stub.
            prism_url: httpx.HTTPTransport(),
            "all://": httpx.MockTransport(stub),
        },
    )


def test_upload_asks_prism_for_the_url_and_puts_the_file_elsewhere(
    prism_url: str, recorder: ResponseRecorder
) -> None:
    stub = SignedUrlStub()
    with upload_http(prism_url, recorder, stub) as http:
        client = jogg.Jogg(
            CONTRACT_KEY, base_url=prism_url, http_client=http, max_retries=0, post_rate_limit=None
        )
        asset = client.assets.upload(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, filename="logo.png")
    api = [e for e in recorder.exchanges if e.path.startswith("/v2/")]
    assert [f"{e.method} {e.path}" for e in api] == ["POST /v2/upload/asset"]
    assert all(e.clean for e in api), [str(e) for e in api]
    assert len(stub.puts) == 1
    put, body = stub.puts[0]
    assert put.method == "PUT" and put.url.host != httpx.URL(prism_url).host
    assert put.headers["content-type"] == "image/png" and body.startswith(b"\x89PNG")
    assert "x-api-key" not in put.headers
    assert isinstance(asset, jogg.Asset) and asset.size == 72


@pytest.mark.anyio
async def test_async_client_sends_the_same_valid_requests(
    prism_url: str, recorder: ResponseRecorder
) -> None:
    client = recorder.async_client(prism_url)
    try:
        await client.avatar_videos.create(avatar=81, voice=VOICE, script="Hello there.")
        await client.avatar_videos.retrieve("video_1")
        await client.templates.list().__anext__()
        await client.templates.retrieve_custom(3)
        await client.template_videos.create(
            3, voice_language="english", variables=[TemplateVariable.text("headline", "Hi")]
        )
        await client.template_videos.retrieve("tv_1")
        await client.template_videos.list().__anext__()
        await client.lip_sync.create(VIDEO, AUDIO)
        await client.lip_sync.retrieve("task_1")
        await client.translations.create(VIDEO, "french")
        await client.translations.retrieve("tr_1")
        await client.translations.target_languages()
        await client.ai_scripts.create("english", 15, "Data", "NTQ0MTkzNjg")
        await client.ai_scripts.retrieve("task_1")
        await client.photo_avatars.generate_photo(
            age="Adult",
            avatar_style="Social",
            gender="Male",
            model="classic",
            aspect_ratio="square",
        )
        await client.photo_avatars.retrieve_photo("photo_1")
        await client.photo_avatars.add_motion(IMAGE, name="Sam", voice=VOICE, model="2.0")
        await client.photo_avatars.retrieve_motion("motion_1")
        await client.product_avatars.generate_images(
            IMAGE, aspect_ratio="3:2", avatar_image_url=IMAGE
        )
        await client.product_avatars.retrieve_generation("batch_1")
        await client.product_avatars.add_motion("gen_1", name="P", voice=VOICE, description="d")
        await client.product_avatars.retrieve_motion("motion_2")
        await client.user.whoami()
        await client.user.remaining_quota()
        await client.webhooks.list_endpoints()
        await client.webhooks.create_endpoint(HOOK, ["generated_video_success"])
        await client.webhooks.update_endpoint(
            "ep_1", url=HOOK, events=["generated_video_success"], enabled=True
        )
        await client.webhooks.delete_endpoint("ep_1")
        await client.webhooks.list_events()
    finally:
        await recorder.aclose()
    assert len(recorder.exchanges) == 29
    recorder.assert_clean()
