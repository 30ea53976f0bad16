# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateProductPreviewsBodyVideoSpecLength = Literal["15", "30", "60"]

CREATE_PRODUCT_PREVIEWS_BODY_VIDEO_SPEC_LENGTH_VALUES: set[
    CreateProductPreviewsBodyVideoSpecLength
] = {
    "15",
    "30",
    "60",
}


def check_create_product_previews_body_video_spec_length(
    value: str,
) -> CreateProductPreviewsBodyVideoSpecLength:
    if value in CREATE_PRODUCT_PREVIEWS_BODY_VIDEO_SPEC_LENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRODUCT_PREVIEWS_BODY_VIDEO_SPEC_LENGTH_VALUES!r}"
    )
