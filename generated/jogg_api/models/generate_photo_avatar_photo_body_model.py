# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

GeneratePhotoAvatarPhotoBodyModel = Literal["classic", "modern"]

GENERATE_PHOTO_AVATAR_PHOTO_BODY_MODEL_VALUES: set[GeneratePhotoAvatarPhotoBodyModel] = {
    "classic",
    "modern",
}


def check_generate_photo_avatar_photo_body_model(value: str) -> GeneratePhotoAvatarPhotoBodyModel:
    if value in GENERATE_PHOTO_AVATAR_PHOTO_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTO_BODY_MODEL_VALUES!r}"
    )
