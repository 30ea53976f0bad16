# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GeneratePhotoAvatarPhotoBodyEthnicity = Literal[
    "African",
    "East Asian",
    "European",
    "Middle Eastern",
    "North American",
    "South American",
    "South Asian",
]

GENERATE_PHOTO_AVATAR_PHOTO_BODY_ETHNICITY_VALUES: set[GeneratePhotoAvatarPhotoBodyEthnicity] = {
    "African",
    "East Asian",
    "European",
    "Middle Eastern",
    "North American",
    "South American",
    "South Asian",
}


def check_generate_photo_avatar_photo_body_ethnicity(
    value: str,
) -> GeneratePhotoAvatarPhotoBodyEthnicity:
    if value in GENERATE_PHOTO_AVATAR_PHOTO_BODY_ETHNICITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTO_BODY_ETHNICITY_VALUES!r}"
    )
