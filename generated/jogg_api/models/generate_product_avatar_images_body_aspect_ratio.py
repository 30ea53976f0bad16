# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GenerateProductAvatarImagesBodyAspectRatio = Literal["1:1", "2:3", "3:2"]

GENERATE_PRODUCT_AVATAR_IMAGES_BODY_ASPECT_RATIO_VALUES: set[
    GenerateProductAvatarImagesBodyAspectRatio
] = {
    "1:1",
    "2:3",
    "3:2",
}


def check_generate_product_avatar_images_body_aspect_ratio(
    value: str,
) -> GenerateProductAvatarImagesBodyAspectRatio:
    if value in GENERATE_PRODUCT_AVATAR_IMAGES_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PRODUCT_AVATAR_IMAGES_BODY_ASPECT_RATIO_VALUES!r}"
    )
