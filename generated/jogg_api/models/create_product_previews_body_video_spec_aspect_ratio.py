# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateProductPreviewsBodyVideoSpecAspectRatio = Literal["landscape", "portrait", "square"]

CREATE_PRODUCT_PREVIEWS_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES: set[
    CreateProductPreviewsBodyVideoSpecAspectRatio
] = {
    "landscape",
    "portrait",
    "square",
}


def check_create_product_previews_body_video_spec_aspect_ratio(
    value: str,
) -> CreateProductPreviewsBodyVideoSpecAspectRatio:
    if value in CREATE_PRODUCT_PREVIEWS_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRODUCT_PREVIEWS_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES!r}"
    )
