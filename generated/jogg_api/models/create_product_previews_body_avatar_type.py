# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateProductPreviewsBodyAvatarType = Literal[0, 1]

CREATE_PRODUCT_PREVIEWS_BODY_AVATAR_TYPE_VALUES: set[CreateProductPreviewsBodyAvatarType] = {
    0,
    1,
}


def check_create_product_previews_body_avatar_type(
    value: int,
) -> CreateProductPreviewsBodyAvatarType:
    if value in CREATE_PRODUCT_PREVIEWS_BODY_AVATAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRODUCT_PREVIEWS_BODY_AVATAR_TYPE_VALUES!r}"
    )
