# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateAiScriptBodyScriptStyle = Literal[
    "Data", "Discovery", "Don't Worry", "Light marketing", "Storytime", "Top 3 reasons"
]

CREATE_AI_SCRIPT_BODY_SCRIPT_STYLE_VALUES: set[CreateAiScriptBodyScriptStyle] = {
    "Data",
    "Discovery",
    "Don't Worry",
    "Light marketing",
    "Storytime",
    "Top 3 reasons",
}


def check_create_ai_script_body_script_style(value: str) -> CreateAiScriptBodyScriptStyle:
    if value in CREATE_AI_SCRIPT_BODY_SCRIPT_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AI_SCRIPT_BODY_SCRIPT_STYLE_VALUES!r}"
    )
