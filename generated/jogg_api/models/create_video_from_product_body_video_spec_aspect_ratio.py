# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromProductBodyVideoSpecAspectRatio = Literal["landscape", "portrait", "square"]

CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES: set[
    CreateVideoFromProductBodyVideoSpecAspectRatio
] = {
    "landscape",
    "portrait",
    "square",
}


def check_create_video_from_product_body_video_spec_aspect_ratio(
    value: str,
) -> CreateVideoFromProductBodyVideoSpecAspectRatio:
    if value in CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES!r}"
    )
