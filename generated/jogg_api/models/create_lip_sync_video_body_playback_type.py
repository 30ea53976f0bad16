# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateLipSyncVideoBodyPlaybackType = Literal["normal", "normal_reverse", "normal_reverse_by_audio"]

CREATE_LIP_SYNC_VIDEO_BODY_PLAYBACK_TYPE_VALUES: set[CreateLipSyncVideoBodyPlaybackType] = {
    "normal",
    "normal_reverse",
    "normal_reverse_by_audio",
}


def check_create_lip_sync_video_body_playback_type(
    value: str,
) -> CreateLipSyncVideoBodyPlaybackType:
    if value in CREATE_LIP_SYNC_VIDEO_BODY_PLAYBACK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LIP_SYNC_VIDEO_BODY_PLAYBACK_TYPE_VALUES!r}"
    )
