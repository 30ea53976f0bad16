# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

AvatarInfoGender = Literal["female", "male"]

AVATAR_INFO_GENDER_VALUES: set[AvatarInfoGender] = {
    "female",
    "male",
}


def check_avatar_info_gender(value: str) -> AvatarInfoGender:
    if value in AVATAR_INFO_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVATAR_INFO_GENDER_VALUES!r}")
