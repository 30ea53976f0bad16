# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListProductPreviewsStatus = Literal[3, 4, 5]

LIST_PRODUCT_PREVIEWS_STATUS_VALUES: set[ListProductPreviewsStatus] = {
    3,
    4,
    5,
}


def check_list_product_previews_status(value: int) -> ListProductPreviewsStatus:
    if value in LIST_PRODUCT_PREVIEWS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_PREVIEWS_STATUS_VALUES!r}"
    )
