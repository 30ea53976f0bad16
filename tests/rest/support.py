"""Data for the REST facade tests: a plausible answer for every operation of the spec, and
the kit's scripted API set up to give it (tests/kit.py has the clock and the API)."""

from __future__ import annotations

from typing import Any

from ..kit import ScriptedAPI, VirtualClock

SIGNED_QUERY = "X-Signature=SECRET-SIGNATURE-c0ffee&X-Expires=3600"
SIGN_URL = f"https://storage.test.example/bucket/asset-77.png?{SIGNED_QUERY}"
ASSET_URL = "https://res.test.example/assets/asset-77.png"


# A plausible `data` for every operation, enough for the facade to build its result.
CANNED: dict[str, Any] = {
    "create_product": {"product_id": "prod_1"},
    "update_product": None,
    "create_video_from_product": {"video_id": "vid_1"},
    "create_product_previews": {"previews": [{"preview_id": "pre_1", "status": "pending"}]},
    "render_product_preview": {"video_id": "vid_2"},
    "get_product_video": {"video_id": "vid_1", "status": "processing"},
    "list_product_videos": {"videos": [], "total": 0},
    "list_product_previews": {"previews": [], "total": 0},
    "list_public_avatars": {"avatars": [{"id": 127, "name": "Ava"}], "total": 1},
    "list_custom_avatars": {"avatars": [], "total": 0},
    "list_photo_avatars": {"avatars": [], "total": 0},
    "list_product_avatars": {"product_avatars": []},
    "list_voices": {"voices": [{"voice_id": "en-US-1"}], "total": 1},
    "list_custom_voices": {"voices": []},
    "list_musics": {"musics": [], "total": 0},
    "list_visual_styles": {"visual_styles": []},
    "create_video_from_avatar": {"video_id": "av_1"},
    "get_avatar_video": {
        "video_id": "av_1",
        "status": "completed",
        "video_url": "https://cdn.test.example/av_1.mp4",
        "cover_url": "https://cdn.test.example/av_1.jpg",
        "created_at": 1750000000,
    },
    "list_templates": {
        "templates": [{"id": 149, "name": "Showcase", "aspect_ratio": 1, "cover_url": "x"}]
    },
    "list_custom_templates": {"templates": [{"id": 7, "name": "Mine", "aspect_ratio": 0}]},
    "get_custom_template": {
        "template_id": 7,
        "name": "Mine",
        "aspect_ratio": 2,
        "variables": [{"type": "text", "name": "headline"}, {"type": "image", "name": "logo"}],
    },
    "create_video_from_template": {"video_id": "tv_1"},
    "get_template_video": {
        "video_id": "tv_1",
        "status": "completed",
        "data": {"video_name": "Sale", "url": "https://cdn.test.example/tv_1.mp4"},
    },
    "list_template_videos": {
        "data": [{"video_id": "tv_1", "status": "completed", "video_name": "Sale"}],
        "pagination": {"page": 1, "page_size": 10, "total_items": 1, "total_pages": 1},
    },
    "create_lip_sync_video": {"task_id": "ls_1", "status": "pending"},
    "get_lip_sync_video": {
        "task_id": "ls_1",
        "status": "success",
        "data": {"result_url": "https://cdn.test.example/ls_1.mp4", "duration_seconds": 12.5},
    },
    "create_video_translation": {"video_translate_id": "tr_1"},
    "get_video_translation": {
        "video_translate_id": "tr_1",
        "status": "completed",
        "url": "https://cdn.test.example/tr_1.mp4",
        "subtitle_url": "https://cdn.test.example/tr_1.srt",
    },
    "list_translation_languages": {"languages": ["english", "spanish", "french"]},
    "create_ai_script": {"task_id": "sc_1"},
    "get_ai_script": {
        "task_id": "sc_1",
        "status": "completed",
        "data": {
            "generated_scripts": [
                {"script_style": "Storytime", "script_paragraphs": ["One.", "Two."]}
            ]
        },
    },
    "generate_photo_avatar_photo": {"photo_id": "ph_1"},
    "get_photo_avatar_photo": {
        "photo_id": "ph_1",
        "status": "success",
        "image_url_list": ["https://cdn.test.example/ph_1_0.png"],
        "image_key_list": ["k0"],
    },
    "add_photo_avatar_motion": {"avatar_id": 501, "motion_id": "mo_1", "status": "pending"},
    "get_photo_avatar_motion": {"motion_id": "mo_1", "avatar_id": 501, "status": "completed"},
    "generate_product_avatar_images": {
        "batch_id": "ba_1",
        "total_submitted": 2,
        "generations": [
            {"generation_id": "ge_1", "status": "pending"},
            {"generation_id": "ge_2", "status": "pending"},
        ],
    },
    "get_product_avatar_generation": {
        "batch_id": "ba_1",
        "generations": [
            {
                "generation_id": "ge_1",
                "status": "completed",
                "url": "https://cdn.test.example/1.png",
            },
            {"generation_id": "ge_2", "status": "failed"},
        ],
    },
    "add_product_avatar_motion": {"avatar_id": 601, "motion_id": "pm_1", "name": "Presenter"},
    "get_product_avatar_motion": {"motion_id": "pm_1", "avatar_id": 601, "status": "completed"},
    "create_upload_url": {"sign_url": SIGN_URL, "asset_url": ASSET_URL, "asset_id": 77},
    "get_current_user": {"email": "me@test.example", "username": "me"},
    "get_remaining_quota": {"remaining_quota": 42.5},
    "list_webhook_endpoints": {
        "endpoints": [
            {
                "endpoint_id": "wh_1",
                "url": "https://hooks.test.example/a",
                "secret": "whsec_listed",
                "status": "enabled",
                "events": ["generated_video_success"],
            }
        ]
    },
    "create_webhook_endpoint": {
        "endpoint_id": "wh_2",
        "url": "https://hooks.test.example/b",
        "secret": "whsec_new",
        "status": "enabled",
        "events": ["generated_avatar_video_success"],
    },
    "update_webhook_endpoint": {
        "endpoint_id": "wh_2",
        "url": "https://hooks.test.example/b",
        "status": "disabled",
        "events": ["generated_avatar_video_success"],
    },
    "delete_webhook_endpoint": {"message": "deleted"},
    "list_webhook_events": {"events": ["generated_video_success", "generated_video_failed"]},
}


def rest_api(clock: VirtualClock | None = None) -> ScriptedAPI:
    """The kit's scripted API as the REST tests use it: every operation answers with CANNED
    data unless a test scripts it, and POSTs are not paced."""
    return ScriptedAPI(clock, canned=CANNED, post_rate_limit=None)
