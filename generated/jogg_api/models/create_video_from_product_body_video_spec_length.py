# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromProductBodyVideoSpecLength = Literal["15", "30", "60"]

CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_LENGTH_VALUES: set[
    CreateVideoFromProductBodyVideoSpecLength
] = {
    "15",
    "30",
    "60",
}


def check_create_video_from_product_body_video_spec_length(
    value: str,
) -> CreateVideoFromProductBodyVideoSpecLength:
    if value in CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_LENGTH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_LENGTH_VALUES!r}"
    )
