# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListTemplateVideosSortOrder = Literal["asc", "desc"]

LIST_TEMPLATE_VIDEOS_SORT_ORDER_VALUES: set[ListTemplateVideosSortOrder] = {
    "asc",
    "desc",
}


def check_list_template_videos_sort_order(value: str) -> ListTemplateVideosSortOrder:
    if value in LIST_TEMPLATE_VIDEOS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATE_VIDEOS_SORT_ORDER_VALUES!r}"
    )
