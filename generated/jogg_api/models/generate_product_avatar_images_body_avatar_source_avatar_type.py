# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GenerateProductAvatarImagesBodyAvatarSourceAvatarType = Literal["custom", "photo", "public"]

GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_AVATAR_TYPE_VALUES: set[
    GenerateProductAvatarImagesBodyAvatarSourceAvatarType
] = {
    "custom",
    "photo",
    "public",
}


def check_generate_product_avatar_images_body_avatar_source_avatar_type(
    value: str,
) -> GenerateProductAvatarImagesBodyAvatarSourceAvatarType:
    if value in GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_AVATAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_AVATAR_TYPE_VALUES!r}"
    )
