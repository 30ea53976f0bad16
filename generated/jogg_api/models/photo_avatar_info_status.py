# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

PhotoAvatarInfoStatus = Literal[0, 1, 2]

PHOTO_AVATAR_INFO_STATUS_VALUES: set[PhotoAvatarInfoStatus] = {
    0,
    1,
    2,
}


def check_photo_avatar_info_status(value: int) -> PhotoAvatarInfoStatus:
    if value in PHOTO_AVATAR_INFO_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHOTO_AVATAR_INFO_STATUS_VALUES!r}"
    )
