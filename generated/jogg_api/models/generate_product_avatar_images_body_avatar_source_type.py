# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GenerateProductAvatarImagesBodyAvatarSourceType = Literal["description", "id", "image"]

GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_TYPE_VALUES: set[
    GenerateProductAvatarImagesBodyAvatarSourceType
] = {
    "description",
    "id",
    "image",
}


def check_generate_product_avatar_images_body_avatar_source_type(
    value: str,
) -> GenerateProductAvatarImagesBodyAvatarSourceType:
    if value in GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_TYPE_VALUES!r}"
    )
