# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

AddProductAvatarMotionBodyAspectRatio = Literal["landscape", "portrait", "square"]

ADD_PRODUCT_AVATAR_MOTION_BODY_ASPECT_RATIO_VALUES: set[AddProductAvatarMotionBodyAspectRatio] = {
    "landscape",
    "portrait",
    "square",
}


def check_add_product_avatar_motion_body_aspect_ratio(
    value: str,
) -> AddProductAvatarMotionBodyAspectRatio:
    if value in ADD_PRODUCT_AVATAR_MOTION_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PRODUCT_AVATAR_MOTION_BODY_ASPECT_RATIO_VALUES!r}"
    )
