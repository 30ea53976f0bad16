# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CustomAvatarInfoStatus = Literal["completed", "failed", "processing"]

CUSTOM_AVATAR_INFO_STATUS_VALUES: set[CustomAvatarInfoStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_custom_avatar_info_status(value: str) -> CustomAvatarInfoStatus:
    if value in CUSTOM_AVATAR_INFO_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_AVATAR_INFO_STATUS_VALUES!r}"
    )
