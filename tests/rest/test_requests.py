"""What each new facade method sends (method, path, body, query) and what it returns."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import jogg
from jogg import JobState, TemplateVariable
from jogg.types import Avatar, Product, Voice

from ..kit import ScriptedAPI, resolve, take
from .support import ASSET_URL

VOICE = "en-US-ChristopherNeural"
VIDEO = "https://media.test.example/in.mp4"
AUDIO = "https://media.test.example/in.mp3"
IMAGE = "https://media.test.example/in.png"

# (method called, expected HTTP method, path, JSON body or None, query or None)
Case = tuple[Callable[[Any], Any], str, str, Any, Any]
CASES: dict[str, Case] = {
    "avatar video from a script": (
        lambda c: c.avatar_videos.create(
            avatar=Avatar(81, "custom"),
            voice=Voice(VOICE),
            script="Hi there",
            aspect_ratio="Landscape",
            screen_style="picture in picture",
            caption=True,
            name="Intro",
            webhook_url="https://hooks.test.example/x",
        ),
        "POST",
        "/v2/create_video_from_avatar",
        {
            "avatar": {"avatar_type": 1, "avatar_id": 81},
            "voice": {"voice_id": VOICE, "type": "script", "script": "Hi there"},
            "aspect_ratio": "landscape",
            "screen_style": 3,
            "caption": True,
            "video_name": "Intro",
            "webhook_url": "https://hooks.test.example/x",
        },
        None,
    ),
    "avatar video from audio": (
        lambda c: c.avatar_videos.create(avatar=81, voice=VOICE, audio_url=AUDIO, screen_style=2),
        "POST",
        "/v2/create_video_from_avatar",
        {
            "avatar": {"avatar_type": 0, "avatar_id": 81},
            "voice": {"voice_id": VOICE, "type": "audio", "audio_url": AUDIO},
            "aspect_ratio": "portrait",
            "screen_style": 2,
        },
        None,
    ),
    "avatar video retrieve": (
        lambda c: c.avatar_videos.retrieve("av 1/x"),
        "GET",
        "/v2/avatar_video/av%201%2Fx",
        None,
        None,
    ),
    "templates": (
        lambda c: c.templates.list("square"),
        "GET",
        "/v2/templates",
        None,
        {"aspect_ratio": "square"},
    ),
    "custom templates": (
        lambda c: c.templates.list_custom(),
        "GET",
        "/v2/templates/custom",
        None,
        {},
    ),
    "custom template": (
        lambda c: c.templates.retrieve_custom(7),
        "GET",
        "/v2/template/custom/7",
        None,
        None,
    ),
    "template video": (
        lambda c: c.template_videos.create(
            149,
            voice_language="english",
            name="Sale",
            avatar=127,
            voice=VOICE,
            captions=False,
            music_id=3,
            disable_transitions=True,
            variables=[
                TemplateVariable.text("headline", "Summer"),
                TemplateVariable.image("logo", asset_id=77),
                TemplateVariable.video("clip", url=VIDEO),
            ],
        ),
        "POST",
        "/v2/create_video_with_template",
        {
            "template_id": 149,
            "voice_language": "english",
            "video_name": "Sale",
            "avatar_id": 127,
            "avatar_type": 0,
            "voice_id": VOICE,
            "captions_enabled": False,
            "background_music_id": 3,
            "disable_trans": True,
            "variables": [
                {"type": "text", "name": "headline", "properties": {"content": "Summer"}},
                {"type": "image", "name": "logo", "properties": {"asset_id": 77}},
                {"type": "video", "name": "clip", "properties": {"url": VIDEO}},
            ],
        },
        None,
    ),
    "template video retrieve": (
        lambda c: c.template_videos.retrieve("tv_1"),
        "GET",
        "/v2/template_video/tv_1",
        None,
        None,
    ),
    "template videos": (
        lambda c: c.template_videos.list(status="failed", sort_order="asc", page_size=5),
        "GET",
        "/v2/template_videos",
        None,
        {"status": "5", "sort_order": "asc", "page": "1", "page_size": "5"},
    ),
    "lip sync": (
        lambda c: c.lip_sync.create(VIDEO, AUDIO, playback_type="normal_reverse"),
        "POST",
        "/v2/create_lip_sync_video",
        {"video_url": VIDEO, "audio_url": AUDIO, "playback_type": "normal_reverse"},
        None,
    ),
    "lip sync retrieve": (
        lambda c: c.lip_sync.retrieve("ls_1"),
        "GET",
        "/v2/lip_sync_video/ls_1",
        None,
        None,
    ),
    "translation": (
        lambda c: c.translations.create(
            VIDEO,
            "spanish",
            title="Hola",
            output_voice=Voice("es-ES-1"),
            add_subtitles=True,
            translate_audio_only=False,
            enable_dynamic_duration=True,
            callback_url="https://hooks.test.example/t",
        ),
        "POST",
        "/v2/video_translate/",
        {
            "video_url": VIDEO,
            "output_language": "spanish",
            "title": "Hola",
            "output_voice": "es-ES-1",
            "add_subtitles": True,
            "translate_audio_only": False,
            "enable_dynamic_duration": True,
            "callback_url": "https://hooks.test.example/t",
        },
        None,
    ),
    "translation retrieve": (
        lambda c: c.translations.retrieve("tr_1"),
        "GET",
        "/v2/video_translate/tr_1",
        None,
        None,
    ),
    "translation languages": (
        lambda c: c.translations.target_languages(),
        "GET",
        "/v2/video_translate/target_languages",
        None,
        {},
    ),
    "ai script for a product id": (
        lambda c: c.ai_scripts.create(
            "English", "15", "top 3 reasons", Product("prod_9"), target_audience="runners"
        ),
        "POST",
        "/v2/ai_scripts",
        {
            "language": "english",
            "video_length_seconds": "15",
            "script_style": "Top 3 reasons",
            "product_info": {"source_type": "id", "data": {"id": "prod_9"}},
            "target_audience": "runners",
        },
        None,
    ),
    "ai script for details": (
        lambda c: c.ai_scripts.create(
            "traditional-chinese", 60, "Data", {"name": "Bottle", "description": "Keeps cold"}
        ),
        "POST",
        "/v2/ai_scripts",
        {
            "language": "traditional-chinese",
            "video_length_seconds": "60",
            "script_style": "Data",
            "product_info": {
                "source_type": "details",
                "data": {"name": "Bottle", "description": "Keeps cold"},
            },
        },
        None,
    ),
    "ai script retrieve": (
        lambda c: c.ai_scripts.retrieve("sc_1"),
        "GET",
        "/v2/ai_scripts/results/sc_1",
        None,
        None,
    ),
    "photo": (
        lambda c: c.photo_avatars.generate_photo(
            age="young adult",
            avatar_style="professional",
            gender="male",
            model="Classic",
            aspect_ratio="square",
            ethnicity="east asian",
            background="office",
            appearance="smiling",
            image_url=IMAGE,
        ),
        "POST",
        "/v2/photo_avatar/photo/generate",
        {
            "age": "Young adult",
            "avatar_style": "Professional",
            "gender": "Male",
            "model": "classic",
            "aspect_ratio": "square",
            "ethnicity": "East Asian",
            "background": "office",
            "appearance": "smiling",
            "image_url": IMAGE,
        },
        None,
    ),
    "photo retrieve": (
        lambda c: c.photo_avatars.retrieve_photo("ph_1"),
        "GET",
        "/v2/photo_avatar/photo",
        None,
        {"photo_id": "ph_1"},
    ),
    "photo motion": (
        lambda c: c.photo_avatars.add_motion(
            IMAGE,
            name="Ava",
            voice=VOICE,
            model="2.0-pro",
            photo_id="ph_1",
            description="friendly",
            welcome_message="Hi!",
        ),
        "POST",
        "/v2/photo_avatar/add_motion",
        {
            "image_url": IMAGE,
            "name": "Ava",
            "voice_id": VOICE,
            "model": "2.0-Pro",
            "photo_id": "ph_1",
            "description": "friendly",
            "welcome_msg": "Hi!",
        },
        None,
    ),
    "photo motion retrieve": (
        lambda c: c.photo_avatars.retrieve_motion("mo_1"),
        "GET",
        "/v2/photo_avatar",
        None,
        {"motion_id": "mo_1"},
    ),
    "product images from an avatar": (
        lambda c: c.product_avatars.generate_images(
            IMAGE,
            aspect_ratio="landscape",
            avatar=Avatar(12, "photo"),
            quality="high",
            num_images=4,
            prompt="studio",
            webhook_url="https://hooks.test.example/p",
        ),
        "POST",
        "/v2/product_avatar/generation",
        {
            "product_image_url": IMAGE,
            "avatar_source": {"type": "id", "avatar_id": 12, "avatar_type": "photo"},
            "quality": "high",
            "aspect_ratio": "3:2",
            "num_images": 4,
            "prompt": "studio",
            "webhook_url": "https://hooks.test.example/p",
        },
        None,
    ),
    "product images from a description": (
        lambda c: c.product_avatars.generate_images(
            IMAGE, aspect_ratio="1:1", avatar_description="a chef"
        ),
        "POST",
        "/v2/product_avatar/generation",
        {
            "product_image_url": IMAGE,
            "avatar_source": {"type": "description", "value": "a chef"},
            "quality": "medium",
            "aspect_ratio": "1:1",
            "num_images": 1,
        },
        None,
    ),
    "product generation retrieve": (
        lambda c: c.product_avatars.retrieve_generation("ba_1"),
        "GET",
        "/v2/product_avatar/generation/ba_1",
        None,
        None,
    ),
    "product motion": (
        lambda c: c.product_avatars.add_motion(
            "ge_1",
            name="Presenter",
            voice=VOICE,
            description="waves",
            model=2,
            aspect_ratio="portrait",
        ),
        "POST",
        "/v2/product_avatar/add_motion",
        {
            "generation_id": "ge_1",
            "name": "Presenter",
            "voice_id": VOICE,
            "description": "waves",
            "model": 2,
            "aspect_ratio": "portrait",
        },
        None,
    ),
    "product motion retrieve": (
        lambda c: c.product_avatars.retrieve_motion("pm_1"),
        "GET",
        "/v2/product_avatar",
        None,
        {"motion_id": "pm_1"},
    ),
    "whoami": (lambda c: c.user.whoami(), "GET", "/v2/user/whoami", None, {}),
    "quota": (lambda c: c.user.remaining_quota(), "GET", "/v2/user/remaining_quota", None, {}),
    "endpoints": (lambda c: c.webhooks.list_endpoints(), "GET", "/v2/endpoints", None, {}),
    "endpoint create": (
        lambda c: c.webhooks.create_endpoint(
            "https://hooks.test.example/b", ("a_success", "b_failed"), enabled=False
        ),
        "POST",
        "/v2/endpoint",
        {
            "url": "https://hooks.test.example/b",
            "events": ["a_success", "b_failed"],
            "status": "disabled",
        },
        None,
    ),
    "endpoint update from an object": (
        lambda c: c.webhooks.update_endpoint(
            jogg.WebhookEndpoint(
                "wh_2", url="https://h.test.example/o", enabled=True, events=("e1",)
            ),
            enabled=False,
        ),
        "PUT",
        "/v2/endpoint/wh_2",
        {"url": "https://h.test.example/o", "events": ["e1"], "status": "disabled"},
        None,
    ),
    "endpoint delete": (
        lambda c: c.webhooks.delete_endpoint("wh_2"),
        "DELETE",
        "/v2/endpoint/wh_2",
        None,
        None,
    ),
    "events": (lambda c: c.webhooks.list_events(), "GET", "/v2/events", None, {}),
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(CASES))
async def test_request_shape(flavor: str, api: ScriptedAPI, case: str) -> None:
    call, method, path, body, query = CASES[case]
    result = await resolve(call(api.client(flavor)))
    if hasattr(result, "__next__") or hasattr(result, "__anext__"):
        await take(result)
    assert len(api.requests) == 1
    sent = api.requests[0]
    assert sent.method == method
    assert sent.url.raw_path.decode().split("?")[0] == path
    assert (json.loads(sent.content) if sent.content else None) == body
    if query is not None:
        assert dict(sent.url.params) == query
    assert sent.headers["x-api-key"]


@pytest.mark.anyio
async def test_results_are_read_into_facade_types(flavor: str, api: ScriptedAPI) -> None:
    c = api.client(flavor)
    video = await resolve(c.avatar_videos.retrieve("av_1"))
    assert video.status == "completed" and video.video_url.endswith("av_1.mp4")
    assert [t.id for t in await take(c.templates.list())] == [149]
    custom = await resolve(c.templates.retrieve_custom(7))
    assert custom.custom and [v.name for v in custom.variables] == ["headline", "logo"]
    listed = await take(c.template_videos.list())
    assert [(v.id, v.name) for v in listed] == [("tv_1", "Sale")]
    lip = await resolve(c.lip_sync.retrieve("ls_1"))
    assert lip.status.state is JobState.COMPLETED and lip.duration == 12.5
    assert await resolve(c.translations.target_languages()) == ["english", "spanish", "french"]
    script = await resolve(c.ai_scripts.retrieve("sc_1"))
    assert script.scripts[0].text == "One.\n\nTwo."
    started = await resolve(c.ai_scripts.create("english", 30, "Storytime", "p"))
    assert started.id == "sc_1" and started.status.state is JobState.PENDING
    photo = await resolve(c.photo_avatars.retrieve_photo("ph_1"))
    assert photo.status.is_completed and photo.image_urls == (
        "https://cdn.test.example/ph_1_0.png",
    )
    batch = await resolve(c.product_avatars.retrieve_generation("ba_1"))
    assert batch.status.is_completed and [i.id for i in batch.images] == ["ge_1", "ge_2"]
    motion = await resolve(
        c.product_avatars.add_motion("ge_1", name="n", voice="v", description="d")
    )
    assert (motion.id, motion.avatar_id, motion.status.state) == ("pm_1", 601, JobState.PENDING)
    assert (await resolve(c.user.remaining_quota())).remaining == 42.5
    endpoints = await resolve(c.webhooks.list_endpoints())
    assert endpoints[0].secret == "whsec_listed" and "whsec_listed" not in repr(endpoints[0])
    assert await resolve(c.webhooks.delete_endpoint("wh_1")) is None
    assert await resolve(c.webhooks.list_events()) == [
        "generated_video_success",
        "generated_video_failed",
    ]
    asset = await resolve(c.assets.upload(b"GIF89a", filename="a.gif"))
    assert asset.url == ASSET_URL and asset.id == "77"


# Each refused call, and the field its ValidationError must name.
REFUSALS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "script and audio": (
        lambda c: c.avatar_videos.create(avatar=1, voice="v", script="s", audio_url=AUDIO),
        "script",
    ),
    "neither script nor audio": (lambda c: c.avatar_videos.create(avatar=1, voice="v"), "script"),
    "bad aspect ratio": (
        lambda c: c.avatar_videos.create(avatar=1, voice="v", script="s", aspect_ratio="wide"),
        "aspect_ratio",
    ),
    "bad screen style": (
        lambda c: c.avatar_videos.create(avatar=1, voice="v", script="s", screen_style=4),
        "screen_style",
    ),
    "product avatar in avatar video": (
        lambda c: c.avatar_videos.create(avatar=Avatar(5, "product"), voice="v", script="s"),
        "avatar",
    ),
    "avatar id not int": (
        lambda c: c.avatar_videos.create(avatar="81", voice="v", script="s"),
        "avatar",
    ),
    "empty voice": (lambda c: c.avatar_videos.create(avatar=1, voice=" ", script="s"), "voice"),
    "bad webhook url": (
        lambda c: c.avatar_videos.create(avatar=1, voice="v", script="s", webhook_url="ftp://x"),
        "webhook_url",
    ),
    "empty video id": (lambda c: c.avatar_videos.retrieve(""), "video_id"),
    "template ratio": (lambda c: c.templates.list("wide"), "aspect_ratio"),
    "template id": (lambda c: c.templates.retrieve_custom(0), "template_id"),
    "variables not builders": (
        lambda c: c.template_videos.create(
            1, voice_language="english", variables=[{"type": "text"}]
        ),
        "variables[0]",
    ),
    "variables a single builder": (
        lambda c: c.template_videos.create(
            1, voice_language="english", variables=TemplateVariable.text("a", "b")
        ),
        "variables",
    ),
    "no voice language": (
        lambda c: c.template_videos.create(1, voice_language="", variables=[]),
        "voice_language",
    ),
    "avatar type without avatar": (
        lambda c: c.template_videos.create(
            1, voice_language="en", variables=[], avatar_type="custom"
        ),
        "avatar_type",
    ),
    "list status": (lambda c: c.template_videos.list(status="done-ish"), "status"),
    "page size": (lambda c: c.template_videos.list(page_size=101), "page_size"),
    "lip sync url": (lambda c: c.lip_sync.create("not a url", AUDIO), "video_url"),
    "playback type": (
        lambda c: c.lip_sync.create(VIDEO, AUDIO, playback_type="loop"),
        "playback_type",
    ),
    "translation url": (lambda c: c.translations.create("/local.mp4", "es"), "video_url"),
    "translation flag": (
        lambda c: c.translations.create(VIDEO, "es", add_subtitles="yes"),
        "add_subtitles",
    ),
    "script language": (lambda c: c.ai_scripts.create("klingon", 30, "Data", "p"), "language"),
    "script length": (
        lambda c: c.ai_scripts.create("english", 45, "Data", "p"),
        "video_length_seconds",
    ),
    "script style": (lambda c: c.ai_scripts.create("english", 30, "Epic", "p"), "script_style"),
    "product details incomplete": (
        lambda c: c.ai_scripts.create("english", 30, "Data", {"name": "Bottle"}),
        "product_info[description]",
    ),
    "product info type": (lambda c: c.ai_scripts.create("english", 30, "Data", 5), "product_info"),
    "photo age": (
        lambda c: c.photo_avatars.generate_photo(
            age="baby", avatar_style="Social", gender="Male", model="classic", aspect_ratio="square"
        ),
        "age",
    ),
    "photo ethnicity": (
        lambda c: c.photo_avatars.generate_photo(
            age="Adult",
            avatar_style="Social",
            gender="Male",
            model="classic",
            aspect_ratio="square",
            ethnicity="martian",
        ),
        "ethnicity",
    ),
    "motion model": (
        lambda c: c.photo_avatars.add_motion(IMAGE, name="n", voice="v", model="4.0"),
        "model",
    ),
    "photo id": (lambda c: c.photo_avatars.retrieve_photo(None), "photo_id"),
    "two avatar sources": (
        lambda c: c.product_avatars.generate_images(
            IMAGE, aspect_ratio="1:1", avatar=1, avatar_description="x"
        ),
        "avatar",
    ),
    "no avatar source": (
        lambda c: c.product_avatars.generate_images(IMAGE, aspect_ratio="1:1"),
        "avatar",
    ),
    "image count": (
        lambda c: c.product_avatars.generate_images(
            IMAGE, aspect_ratio="1:1", avatar=1, num_images=5
        ),
        "num_images",
    ),
    "image ratio": (
        lambda c: c.product_avatars.generate_images(IMAGE, aspect_ratio="16:9", avatar=1),
        "aspect_ratio",
    ),
    "image quality": (
        lambda c: c.product_avatars.generate_images(
            IMAGE, aspect_ratio="1:1", avatar=1, quality="ultra"
        ),
        "quality",
    ),
    "product motion model": (
        lambda c: c.product_avatars.add_motion("g", name="n", voice="v", description="d", model=3),
        "model",
    ),
    "product motion description": (
        lambda c: c.product_avatars.add_motion("g", name="n", voice="v", description=""),
        "description",
    ),
    "endpoint http": (lambda c: c.webhooks.create_endpoint("http://h.test.example", ["e"]), "url"),
    "endpoint events": (
        lambda c: c.webhooks.create_endpoint("https://h.test.example", "e"),
        "events",
    ),
    "endpoint no events": (
        lambda c: c.webhooks.create_endpoint("https://h.test.example", []),
        "events",
    ),
    "endpoint enabled": (
        lambda c: c.webhooks.create_endpoint("https://h.test.example", ["e"], enabled="yes"),
        "enabled",
    ),
    "endpoint update partial id": (
        lambda c: c.webhooks.update_endpoint("wh_1", enabled=False),
        "url",
    ),
    "endpoint delete": (lambda c: c.webhooks.delete_endpoint(""), "endpoint_id"),
}


@pytest.mark.anyio
@pytest.mark.parametrize("case", list(REFUSALS))
async def test_invalid_arguments_are_refused_before_any_request(
    flavor: str, api: ScriptedAPI, case: str
) -> None:
    call, field = REFUSALS[case]
    with pytest.raises(jogg.ValidationError) as refused:
        await resolve(call(api.client(flavor)))
    assert refused.value.field == field
    assert api.requests == []
