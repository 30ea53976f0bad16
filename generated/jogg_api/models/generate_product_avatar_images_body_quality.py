# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GenerateProductAvatarImagesBodyQuality = Literal["high", "low", "medium"]

GENERATE_PRODUCT_AVATAR_IMAGES_BODY_QUALITY_VALUES: set[GenerateProductAvatarImagesBodyQuality] = {
    "high",
    "low",
    "medium",
}


def check_generate_product_avatar_images_body_quality(
    value: str,
) -> GenerateProductAvatarImagesBodyQuality:
    if value in GENERATE_PRODUCT_AVATAR_IMAGES_BODY_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PRODUCT_AVATAR_IMAGES_BODY_QUALITY_VALUES!r}"
    )
