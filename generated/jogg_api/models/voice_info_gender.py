# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

VoiceInfoGender = Literal["female", "male"]

VOICE_INFO_GENDER_VALUES: set[VoiceInfoGender] = {
    "female",
    "male",
}


def check_voice_info_gender(value: str) -> VoiceInfoGender:
    if value in VOICE_INFO_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_INFO_GENDER_VALUES!r}")
