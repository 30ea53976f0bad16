# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListPhotoAvatarsStatus = Literal["completed", "failed", "processing"]

LIST_PHOTO_AVATARS_STATUS_VALUES: set[ListPhotoAvatarsStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_list_photo_avatars_status(value: str) -> ListPhotoAvatarsStatus:
    if value in LIST_PHOTO_AVATARS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PHOTO_AVATARS_STATUS_VALUES!r}"
    )
