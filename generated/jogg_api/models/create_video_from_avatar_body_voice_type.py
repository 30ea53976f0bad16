# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateVideoFromAvatarBodyVoiceType = Literal["audio", "script"]

CREATE_VIDEO_FROM_AVATAR_BODY_VOICE_TYPE_VALUES: set[CreateVideoFromAvatarBodyVoiceType] = {
    "audio",
    "script",
}


def check_create_video_from_avatar_body_voice_type(
    value: str,
) -> CreateVideoFromAvatarBodyVoiceType:
    if value in CREATE_VIDEO_FROM_AVATAR_BODY_VOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VIDEO_FROM_AVATAR_BODY_VOICE_TYPE_VALUES!r}"
    )
