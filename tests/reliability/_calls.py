"""Every operation of openapi/jogg-v2.yaml, called through the facade with valid arguments.

Keyed by operationId. An operation missing here (or whose facade method does not exist)
fails the coverage and fuzz tests: nothing is skipped.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

import jogg

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "jogg-v2.yaml"
MEDIA = "https://cdn.example.com/media"


@functools.cache
def spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(SPEC.read_text(), Loader=loader)
    return document


def spec_operations() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path) for every operation of the spec."""
    ops: dict[str, tuple[str, str]] = {}
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                ops[op["operationId"]] = (method.upper(), path)
    return ops


def drain(items: Iterable[Any]) -> list[Any]:
    """The first items of a list call (a fuzzed answer may claim endless pages)."""
    return list(itertools.islice(items, 60))


Caller = Callable[[jogg.Jogg], Any]

CALLS: dict[str, Caller] = {
    "create_product": lambda c: c.products.create(f"{MEDIA}/product"),
    "update_product": lambda c: c.products.update("p1", name="Mug"),
    "create_video_from_product": lambda c: c.product_videos.create(
        "p1", avatar=127, voice="en-US-ChristopherNeural"
    ),
    "create_product_previews": lambda c: c.previews.create(
        "p1", avatar=127, voice="en-US-ChristopherNeural", visual_styles=["Simple Product"]
    ),
    "render_product_preview": lambda c: c.previews.render("pr1"),
    "get_product_video": lambda c: c.product_videos.retrieve("v1"),
    "list_product_videos": lambda c: drain(c.product_videos.list()),
    "list_product_previews": lambda c: drain(c.previews.list()),
    "list_public_avatars": lambda c: drain(c.avatars.list_public()),
    "list_custom_avatars": lambda c: drain(c.avatars.list_custom()),
    "list_photo_avatars": lambda c: drain(c.avatars.list_photo()),
    "list_product_avatars": lambda c: drain(c.avatars.list_product()),
    "list_voices": lambda c: drain(c.voices.list()),
    "list_custom_voices": lambda c: drain(c.voices.list_custom()),
    "list_musics": lambda c: drain(c.musics.list()),
    "list_visual_styles": lambda c: drain(c.visual_styles.list()),
    "create_video_from_avatar": lambda c: c.avatar_videos.create(
        avatar=127, voice="en-US-ChristopherNeural", script="Hello there"
    ),
    "get_avatar_video": lambda c: c.avatar_videos.retrieve("a1"),
    "list_templates": lambda c: drain(c.templates.list()),
    "list_custom_templates": lambda c: drain(c.templates.list_custom()),
    "get_custom_template": lambda c: c.templates.retrieve_custom(7),
    "create_video_from_template": lambda c: c.template_videos.create(
        7,
        voice_language="english",
        variables=[jogg.TemplateVariable.text("headline", "Hello")],
    ),
    "get_template_video": lambda c: c.template_videos.retrieve("t1"),
    "list_template_videos": lambda c: drain(c.template_videos.list()),
    "create_lip_sync_video": lambda c: c.lip_sync.create(f"{MEDIA}/v.mp4", f"{MEDIA}/a.mp3"),
    "get_lip_sync_video": lambda c: c.lip_sync.retrieve("l1"),
    "create_video_translation": lambda c: c.translations.create(f"{MEDIA}/v.mp4", "spanish"),
    "get_video_translation": lambda c: c.translations.retrieve("tr1"),
    "list_translation_languages": lambda c: c.translations.target_languages(),
    "create_ai_script": lambda c: c.ai_scripts.create(
        "english", 30, "Storytime", "A mug that keeps coffee hot"
    ),
    "get_ai_script": lambda c: c.ai_scripts.retrieve("s1"),
    "generate_photo_avatar_photo": lambda c: c.photo_avatars.generate_photo(
        age="Adult",
        avatar_style="Professional",
        gender="Female",
        model="classic",
        aspect_ratio="portrait",
    ),
    "get_photo_avatar_photo": lambda c: c.photo_avatars.retrieve_photo("ph1"),
    "add_photo_avatar_motion": lambda c: c.photo_avatars.add_motion(
        f"{MEDIA}/face.png", name="Ann", voice="en-US-ChristopherNeural", model="2.0"
    ),
    "get_photo_avatar_motion": lambda c: c.photo_avatars.retrieve_motion("m1"),
    "generate_product_avatar_images": lambda c: c.product_avatars.generate_images(
        f"{MEDIA}/product.png", aspect_ratio="portrait", avatar=127
    ),
    "get_product_avatar_generation": lambda c: c.product_avatars.retrieve_generation("b1"),
    "add_product_avatar_motion": lambda c: c.product_avatars.add_motion(
        "g1", name="Ann", voice="en-US-ChristopherNeural", description="holds the mug"
    ),
    "get_product_avatar_motion": lambda c: c.product_avatars.retrieve_motion("m1"),
    "create_upload_url": lambda c: c.assets.upload(b"\x89PNG....", filename="a.png"),
    "get_current_user": lambda c: c.user.whoami(),
    "get_remaining_quota": lambda c: c.user.remaining_quota(),
    "list_webhook_endpoints": lambda c: c.webhooks.list_endpoints(),
    "create_webhook_endpoint": lambda c: c.webhooks.create_endpoint(
        "https://hooks.example.com/jogg", ["generated_video_success"]
    ),
    "update_webhook_endpoint": lambda c: c.webhooks.update_endpoint(
        "e1",
        url="https://hooks.example.com/jogg",
        events=["generated_video_success"],
        enabled=False,
    ),
    "delete_webhook_endpoint": lambda c: c.webhooks.delete_endpoint("e1"),
    "list_webhook_events": lambda c: c.webhooks.list_events(),
}
