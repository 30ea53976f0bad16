"""The facade covers the spec, field by field, and says what it leaves out on purpose.

- Every request property and query parameter of openapi/jogg-v2.yaml is sent by some facade
  call (MAXIMAL_CALLS passes every optional argument), or is named in NOT_EXPOSED.
- Every response property reaches a result attribute, or is named in RAW_ONLY (it stays
  reachable through ``.raw``). A property reaches the result when removing it from an
  answer in which every property is filled changes the result.

A failure prints a to-do list that names each operation and field, never a bare count.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jogg_api.body_keywords import FIELDS

import jogg
from jogg import ProductMediaItem, ProductVideoSpec, TemplateVariable

from ..kit import envelope
from . import wire
from .support import rest_api

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "jogg-v2.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}

# Request fields and query parameters the facade does not send, and why.
NOT_EXPOSED: dict[tuple[str, str], str] = {
    ("list_product_videos", "query.page"): "the pager sends it",
    ("list_product_previews", "query.page"): "the pager sends it",
    ("list_template_videos", "query.page"): "the pager sends it",
}

# Response fields kept only in ``.raw``, and why.
RAW_ONLY: dict[tuple[str, str], str] = {
    (
        "list_custom_avatars",
        "avatars[].api_only",
    ): "a dashboard flag; every listed avatar works here",
    ("list_custom_avatars", "avatars[].avatar_url"): "read only when video_url is absent",
    ("generate_product_avatar_images", "total_submitted"): "the images themselves are listed",
    ("get_product_avatar_generation", "summary.total"): "the batch status sums up its images",
    ("get_product_avatar_generation", "summary.pending"): "the batch status sums up its images",
    ("get_product_avatar_generation", "summary.processing"): "the batch status sums up its images",
    ("get_product_avatar_generation", "summary.completed"): "the batch status sums up its images",
    ("get_product_avatar_generation", "summary.failed"): "the batch status sums up its images",
    ("list_webhook_endpoints", "endpoints[].username"): "the account's name; user.whoami() has it",
    ("create_webhook_endpoint", "username"): "the account's name; user.whoami() has it",
    ("update_webhook_endpoint", "username"): "the account's name; user.whoami() has it",
    ("delete_webhook_endpoint", "message"): "a deletion returns None; the text says nothing more",
}
# Page bookkeeping of list answers: the pager reads it to find the next page (R-PAGE rules).
PAGING = {"total", "page", "page_size", "has_more", "pagination"}

SPEC_VIDEO = ProductVideoSpec(
    avatar=127,
    voice="en-US-1",
    length=15,
    aspect_ratio="portrait",
    script_style="Data",
    language="english",
    avatar_type="custom",
    music_id=3,
    visual_style="Clean Studio",
    caption=True,
    name="Ad",
    override_script="Buy it.",
    webhook_url="https://hooks.test.example/w",
)
MEDIA = [ProductMediaItem("https://m.test.example/a.png", kind="image", name="a", description="d")]

# One call per operation, with every optional argument the facade takes.
MAXIMAL_CALLS: list[tuple[str, Callable[[jogg.Jogg], Any]]] = [
    (
        "create_product",
        lambda c: c.products.create(
            "https://shop.test.example/p",
            name="Blush",
            description="Pink",
            target_audience="Everyone",
            media=MEDIA,
        ),
    ),
    (
        "update_product",
        lambda c: c.products.update(
            "prod_1", name="Blush", description="Pink", target_audience="All", media=MEDIA
        ),
    ),
    ("create_video_from_product", lambda c: c.product_videos.create("prod_1", SPEC_VIDEO)),
    (
        "create_product_previews",
        lambda c: c.previews.create("prod_1", SPEC_VIDEO, visual_styles=["Clean Studio"]),
    ),
    ("render_product_preview", lambda c: c.previews.render("pre_1")),
    ("get_product_video", lambda c: c.product_videos.retrieve("vid_1")),
    (
        "list_product_videos",
        lambda c: c.product_videos.list(
            status="completed", sort_by="created_at", sort_order="asc", page_size=5
        ),
    ),
    (
        "list_product_previews",
        lambda c: c.previews.list(
            status="completed", sort_by="created_at", sort_order="asc", page_size=5
        ),
    ),
    ("get_current_user", lambda c: c.user.whoami()),
    ("get_remaining_quota", lambda c: c.user.remaining_quota()),
    ("list_webhook_endpoints", lambda c: c.webhooks.list_endpoints()),
    (
        "create_webhook_endpoint",
        lambda c: c.webhooks.create_endpoint(
            "https://hooks.test.example/b", ["generated_video_success"], enabled=False
        ),
    ),
    (
        "update_webhook_endpoint",
        lambda c: c.webhooks.update_endpoint(
            "wh_2", url="https://hooks.test.example/b", events=["x"], enabled=False
        ),
    ),
    ("delete_webhook_endpoint", lambda c: c.webhooks.delete_endpoint("wh_2")),
    ("list_webhook_events", lambda c: c.webhooks.list_events()),
    ("create_upload_url", lambda c: c.assets.upload(b"\x89PNG\r\n", filename="logo.png")),
    (
        "list_public_avatars",
        lambda c: c.avatars.list_public(
            aspect_ratio="portrait",
            style="social",
            gender="female",
            age="adult",
            scene="studio",
            ethnicity="european",
            page_size=5,
        ),
    ),
    ("list_custom_avatars", lambda c: c.avatars.list_custom(name="Me", status="completed")),
    ("list_photo_avatars", lambda c: c.avatars.list_photo(name="Me", status="completed")),
    ("list_product_avatars", lambda c: c.avatars.list_product(aspect_ratio="portrait")),
    (
        "list_voices",
        lambda c: c.voices.list(
            gender="female", language="english", age="young", use_case="ads", page_size=5
        ),
    ),
    ("list_custom_voices", lambda c: c.voices.list_custom("english")),
    ("list_musics", lambda c: c.musics.list(page_size=5)),
    ("list_visual_styles", lambda c: c.visual_styles.list(aspect_ratio="portrait")),
    (
        "create_video_from_avatar",
        lambda c: c.avatar_videos.create(
            avatar=127,
            voice="en-US-1",
            script="Hello",
            aspect_ratio="square",
            screen_style="full_screen",
            avatar_type="custom",
            caption=True,
            name="Hi",
            webhook_url="https://hooks.test.example/w",
        ),
    ),
    (
        "create_video_from_avatar",
        lambda c: c.avatar_videos.create(
            avatar=127, voice="en-US-1", audio_url="https://m.test.example/a.mp3"
        ),
    ),
    ("get_avatar_video", lambda c: c.avatar_videos.retrieve("av_1")),
    ("list_templates", lambda c: c.templates.list(aspect_ratio="portrait")),
    ("list_custom_templates", lambda c: c.templates.list_custom(aspect_ratio="portrait")),
    ("get_custom_template", lambda c: c.templates.retrieve_custom(7)),
    (
        "create_video_from_template",
        lambda c: c.template_videos.create(
            7,
            voice_language="english",
            variables=[
                TemplateVariable.text("headline", "Hi"),
                TemplateVariable.image("logo", url="https://m.test.example/l.png"),
                TemplateVariable.video("clip", asset_id=5),
            ],
            name="Sale",
            avatar=127,
            avatar_type="custom",
            voice="en-US-1",
            captions=True,
            music_id=2,
            disable_random_transitions=True,
            disable_random_motion=True,
            disable_transitions=True,
            disable_motion=True,
            webhook_url="https://hooks.test.example/w",
        ),
    ),
    ("get_template_video", lambda c: c.template_videos.retrieve("tv_1")),
    (
        "list_template_videos",
        lambda c: c.template_videos.list(
            status="completed", sort_by="created_at", sort_order="asc", page_size=5
        ),
    ),
    (
        "create_lip_sync_video",
        lambda c: c.lip_sync.create(
            "https://m.test.example/v.mp4", "https://m.test.example/a.mp3", playback_type="normal"
        ),
    ),
    ("get_lip_sync_video", lambda c: c.lip_sync.retrieve("ls_1")),
    (
        "create_video_translation",
        lambda c: c.translations.create(
            "https://m.test.example/v.mp4",
            "spanish",
            title="Hola",
            translate_audio_only=True,
            output_voice="es-ES-1",
            add_subtitles=True,
            enable_dynamic_duration=True,
            callback_url="https://hooks.test.example/w",
        ),
    ),
    ("get_video_translation", lambda c: c.translations.retrieve("tr_1")),
    ("list_translation_languages", lambda c: c.translations.target_languages()),
    (
        "create_ai_script",
        lambda c: c.ai_scripts.create(
            "english", 30, "Storytime", "prod_1", target_audience="Everyone"
        ),
    ),
    (
        "create_ai_script",
        lambda c: c.ai_scripts.create(
            "english", 30, "Storytime", {"name": "Mug", "description": "Holds tea"}
        ),
    ),
    ("get_ai_script", lambda c: c.ai_scripts.retrieve("sc_1")),
    (
        "generate_photo_avatar_photo",
        lambda c: c.photo_avatars.generate_photo(
            age="Adult",
            avatar_style="Social",
            gender="Female",
            model="modern",
            aspect_ratio="portrait",
            ethnicity="European",
            background="Studio",
            appearance="Smiling",
            image_url="https://m.test.example/me.png",
        ),
    ),
    ("get_photo_avatar_photo", lambda c: c.photo_avatars.retrieve_photo("ph_1")),
    (
        "add_photo_avatar_motion",
        lambda c: c.photo_avatars.add_motion(
            "https://cdn.test.example/ph_1_0.png",
            name="Ava",
            voice="en-US-1",
            model="2.0",
            photo_id="ph_1",
            description="waves",
            welcome_message="Hi",
        ),
    ),
    ("get_photo_avatar_motion", lambda c: c.photo_avatars.retrieve_motion("mo_1")),
    (
        "generate_product_avatar_images",
        lambda c: c.product_avatars.generate_images(
            "https://cdn.test.example/bottle.png",
            aspect_ratio="2:3",
            avatar=127,
            avatar_type="public",
            quality="high",
            num_images=2,
            prompt="on a beach",
            webhook_url="https://hooks.test.example/w",
        ),
    ),
    (
        "generate_product_avatar_images",
        lambda c: c.product_avatars.generate_images(
            "https://cdn.test.example/bottle.png",
            aspect_ratio="2:3",
            avatar_image_url="https://cdn.test.example/me.png",
        ),
    ),
    (
        "generate_product_avatar_images",
        lambda c: c.product_avatars.generate_images(
            "https://cdn.test.example/bottle.png",
            aspect_ratio="2:3",
            avatar_description="a chef",
        ),
    ),
    ("get_product_avatar_generation", lambda c: c.product_avatars.retrieve_generation("ba_1")),
    (
        "add_product_avatar_motion",
        lambda c: c.product_avatars.add_motion(
            "ge_1",
            name="Presenter",
            voice="en-US-1",
            description="holds the bottle",
            model=2,
            aspect_ratio="portrait",
        ),
    ),
    ("get_product_avatar_motion", lambda c: c.product_avatars.retrieve_motion("pm_1")),
]


# --- what the facade sends ------------------------------------------------------------------


def test_every_operation_of_the_spec_has_a_maximal_call() -> None:
    missing = sorted(set(wire.operations()) - {op_id for op_id, _ in MAXIMAL_CALLS})
    unknown = sorted({op_id for op_id, _ in MAXIMAL_CALLS} - set(wire.operations()))
    assert not missing, f"operations of the spec without a row in MAXIMAL_CALLS: {missing}"
    assert not unknown, f"MAXIMAL_CALLS rows for operations the spec no longer has: {unknown}"


def test_every_request_field_of_the_spec_is_sent_or_named_as_not_exposed() -> None:
    covered = {op_id for op_id, _ in MAXIMAL_CALLS}
    sent: dict[str, set[str]] = {op_id: set() for op_id in covered}
    for op_id, call in MAXIMAL_CALLS:
        api = rest_api()
        wire.run(call, api.sync_client())
        for request, op in zip(api.requests, api.operations(), strict=True):
            if op != op_id:
                continue
            sent[op_id] |= {f"query.{name}" for name in request.url.params}
            if request.content:
                sent[op_id] |= wire.sent_paths(json.loads(request.content), "body")
    # Fields the spec added that no facade parameter names yet are sent by their generated
    # keywords (tests/spec/test_new_field_becomes_keyword.py drives that path end to end).
    for op_id, new_fields in FIELDS.items():
        sent.setdefault(op_id, set()).update(
            "body." + ".".join(p) for p, _, _ in new_fields.values()
        )
    todo: list[str] = []
    for op_id in sorted(covered):
        for field in sorted(wire.request_fields(op_id) - sent[op_id]):
            if (op_id, field) not in NOT_EXPOSED:
                todo.append(f"{op_id}: {field} is never sent (send it, or add it to NOT_EXPOSED)")
    assert not todo, "request fields to expose:\n  " + "\n  ".join(todo)
    stale = sorted(f"{op}: {field}" for op, field in NOT_EXPOSED if op in covered)
    gone = [s for s in stale if s.split(": ")[1] not in wire.request_fields(s.split(": ")[0])]
    assert not gone, f"NOT_EXPOSED names fields the spec no longer has: {gone}"


# --- what the facade reads -------------------------------------------------------------------


def test_every_response_field_of_the_spec_reaches_a_result_or_is_named_raw_only() -> None:
    todo: list[str] = []
    for op_id, call in MAXIMAL_CALLS:
        schema = wire.response_data(op_id)
        if not schema:
            continue
        full = wire.fill(schema, wire.Sentinels())
        api = rest_api()
        api.on_operation(op_id, envelope(full))
        baseline = wire.dump(wire.run(call, api.sync_client()))
        for path, _ in wire.leaves(schema, ""):
            if (op_id, path) in RAW_ONLY or wire.split(path)[0] in PAGING:
                continue
            api = rest_api()
            api.on_operation(op_id, envelope(wire.without(full, wire.split(path))))
            try:
                changed = wire.dump(wire.run(call, api.sync_client())) != baseline
            except jogg.JoggError:
                changed = True  # the field is required to read the answer at all
            if not changed:
                todo.append(
                    f"{op_id}: data.{path} reaches no result attribute "
                    "(read it, or add it to RAW_ONLY)"
                )
    assert not todo, "response fields to read:\n  " + "\n  ".join(todo)


@pytest.mark.parametrize("table", [NOT_EXPOSED, RAW_ONLY])
def test_every_exemption_gives_a_reason(table: dict[tuple[str, str], str]) -> None:
    assert all(reason.strip() for reason in table.values())
