# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GeneratePhotoAvatarPhotoBodyAvatarStyle = Literal["Professional", "Social"]

GENERATE_PHOTO_AVATAR_PHOTO_BODY_AVATAR_STYLE_VALUES: set[
    GeneratePhotoAvatarPhotoBodyAvatarStyle
] = {
    "Professional",
    "Social",
}


def check_generate_photo_avatar_photo_body_avatar_style(
    value: str,
) -> GeneratePhotoAvatarPhotoBodyAvatarStyle:
    if value in GENERATE_PHOTO_AVATAR_PHOTO_BODY_AVATAR_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTO_BODY_AVATAR_STYLE_VALUES!r}"
    )
