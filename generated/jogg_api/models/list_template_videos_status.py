# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListTemplateVideosStatus = Literal[3, 4, 5]

LIST_TEMPLATE_VIDEOS_STATUS_VALUES: set[ListTemplateVideosStatus] = {
    3,
    4,
    5,
}


def check_list_template_videos_status(value: int) -> ListTemplateVideosStatus:
    if value in LIST_TEMPLATE_VIDEOS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATE_VIDEOS_STATUS_VALUES!r}"
    )
