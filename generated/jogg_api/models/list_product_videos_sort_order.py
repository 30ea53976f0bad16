# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListProductVideosSortOrder = Literal["asc", "desc"]

LIST_PRODUCT_VIDEOS_SORT_ORDER_VALUES: set[ListProductVideosSortOrder] = {
    "asc",
    "desc",
}


def check_list_product_videos_sort_order(value: str) -> ListProductVideosSortOrder:
    if value in LIST_PRODUCT_VIDEOS_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_VIDEOS_SORT_ORDER_VALUES!r}"
    )
