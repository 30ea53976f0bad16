# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromTemplateBodyVariablesItemType = Literal["image", "script", "text", "video"]

CREATE_VIDEO_FROM_TEMPLATE_BODY_VARIABLES_ITEM_TYPE_VALUES: set[
    CreateVideoFromTemplateBodyVariablesItemType
] = {
    "image",
    "script",
    "text",
    "video",
}


def check_create_video_from_template_body_variables_item_type(
    value: str,
) -> CreateVideoFromTemplateBodyVariablesItemType:
    if value in CREATE_VIDEO_FROM_TEMPLATE_BODY_VARIABLES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_TEMPLATE_BODY_VARIABLES_ITEM_TYPE_VALUES!r}"
    )
