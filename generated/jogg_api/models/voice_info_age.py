# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

VoiceInfoAge = Literal["middle_aged", "old", "young"]

VOICE_INFO_AGE_VALUES: set[VoiceInfoAge] = {
    "middle_aged",
    "old",
    "young",
}


def check_voice_info_age(value: str) -> VoiceInfoAge:
    if value in VOICE_INFO_AGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_INFO_AGE_VALUES!r}")
