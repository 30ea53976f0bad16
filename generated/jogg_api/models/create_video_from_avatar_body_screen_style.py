# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromAvatarBodyScreenStyle = Literal[1, 2, 3]

CREATE_VIDEO_FROM_AVATAR_BODY_SCREEN_STYLE_VALUES: set[CreateVideoFromAvatarBodyScreenStyle] = {
    1,
    2,
    3,
}


def check_create_video_from_avatar_body_screen_style(
    value: int,
) -> CreateVideoFromAvatarBodyScreenStyle:
    if value in CREATE_VIDEO_FROM_AVATAR_BODY_SCREEN_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_AVATAR_BODY_SCREEN_STYLE_VALUES!r}"
    )
