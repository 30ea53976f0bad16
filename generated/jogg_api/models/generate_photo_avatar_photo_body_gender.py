# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GeneratePhotoAvatarPhotoBodyGender = Literal["Female", "Male"]

GENERATE_PHOTO_AVATAR_PHOTO_BODY_GENDER_VALUES: set[GeneratePhotoAvatarPhotoBodyGender] = {
    "Female",
    "Male",
}


def check_generate_photo_avatar_photo_body_gender(value: str) -> GeneratePhotoAvatarPhotoBodyGender:
    if value in GENERATE_PHOTO_AVATAR_PHOTO_BODY_GENDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTO_BODY_GENDER_VALUES!r}"
    )
