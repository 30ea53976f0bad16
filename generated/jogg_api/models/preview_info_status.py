# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

PreviewInfoStatus = Literal["completed", "failed", "processing"]

PREVIEW_INFO_STATUS_VALUES: set[PreviewInfoStatus] = {
    "completed",
    "failed",
    "processing",
}


def check_preview_info_status(value: str) -> PreviewInfoStatus:
    if value in PREVIEW_INFO_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREVIEW_INFO_STATUS_VALUES!r}")
