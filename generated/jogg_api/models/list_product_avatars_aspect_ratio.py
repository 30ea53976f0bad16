# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListProductAvatarsAspectRatio = Literal["landscape", "portrait"]

LIST_PRODUCT_AVATARS_ASPECT_RATIO_VALUES: set[ListProductAvatarsAspectRatio] = {
    "landscape",
    "portrait",
}


def check_list_product_avatars_aspect_ratio(value: str) -> ListProductAvatarsAspectRatio:
    if value in LIST_PRODUCT_AVATARS_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_AVATARS_ASPECT_RATIO_VALUES!r}"
    )
