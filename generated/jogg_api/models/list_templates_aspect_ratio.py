# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListTemplatesAspectRatio = Literal["landscape", "portrait", "square"]

LIST_TEMPLATES_ASPECT_RATIO_VALUES: set[ListTemplatesAspectRatio] = {
    "landscape",
    "portrait",
    "square",
}


def check_list_templates_aspect_ratio(value: str) -> ListTemplatesAspectRatio:
    if value in LIST_TEMPLATES_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATES_ASPECT_RATIO_VALUES!r}"
    )
