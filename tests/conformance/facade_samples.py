"""Sample arguments for every public facade method and builder: the one table the facade
map generator (facade_map.py) calls the facade with.

Each ``Sample`` gives a base call (every argument by name) and, per parameter, how to probe
it: an optional parameter of the base call is left out; a parameter in ``second`` is given
that value instead (a required one must be here, and so must an optional one the base
leaves out), with the arguments of ``also`` changed at the same time (for arguments that
depend on each other; ``DROP`` leaves one out). Samples differ from the defaults, so that
leaving one out shows.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

import attrs

from jogg import ProductMediaItem, ProductVideoSpec, TemplateVariable
from jogg.types import WebhookEndpoint


@attrs.frozen
class Sample:
    kwargs: Mapping[str, Any]
    second: Mapping[str, Any] = attrs.field(factory=dict)
    also: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)


class _Drop:
    def __repr__(self) -> str:
        return "DROP"


DROP: Any = _Drop()  # in ``also``: leave this argument out


def _progress(job: Any, elapsed: float) -> None:
    return None


URL = "https://shop.test.example/p"
URL_2 = "https://shop.test.example/q"
VIDEO_URL = "https://m.test.example/in.mp4"
AUDIO_URL = "https://m.test.example/in.mp3"
IMAGE_URL = "https://m.test.example/face.png"
HOOK_URL = "https://hooks.test.example/a"
HOOK_URL_2 = "https://hooks.test.example/b"

SPEC_FIELDS: dict[str, Any] = {
    "avatar": 127,
    "voice": "en-US-1",
    "length": 15,
    "aspect_ratio": "portrait",
    "script_style": "Data",
    "language": "german",
    "avatar_type": "custom",
    "music_id": 3,
    "visual_style": "Clean Studio",
    "caption": True,
    "name": "Ad",
    "override_script": "Buy it.",
    "webhook_url": HOOK_URL,
}
SPEC_FIELDS_2: dict[str, Any] = {
    "avatar": 128,
    "voice": "en-US-2",
    "length": 60,
    "aspect_ratio": "square",
    "script_style": "Discovery",
    "language": "french",
    "avatar_type": "public",
    "music_id": 4,
    "visual_style": "Bold",
    "caption": False,
    "name": "Ad 2",
    "override_script": "Buy two.",
    "webhook_url": HOOK_URL_2,
}
SPEC = ProductVideoSpec(**SPEC_FIELDS)
SPEC_2 = ProductVideoSpec(**SPEC_FIELDS_2)
MEDIA = [ProductMediaItem(IMAGE_URL, kind="video", name="a", description="d")]
MEDIA_2 = [ProductMediaItem(URL_2, kind="image", name="b", description="e")]
VARIABLES = [TemplateVariable.text("headline", "Sale")]
VARIABLES_2 = [TemplateVariable.image("logo", url=IMAGE_URL)]
ENDPOINT = WebhookEndpoint(
    id="wh_2", url=HOOK_URL_2, enabled=True, events=("generated_video_failed",)
)
ENDPOINT_2 = attrs.evolve(ENDPOINT, id="wh_3")

WAIT: dict[str, Any] = {"timeout": 600.0, "poll_interval": 2.5}
WAIT_SECOND: dict[str, Any] = {"on_progress": _progress}
HISTORY = Sample(
    {"status": "completed", "sort_by": "created_at", "sort_order": "asc", "page_size": 5}
)

HOOK_SECRET = "whsec_sample"
HOOK_BODY = json.dumps(
    {"event": "generated_video_success", "timestamp": 1750000000, "data": {"video_id": "v_1"}}
).encode()
HOOK_SIGNATURE = hmac.new(HOOK_SECRET.encode(), HOOK_BODY, hashlib.sha256).hexdigest()


def _job(id_name: str, first: str, second: str) -> tuple[Sample, Sample]:
    """The samples of a job's retrieve and wait methods."""
    return (
        Sample({id_name: first}, second={id_name: second}),
        Sample({id_name: first, **WAIT}, second={id_name: second, **WAIT_SECOND}),
    )


def _and_wait(sample: Sample) -> Sample:
    """The sample of a create_and_wait method from the sample of its create."""
    return Sample(
        {**sample.kwargs, **WAIT},
        second={**sample.second, **WAIT_SECOND},
        also=sample.also,
    )


