# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromTemplateBodyAvatarType = Literal[0, 1]

CREATE_VIDEO_FROM_TEMPLATE_BODY_AVATAR_TYPE_VALUES: set[CreateVideoFromTemplateBodyAvatarType] = {
    0,
    1,
}


def check_create_video_from_template_body_avatar_type(
    value: int,
) -> CreateVideoFromTemplateBodyAvatarType:
    if value in CREATE_VIDEO_FROM_TEMPLATE_BODY_AVATAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_TEMPLATE_BODY_AVATAR_TYPE_VALUES!r}"
    )
