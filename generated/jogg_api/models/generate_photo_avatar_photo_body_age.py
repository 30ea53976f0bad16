# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GeneratePhotoAvatarPhotoBodyAge = Literal["Adult", "Elderly", "Teenager", "Young adult"]

GENERATE_PHOTO_AVATAR_PHOTO_BODY_AGE_VALUES: set[GeneratePhotoAvatarPhotoBodyAge] = {
    "Adult",
    "Elderly",
    "Teenager",
    "Young adult",
}


def check_generate_photo_avatar_photo_body_age(value: str) -> GeneratePhotoAvatarPhotoBodyAge:
    if value in GENERATE_PHOTO_AVATAR_PHOTO_BODY_AGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTO_BODY_AGE_VALUES!r}"
    )
