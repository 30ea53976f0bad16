# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromAvatarBodyAvatarAvatarType = Literal[0, 1]

CREATE_VIDEO_FROM_AVATAR_BODY_AVATAR_AVATAR_TYPE_VALUES: set[
    CreateVideoFromAvatarBodyAvatarAvatarType
] = {
    0,
    1,
}


def check_create_video_from_avatar_body_avatar_avatar_type(
    value: int,
) -> CreateVideoFromAvatarBodyAvatarAvatarType:
    if value in CREATE_VIDEO_FROM_AVATAR_BODY_AVATAR_AVATAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_AVATAR_BODY_AVATAR_AVATAR_TYPE_VALUES!r}"
    )
