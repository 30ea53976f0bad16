# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

VideoDetailsStatus = Literal["completed", "failed", "pending", "processing"]

VIDEO_DETAILS_STATUS_VALUES: set[VideoDetailsStatus] = {
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_video_details_status(value: str) -> VideoDetailsStatus:
    if value in VIDEO_DETAILS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_DETAILS_STATUS_VALUES!r}")
