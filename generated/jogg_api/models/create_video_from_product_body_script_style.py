# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromProductBodyScriptStyle = Literal[
    "Data", "Discovery", "Don't Worry", "Light marketing", "Storytime", "Top 3 reasons"
]

CREATE_VIDEO_FROM_PRODUCT_BODY_SCRIPT_STYLE_VALUES: set[CreateVideoFromProductBodyScriptStyle] = {
    "Data",
    "Discovery",
    "Don't Worry",
    "Light marketing",
    "Storytime",
    "Top 3 reasons",
}


def check_create_video_from_product_body_script_style(
    value: str,
) -> CreateVideoFromProductBodyScriptStyle:
    if value in CREATE_VIDEO_FROM_PRODUCT_BODY_SCRIPT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_PRODUCT_BODY_SCRIPT_STYLE_VALUES!r}"
    )
