# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GeneratePhotoAvatarPhotoBodyAspectRatio = Literal["landscape", "portrait", "square"]

GENERATE_PHOTO_AVATAR_PHOTO_BODY_ASPECT_RATIO_VALUES: set[
    GeneratePhotoAvatarPhotoBodyAspectRatio
] = {
    "landscape",
    "portrait",
    "square",
}


def check_generate_photo_avatar_photo_body_aspect_ratio(
    value: str,
) -> GeneratePhotoAvatarPhotoBodyAspectRatio:
    if value in GENERATE_PHOTO_AVATAR_PHOTO_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTO_BODY_ASPECT_RATIO_VALUES!r}"
    )
