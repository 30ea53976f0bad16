# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromAvatarBodyAspectRatio = Literal["landscape", "portrait", "square"]

CREATE_VIDEO_FROM_AVATAR_BODY_ASPECT_RATIO_VALUES: set[CreateVideoFromAvatarBodyAspectRatio] = {
    "landscape",
    "portrait",
    "square",
}


def check_create_video_from_avatar_body_aspect_ratio(
    value: str,
) -> CreateVideoFromAvatarBodyAspectRatio:
    if value in CREATE_VIDEO_FROM_AVATAR_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_AVATAR_BODY_ASPECT_RATIO_VALUES!r}"
    )
