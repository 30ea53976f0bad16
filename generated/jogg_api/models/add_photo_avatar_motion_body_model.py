# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

AddPhotoAvatarMotionBodyModel = Literal["1.0", "2.0", "2.0-Pro", "3.0"]

ADD_PHOTO_AVATAR_MOTION_BODY_MODEL_VALUES: set[AddPhotoAvatarMotionBodyModel] = {
    "1.0",
    "2.0",
    "2.0-Pro",
    "3.0",
}


def check_add_photo_avatar_motion_body_model(value: str) -> AddPhotoAvatarMotionBodyModel:
    if value in ADD_PHOTO_AVATAR_MOTION_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PHOTO_AVATAR_MOTION_BODY_MODEL_VALUES!r}"
    )
