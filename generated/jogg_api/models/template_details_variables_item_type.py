# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

TemplateDetailsVariablesItemType = Literal["image", "script", "text", "video"]

TEMPLATE_DETAILS_VARIABLES_ITEM_TYPE_VALUES: set[TemplateDetailsVariablesItemType] = {
    "image",
    "script",
    "text",
    "video",
}


def check_template_details_variables_item_type(value: str) -> TemplateDetailsVariablesItemType:
    if value in TEMPLATE_DETAILS_VARIABLES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_DETAILS_VARIABLES_ITEM_TYPE_VALUES!r}"
    )
