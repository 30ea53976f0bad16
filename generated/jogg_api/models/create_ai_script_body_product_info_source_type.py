# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateAiScriptBodyProductInfoSourceType = Literal["details", "id"]

CREATE_AI_SCRIPT_BODY_PRODUCT_INFO_SOURCE_TYPE_VALUES: set[
    CreateAiScriptBodyProductInfoSourceType
] = {
    "details",
    "id",
}


def check_create_ai_script_body_product_info_source_type(
    value: str,
) -> CreateAiScriptBodyProductInfoSourceType:
    if value in CREATE_AI_SCRIPT_BODY_PRODUCT_INFO_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AI_SCRIPT_BODY_PRODUCT_INFO_SOURCE_TYPE_VALUES!r}"
    )
