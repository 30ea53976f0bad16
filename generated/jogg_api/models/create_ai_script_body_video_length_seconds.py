# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateAiScriptBodyVideoLengthSeconds = Literal["15", "30", "60"]

CREATE_AI_SCRIPT_BODY_VIDEO_LENGTH_SECONDS_VALUES: set[CreateAiScriptBodyVideoLengthSeconds] = {
    "15",
    "30",
    "60",
}


def check_create_ai_script_body_video_length_seconds(
    value: str,
) -> CreateAiScriptBodyVideoLengthSeconds:
    if value in CREATE_AI_SCRIPT_BODY_VIDEO_LENGTH_SECONDS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AI_SCRIPT_BODY_VIDEO_LENGTH_SECONDS_VALUES!r}"
    )
