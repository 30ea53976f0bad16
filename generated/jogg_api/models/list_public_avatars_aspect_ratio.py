# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListPublicAvatarsAspectRatio = Literal["landscape", "portrait", "square"]

LIST_PUBLIC_AVATARS_ASPECT_RATIO_VALUES: set[ListPublicAvatarsAspectRatio] = {
    "landscape",
    "portrait",
    "square",
}


def check_list_public_avatars_aspect_ratio(value: str) -> ListPublicAvatarsAspectRatio:
    if value in LIST_PUBLIC_AVATARS_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PUBLIC_AVATARS_ASPECT_RATIO_VALUES!r}"
    )
