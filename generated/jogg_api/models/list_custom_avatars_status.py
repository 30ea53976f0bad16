# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListCustomAvatarsStatus = Literal["completed", "failed", "processing"]

LIST_CUSTOM_AVATARS_STATUS_VALUES: set[ListCustomAvatarsStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_list_custom_avatars_status(value: str) -> ListCustomAvatarsStatus:
    if value in LIST_CUSTOM_AVATARS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_AVATARS_STATUS_VALUES!r}"
    )
