# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListVisualStylesAspectRatio = Literal["landscape", "portrait", "square"]

LIST_VISUAL_STYLES_ASPECT_RATIO_VALUES: set[ListVisualStylesAspectRatio] = {
    "landscape",
    "portrait",
    "square",
}


def check_list_visual_styles_aspect_ratio(value: str) -> ListVisualStylesAspectRatio:
    if value in LIST_VISUAL_STYLES_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VISUAL_STYLES_ASPECT_RATIO_VALUES!r}"
    )
