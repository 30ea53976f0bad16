# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
"""Optional request-body fields that the facade does not send under a name of its
own: the spec has them, no facade call passes them yet. Each TypedDict is unpacked
among the keyword arguments of the facade methods that send that body; FIELDS says
where each keyword goes in the body (a path of wire names) and which values it takes.
Written by scripts/body_keywords.py from the spec and the facade's source.
"""

from typing import Any, TypedDict

__all__ = [
    "AddPhotoAvatarMotionKeywords",
    "AddProductAvatarMotionKeywords",
    "CreateAiScriptKeywords",
    "CreateLipSyncVideoKeywords",
    "CreateProductKeywords",
    "CreateProductPreviewsKeywords",
    "CreateUploadUrlKeywords",
    "CreateVideoFromAvatarKeywords",
    "CreateVideoFromProductKeywords",
    "CreateVideoFromTemplateKeywords",
    "CreateVideoTranslationKeywords",
    "CreateWebhookEndpointKeywords",
    "GeneratePhotoAvatarPhotoKeywords",
    "GenerateProductAvatarImagesKeywords",
    "RenderProductPreviewKeywords",
    "UpdateProductKeywords",
    "UpdateWebhookEndpointKeywords",
    "FIELDS",
]


class AddPhotoAvatarMotionKeywords(TypedDict, total=False):
    """New optional fields of the add_photo_avatar_motion body."""


class AddProductAvatarMotionKeywords(TypedDict, total=False):
    """New optional fields of the add_product_avatar_motion body."""


class CreateAiScriptKeywords(TypedDict, total=False):
    """New optional fields of the create_ai_script body."""


class CreateLipSyncVideoKeywords(TypedDict, total=False):
    """New optional fields of the create_lip_sync_video body."""


class CreateProductKeywords(TypedDict, total=False):
    """New optional fields of the create_product body."""


class CreateProductPreviewsKeywords(TypedDict, total=False):
    """New optional fields of the create_product_previews body."""


class CreateUploadUrlKeywords(TypedDict, total=False):
    """New optional fields of the create_upload_url body."""


class CreateVideoFromAvatarKeywords(TypedDict, total=False):
    """New optional fields of the create_video_from_avatar body."""


class CreateVideoFromProductKeywords(TypedDict, total=False):
    """New optional fields of the create_video_from_product body."""


class CreateVideoFromTemplateKeywords(TypedDict, total=False):
    """New optional fields of the create_video_from_template body."""


class CreateVideoTranslationKeywords(TypedDict, total=False):
    """New optional fields of the create_video_translation body."""


class CreateWebhookEndpointKeywords(TypedDict, total=False):
    """New optional fields of the create_webhook_endpoint body."""


class GeneratePhotoAvatarPhotoKeywords(TypedDict, total=False):
    """New optional fields of the generate_photo_avatar_photo body."""


class GenerateProductAvatarImagesKeywords(TypedDict, total=False):
    """New optional fields of the generate_product_avatar_images body."""


class RenderProductPreviewKeywords(TypedDict, total=False):
    """New optional fields of the render_product_preview body."""


class UpdateProductKeywords(TypedDict, total=False):
    """New optional fields of the update_product body."""


class UpdateWebhookEndpointKeywords(TypedDict, total=False):
    """New optional fields of the update_webhook_endpoint body."""


# operationId -> keyword -> (path in the body, JSON type, allowed values or ()).
FIELDS: dict[str, dict[str, tuple[tuple[str, ...], str, tuple[Any, ...]]]] = {
    "add_photo_avatar_motion": {},
    "add_product_avatar_motion": {},
    "create_ai_script": {},
    "create_lip_sync_video": {},
    "create_product": {},
    "create_product_previews": {},
    "create_upload_url": {},
    "create_video_from_avatar": {},
    "create_video_from_product": {},
    "create_video_from_template": {},
    "create_video_translation": {},
    "create_webhook_endpoint": {},
    "generate_photo_avatar_photo": {},
    "generate_product_avatar_images": {},
    "render_product_preview": {},
    "update_product": {},
    "update_webhook_endpoint": {},
}
