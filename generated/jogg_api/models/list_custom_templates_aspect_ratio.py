# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListCustomTemplatesAspectRatio = Literal["landscape", "portrait", "square"]

LIST_CUSTOM_TEMPLATES_ASPECT_RATIO_VALUES: set[ListCustomTemplatesAspectRatio] = {
    "landscape",
    "portrait",
    "square",
}


def check_list_custom_templates_aspect_ratio(value: str) -> ListCustomTemplatesAspectRatio:
    if value in LIST_CUSTOM_TEMPLATES_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CUSTOM_TEMPLATES_ASPECT_RATIO_VALUES!r}"
    )