PRODUCT_VIDEO_CREATE = Sample(
    {"product_id": "prod_1", "spec": SPEC},
    second={"product_id": "prod_2", "spec": SPEC_2, **SPEC_FIELDS_2},
)
AVATAR_VIDEO_CREATE = Sample(
    {
        "avatar": 127,
        "voice": "en-US-1",
        "script": "Hello there.",
        "aspect_ratio": "landscape",
        "screen_style": "split_screen",
        "avatar_type": "custom",
        "caption": True,
        "name": "Hi",
        "webhook_url": HOOK_URL,
    },
    second={"avatar": 128, "voice": "en-US-2", "script": "Bye now.", "audio_url": AUDIO_URL},
    also={"audio_url": {"script": DROP}},
)
TEMPLATE_VIDEO_CREATE = Sample(
    {
        "template_id": 149,
        "voice_language": "english",
        "variables": VARIABLES,
        "name": "Sale",
        "avatar": 127,
        "avatar_type": "custom",
        "voice": "en-US-1",
        "captions": True,
        "music_id": 3,
        "disable_random_transitions": True,
        "disable_random_motion": True,
        "disable_transitions": True,
        "disable_motion": True,
        "webhook_url": HOOK_URL,
    },
    second={
        "template_id": 150,
        "voice_language": "german",
        "variables": VARIABLES_2,
        "avatar": 128,
    },
)
LIP_SYNC_CREATE = Sample(
    {"video_url": VIDEO_URL, "audio_url": AUDIO_URL, "playback_type": "normal_reverse"},
    second={"video_url": URL, "audio_url": URL_2},
)
TRANSLATION_CREATE = Sample(
    {
        "video_url": VIDEO_URL,
        "output_language": "spanish",
        "title": "Hola",
        "translate_audio_only": True,
        "output_voice": "es-ES-1",
        "add_subtitles": True,
        "enable_dynamic_duration": True,
        "callback_url": HOOK_URL,
    },
    second={"video_url": URL, "output_language": "french"},
)
AI_SCRIPT_CREATE = Sample(
    {
        "language": "german",
        "video_length_seconds": 15,
        "script_style": "Data",
        "product_info": "prod_1",
        "target_audience": "Everyone",
    },
    second={
        "language": "french",
        "video_length_seconds": 60,
        "script_style": "Discovery",
        "product_info": {"name": "Blush", "description": "Pink"},
    },
)
PHOTO_GENERATE = Sample(
    {
        "age": "Adult",
        "avatar_style": "Social",
        "gender": "Female",
        "model": "modern",
        "aspect_ratio": "square",
        "ethnicity": "European",
        "background": "Beach",
        "appearance": "Smiling",
        "image_url": IMAGE_URL,
    },
    second={
        "age": "Elderly",
        "avatar_style": "Professional",
        "gender": "Male",
        "model": "classic",
        "aspect_ratio": "portrait",
    },
)
PHOTO_MOTION = Sample(
    {
        "image_url": IMAGE_URL,
        "name": "Me",
        "voice": "en-US-1",
        "model": "2.0",
        "photo_id": "ph_1",
        "description": "Waving",
        "welcome_message": "Hi",
    },
    second={"image_url": URL, "name": "You", "voice": "en-US-2", "model": "3.0"},
)
PRODUCT_AVATAR_IMAGES = Sample(
    {
        "product_image_url": IMAGE_URL,
        "aspect_ratio": "portrait",
        "avatar": 127,
        "avatar_type": "custom",
        "quality": "high",
        "num_images": 2,
        "prompt": "On a beach",
        "webhook_url": HOOK_URL,
    },
    second={
        "product_image_url": URL,
        "aspect_ratio": "square",
        "avatar": 128,
        "avatar_image_url": URL_2,
        "avatar_description": "A tall person",
    },
    also={
        "avatar_image_url": {"avatar": DROP, "avatar_type": DROP},
        "avatar_description": {"avatar": DROP, "avatar_type": DROP},
    },
)
PRODUCT_AVATAR_MOTION = Sample(
    {
        "generation_id": "ge_1",
        "name": "Presenter",
        "voice": "en-US-1",
        "description": "Holds it",
        "model": 1,
        "aspect_ratio": "square",
    },
    second={"generation_id": "ge_2", "name": "Host", "voice": "en-US-2", "description": "Shows it"},
)

