"""Every operation of the v2 API, named by the operationId of openapi/jogg-v2.yaml.

This table is the facade's only link to paths: a test checks it against the spec, so a
path that moves in a new spec version fails the suite rather than the user's call.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Operation:
    id: str
    method: str
    path: str
    # False where the spec's answer has no `data` (a bare {code, msg} is a success there).
    returns_data: bool = True


_TABLE = [
    ("create_product", "POST", "/v2/product"),
    ("update_product", "PUT", "/v2/product"),
    ("create_video_from_product", "POST", "/v2/create_video_from_product"),
    ("create_product_previews", "POST", "/v2/create_video_from_product/preview_list"),
    ("render_product_preview", "POST", "/v2/create_video_from_product/render_single_preview"),
    ("get_product_video", "GET", "/v2/product_video/{product_video_id}"),
    ("list_product_videos", "GET", "/v2/product_videos"),
    ("list_product_previews", "GET", "/v2/product_previews"),
    ("list_public_avatars", "GET", "/v2/avatars/public"),
    ("list_custom_avatars", "GET", "/v2/avatars/custom"),
    ("list_photo_avatars", "GET", "/v2/avatars/photo_avatars"),
    ("list_product_avatars", "GET", "/v2/avatars/product_avatars"),
    ("list_voices", "GET", "/v2/voices"),
    ("list_custom_voices", "GET", "/v2/voices/custom"),
    ("list_musics", "GET", "/v2/musics"),
    ("list_visual_styles", "GET", "/v2/visual_styles"),
    ("create_video_from_avatar", "POST", "/v2/create_video_from_avatar"),
    ("get_avatar_video", "GET", "/v2/avatar_video/{id}"),
    ("list_templates", "GET", "/v2/templates"),
    ("list_custom_templates", "GET", "/v2/templates/custom"),
    ("get_custom_template", "GET", "/v2/template/custom/{id}"),
    ("create_video_from_template", "POST", "/v2/create_video_with_template"),
    ("get_template_video", "GET", "/v2/template_video/{video_id}"),
    ("list_template_videos", "GET", "/v2/template_videos"),
    ("create_lip_sync_video", "POST", "/v2/create_lip_sync_video"),
    ("get_lip_sync_video", "GET", "/v2/lip_sync_video/{task_id}"),
    ("create_video_translation", "POST", "/v2/video_translate/"),
    ("get_video_translation", "GET", "/v2/video_translate/{video_translate_id}"),
    ("list_translation_languages", "GET", "/v2/video_translate/target_languages"),
    ("create_ai_script", "POST", "/v2/ai_scripts"),
    ("get_ai_script", "GET", "/v2/ai_scripts/results/{task_id}"),
    ("generate_photo_avatar_photo", "POST", "/v2/photo_avatar/photo/generate"),
    ("get_photo_avatar_photo", "GET", "/v2/photo_avatar/photo"),
    ("add_photo_avatar_motion", "POST", "/v2/photo_avatar/add_motion"),
    ("get_photo_avatar_motion", "GET", "/v2/photo_avatar"),
    ("generate_product_avatar_images", "POST", "/v2/product_avatar/generation"),
    ("get_product_avatar_generation", "GET", "/v2/product_avatar/generation/{batch_id}"),
    ("add_product_avatar_motion", "POST", "/v2/product_avatar/add_motion"),
    ("get_product_avatar_motion", "GET", "/v2/product_avatar"),
    ("create_upload_url", "POST", "/v2/upload/asset"),
    ("get_current_user", "GET", "/v2/user/whoami"),
    ("get_remaining_quota", "GET", "/v2/user/remaining_quota"),
    ("list_webhook_endpoints", "GET", "/v2/endpoints"),
    ("create_webhook_endpoint", "POST", "/v2/endpoint"),
    ("update_webhook_endpoint", "PUT", "/v2/endpoint/{endpoint_id}"),
    ("delete_webhook_endpoint", "DELETE", "/v2/endpoint/{endpoint_id}"),
    ("list_webhook_events", "GET", "/v2/events"),
]

# Answers that may be a bare {code, msg}: the spec gives update_product no data, and a
# deletion has nothing to return even where the spec shows a message.
_NO_DATA = {"update_product", "delete_webhook_endpoint"}

OPERATIONS: dict[str, Operation] = {
    op_id: Operation(op_id, method, path, returns_data=op_id not in _NO_DATA)
    for op_id, method, path in _TABLE
}


def operation(op_id: str) -> Operation:
    return OPERATIONS[op_id]
