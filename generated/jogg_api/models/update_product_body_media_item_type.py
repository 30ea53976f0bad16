# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

UpdateProductBodyMediaItemType = Literal[1, 2]

UPDATE_PRODUCT_BODY_MEDIA_ITEM_TYPE_VALUES: set[UpdateProductBodyMediaItemType] = {
    1,
    2,
}


def check_update_product_body_media_item_type(value: int) -> UpdateProductBodyMediaItemType:
    if value in UPDATE_PRODUCT_BODY_MEDIA_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PRODUCT_BODY_MEDIA_ITEM_TYPE_VALUES!r}"
    )