_PV_RETRIEVE, _PV_WAIT = _job("video_id", "vid_1", "vid_2")
_AV_RETRIEVE, _AV_WAIT = _job("video_id", "av_1", "av_2")
_TV_RETRIEVE, _TV_WAIT = _job("video_id", "tv_1", "tv_2")
_LS_RETRIEVE, _LS_WAIT = _job("task_id", "ls_1", "ls_2")
_TR_RETRIEVE, _TR_WAIT = _job("translation_id", "tr_1", "tr_2")
_AI_RETRIEVE, _AI_WAIT = _job("task_id", "sc_1", "sc_2")
_PH_RETRIEVE, _PH_WAIT = _job("photo_id", "ph_1", "ph_2")
_PM_RETRIEVE, _PM_WAIT = _job("motion_id", "mo_1", "mo_2")
_GEN_RETRIEVE, _GEN_WAIT = _job("batch_id", "ba_1", "ba_2")
_PAM_RETRIEVE, _PAM_WAIT = _job("motion_id", "pm_1", "pm_2")

# "resource.method" -> its sample. The async twins take the same arguments.
METHODS: dict[str, Sample] = {
    "ai_scripts.create": AI_SCRIPT_CREATE,
    "ai_scripts.create_and_wait": _and_wait(AI_SCRIPT_CREATE),
    "ai_scripts.retrieve": _AI_RETRIEVE,
    "ai_scripts.wait": _AI_WAIT,
    "assets.upload": Sample(
        {"file": b"\x89PNG\r\n\x1a\n", "filename": "logo.png", "content_type": "image/jpeg"},
        second={"file": b"\x89PNG\r\n\x1a\n\x00"},
    ),
    "avatar_videos.create": AVATAR_VIDEO_CREATE,
    "avatar_videos.create_and_wait": _and_wait(AVATAR_VIDEO_CREATE),
    "avatar_videos.retrieve": _AV_RETRIEVE,
    "avatar_videos.wait": _AV_WAIT,
    "avatars.list_custom": Sample({"name": "Me", "status": "failed", "page_size": 5}),
    "avatars.list_photo": Sample({"name": "Me", "status": "failed", "page_size": 5}),
    "avatars.list_product": Sample({"aspect_ratio": "portrait"}),
    "avatars.list_public": Sample(
        {
            "aspect_ratio": "square",
            "style": "social",
            "gender": "female",
            "age": "senior",
            "scene": "news",
            "ethnicity": "european",
            "page_size": 5,
        }
    ),
    "lip_sync.create": LIP_SYNC_CREATE,
    "lip_sync.create_and_wait": _and_wait(LIP_SYNC_CREATE),
    "lip_sync.retrieve": _LS_RETRIEVE,
    "lip_sync.wait": _LS_WAIT,
    "musics.list": Sample({"page_size": 5}),
    "photo_avatars.add_motion": PHOTO_MOTION,
    "photo_avatars.add_motion_and_wait": _and_wait(PHOTO_MOTION),
    "photo_avatars.generate_photo": PHOTO_GENERATE,
    "photo_avatars.generate_photo_and_wait": _and_wait(PHOTO_GENERATE),
    "photo_avatars.retrieve_motion": _PM_RETRIEVE,
    "photo_avatars.retrieve_photo": _PH_RETRIEVE,
    "photo_avatars.wait_motion": _PM_WAIT,
    "photo_avatars.wait_photo": _PH_WAIT,
    "previews.create": Sample(
        {"product_id": "prod_1", "spec": SPEC, "visual_styles": ["Clean Studio", "Bold"]},
        second={
            "product_id": "prod_2",
            "spec": SPEC_2,
            "visual_styles": ["Minimal"],
            **SPEC_FIELDS_2,
        },
    ),
    "previews.list": HISTORY,
    "previews.render": Sample({"preview_id": "pre_1"}, second={"preview_id": "pre_2"}),
    "product_avatars.add_motion": PRODUCT_AVATAR_MOTION,
    "product_avatars.add_motion_and_wait": _and_wait(PRODUCT_AVATAR_MOTION),
    "product_avatars.generate_images": PRODUCT_AVATAR_IMAGES,
    "product_avatars.generate_images_and_wait": _and_wait(PRODUCT_AVATAR_IMAGES),
    "product_avatars.retrieve_generation": _GEN_RETRIEVE,
    "product_avatars.retrieve_motion": _PAM_RETRIEVE,
    "product_avatars.wait_generation": _GEN_WAIT,
    "product_avatars.wait_motion": _PAM_WAIT,
    "product_videos.create": PRODUCT_VIDEO_CREATE,
    "product_videos.create_and_wait": _and_wait(PRODUCT_VIDEO_CREATE),
    "product_videos.list": HISTORY,
    "product_videos.retrieve": _PV_RETRIEVE,
    "product_videos.wait": _PV_WAIT,
    "products.create": Sample(
        {
            "url": URL,
            "name": "Blush",
            "description": "Pink",
            "target_audience": "Everyone",
            "media": MEDIA,
        }
    ),
    "products.update": Sample(
        {
            "product_id": "prod_1",
            "name": "Blush",
            "description": "Pink",
            "target_audience": "Everyone",
            "media": MEDIA,
        },
        second={"product_id": "prod_2"},
    ),
    "template_videos.create": TEMPLATE_VIDEO_CREATE,
    "template_videos.create_and_wait": _and_wait(TEMPLATE_VIDEO_CREATE),
    "template_videos.list": HISTORY,
    "template_videos.retrieve": _TV_RETRIEVE,
    "template_videos.wait": _TV_WAIT,
    "templates.list": Sample({"aspect_ratio": "square"}),
    "templates.list_custom": Sample({"aspect_ratio": "square"}),
    "templates.retrieve_custom": Sample({"template_id": 7}, second={"template_id": 8}),
    "translations.create": TRANSLATION_CREATE,
    "translations.create_and_wait": _and_wait(TRANSLATION_CREATE),
    "translations.retrieve": _TR_RETRIEVE,
    "translations.target_languages": Sample({}),
    "translations.wait": _TR_WAIT,
    "user.remaining_quota": Sample({}),
    "user.whoami": Sample({}),
    "visual_styles.list": Sample({"aspect_ratio": "square"}),
    "voices.list": Sample(
        {"gender": "female", "language": "german", "age": "old", "use_case": "Ads", "page_size": 5}
    ),
    "voices.list_custom": Sample({"language": "german"}),
    "webhooks.create_endpoint": Sample(
        {"url": HOOK_URL, "events": ["generated_video_success"], "enabled": False},
        second={"url": HOOK_URL_2, "events": ["generated_video_failed"]},
    ),
    "webhooks.delete_endpoint": Sample({"endpoint_id": "wh_2"}, second={"endpoint_id": "wh_3"}),
    "webhooks.list_endpoints": Sample({}),
    "webhooks.list_events": Sample({}),
    "webhooks.parse": Sample(
        {
            "payload": HOOK_BODY,
            "headers": {"X-Webhook-Signature": HOOK_SIGNATURE},
            "secret": HOOK_SECRET,
        }
    ),
    "webhooks.update_endpoint": Sample(
        {
            "endpoint_id": ENDPOINT,
            "url": HOOK_URL,
            "events": ["generated_video_success"],
            "enabled": False,
        },
        second={"endpoint_id": ENDPOINT_2},
    ),
    "webhooks.verify": Sample(
        {"payload": HOOK_BODY, "signature": HOOK_SIGNATURE, "secret": HOOK_SECRET}
    ),
}

# Builders: each is probed inside a call that sends it (``host``), so that its fields are
# seen as the wire paths of that call's operation.
BUILDERS: dict[str, tuple[Sample, str, str]] = {
    # name: (sample, host method, the host's argument that takes the built value)
    "ProductVideoSpec": (
        Sample(SPEC_FIELDS, second=SPEC_FIELDS_2),
        "product_videos.create",
        "spec",
    ),
    "ProductMediaItem": (
        Sample(
            {"url": IMAGE_URL, "kind": "video", "name": "a", "description": "d"},
            second={"url": URL_2},
        ),
        "products.create",
        "media[]",
    ),
    "TemplateVariable": (
        Sample(
            {"type": "text", "name": "headline", "content": "Sale"},
            second={
                "type": "script",
                "name": "voiceover",
                "content": "Big sale",
                "url": IMAGE_URL,
                "asset_id": 77,
            },
            also={
                "url": {"type": "image", "content": DROP},
                "asset_id": {"type": "image", "content": DROP},
            },
        ),
        "template_videos.create",
        "variables[]",
    ),
}
