# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListPublicAvatarsStyle = Literal["professional", "social"]

LIST_PUBLIC_AVATARS_STYLE_VALUES: set[ListPublicAvatarsStyle] = {
    "professional",
    "social",
}


def check_list_public_avatars_style(value: str) -> ListPublicAvatarsStyle:
    if value in LIST_PUBLIC_AVATARS_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PUBLIC_AVATARS_STYLE_VALUES!r}"
    )
