"""Every operation of openapi/jogg-v2.yaml is reachable through the facade, sync and async,
and the generated request builders the facade relies on agree with the spec."""

from __future__ import annotations

import functools
import inspect
import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from jogg import ProductVideoSpec, TemplateVariable, _wire

from ..kit import resolve, take
from .support import rest_api

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "jogg-v2.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


@functools.cache
def spec_operations() -> dict[str, tuple[str, str]]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                found[op["operationId"]] = (method.upper(), path)
    return found


SPEC_VIDEO = ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural")

# One facade call per operation (a pager is iterated, so its request is sent).
CALLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("create_product", lambda c: c.products.create("https://shop.test.example/p/1")),
    ("update_product", lambda c: c.products.update("prod_1", name="Bottle")),
    ("create_video_from_product", lambda c: c.product_videos.create("prod_1", SPEC_VIDEO)),
    (
        "create_product_previews",
        lambda c: c.previews.create("prod_1", SPEC_VIDEO, visual_styles=["Simple Product"]),
    ),
    ("render_product_preview", lambda c: c.previews.render("pre_1")),
    ("get_product_video", lambda c: c.product_videos.retrieve("vid_1")),
    ("list_product_videos", lambda c: c.product_videos.list()),
    ("list_product_previews", lambda c: c.previews.list()),
    ("list_public_avatars", lambda c: c.avatars.list_public()),
    ("list_custom_avatars", lambda c: c.avatars.list_custom()),
    ("list_photo_avatars", lambda c: c.avatars.list_photo()),
    ("list_product_avatars", lambda c: c.avatars.list_product()),
    ("list_voices", lambda c: c.voices.list()),
    ("list_custom_voices", lambda c: c.voices.list_custom()),
    ("list_musics", lambda c: c.musics.list()),
    ("list_visual_styles", lambda c: c.visual_styles.list()),
    (
        "create_video_from_avatar",
        lambda c: c.avatar_videos.create(avatar=127, voice="en-US-1", script="Hello"),
    ),
    ("get_avatar_video", lambda c: c.avatar_videos.retrieve("av_1")),
    ("list_templates", lambda c: c.templates.list()),
    ("list_custom_templates", lambda c: c.templates.list_custom()),
    ("get_custom_template", lambda c: c.templates.retrieve_custom(7)),
    (
        "create_video_from_template",
        lambda c: c.template_videos.create(
            7, voice_language="english", variables=[TemplateVariable.text("headline", "Hi")]
        ),
    ),
    ("get_template_video", lambda c: c.template_videos.retrieve("tv_1")),
    ("list_template_videos", lambda c: c.template_videos.list()),
    (
        "create_lip_sync_video",
        lambda c: c.lip_sync.create("https://m.test.example/v.mp4", "https://m.test.example/a.mp3"),
    ),
    ("get_lip_sync_video", lambda c: c.lip_sync.retrieve("ls_1")),
    (
        "create_video_translation",
        lambda c: c.translations.create("https://m.test.example/v.mp4", "spanish"),
    ),
    ("get_video_translation", lambda c: c.translations.retrieve("tr_1")),
    ("list_translation_languages", lambda c: c.translations.target_languages()),
    ("create_ai_script", lambda c: c.ai_scripts.create("english", 30, "Storytime", "prod_1")),
    ("get_ai_script", lambda c: c.ai_scripts.retrieve("sc_1")),
    (
        "generate_photo_avatar_photo",
        lambda c: c.photo_avatars.generate_photo(
            age="Adult",
            avatar_style="Social",
            gender="Female",
            model="modern",
            aspect_ratio="portrait",
        ),
    ),
    ("get_photo_avatar_photo", lambda c: c.photo_avatars.retrieve_photo("ph_1")),
    (
        "add_photo_avatar_motion",
        lambda c: c.photo_avatars.add_motion(
            "https://cdn.test.example/ph_1_0.png", name="Ava", voice="en-US-1", model="2.0"
        ),
    ),
    ("get_photo_avatar_motion", lambda c: c.photo_avatars.retrieve_motion("mo_1")),
    (
        "generate_product_avatar_images",
        lambda c: c.product_avatars.generate_images(
            "https://cdn.test.example/bottle.png", aspect_ratio="2:3", avatar=127
        ),
    ),
    ("get_product_avatar_generation", lambda c: c.product_avatars.retrieve_generation("ba_1")),
    (
        "add_product_avatar_motion",
        lambda c: c.product_avatars.add_motion(
            "ge_1", name="Presenter", voice="en-US-1", description="holds the bottle"
        ),
    ),
    ("get_product_avatar_motion", lambda c: c.product_avatars.retrieve_motion("pm_1")),
    ("create_upload_url", lambda c: c.assets.upload(b"\x89PNG\r\n", filename="logo.png")),
    ("get_current_user", lambda c: c.user.whoami()),
    ("get_remaining_quota", lambda c: c.user.remaining_quota()),
    ("list_webhook_endpoints", lambda c: c.webhooks.list_endpoints()),
    (
        "create_webhook_endpoint",
        lambda c: c.webhooks.create_endpoint(
            "https://hooks.test.example/b", ["generated_video_success"]
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
]


def _endpoint(op_id: str) -> Any:
    """The generated endpoint module of ``op_id`` (jogg_api.api.<tag>.<operationId>)."""
    import importlib
    import pkgutil

    import jogg_api.api

    for group in pkgutil.iter_modules(jogg_api.api.__path__):
        name = f"jogg_api.api.{group.name}.{op_id}"
        if importlib.util.find_spec(name) is not None:
            return importlib.import_module(name)
    return None


def test_every_spec_operation_has_a_generated_request_builder_with_its_method_and_path() -> None:
    # The facade takes method and path from each endpoint's _get_kwargs (jogg/_wire.py):
    # this pins that contract for the pinned generator version.
    spec = spec_operations()
    assert sorted(set(spec) - {name for name, _ in CALLS}) == [], "new in the spec: no facade call"
    missing = sorted(op_id for op_id in spec if _endpoint(op_id) is None)
    assert not missing, f"operations of the spec without a generated endpoint: {missing}"
    differing = {}
    for op_id, (method, path) in spec.items():
        endpoint = _endpoint(op_id)
        arguments: dict[str, Any] = {name: "ID" for name in re.findall(r"{(\w+)}", path)}
        if "body" in inspect.signature(endpoint._get_kwargs).parameters:
            arguments["body"] = types.SimpleNamespace(to_dict=dict)
        parts = _wire.request_parts(endpoint, arguments)
        if (parts.method, parts.path) != (method, re.sub(r"{\w+}", "ID", path)):
            differing[op_id] = (parts.method, parts.path, method, path)
    assert not differing, f"request builders that disagree with the spec: {differing}"


@pytest.mark.anyio
async def test_every_spec_operation_is_reached_through_the_facade(flavor: str) -> None:
    api = rest_api()
    client = api.client(flavor)
    for expected, call in CALLS:
        before = len(api.requests)
        result = await resolve(call(client))
        if hasattr(result, "__next__") or hasattr(result, "__anext__"):
            await take(result)
        reached = api.operations()[before:]
        assert expected in reached, f"{expected}: the call sent {reached}"
    reached_all = {op for op in api.operations() if op is not None}
    never = sorted(set(spec_operations()) - reached_all)
    assert not never, f"operations of the spec never reached through the facade: {never}"


def test_the_table_above_names_each_spec_operation_once() -> None:
    named = [op_id for op_id, _ in CALLS]
    assert len(named) == len(set(named))
    assert set(named) == set(spec_operations())
