# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

AvatarInfoAge = Literal["adult", "senior", "young_adult"]

AVATAR_INFO_AGE_VALUES: set[AvatarInfoAge] = {
    "adult",
    "senior",
    "young_adult",
}


def check_avatar_info_age(value: str) -> AvatarInfoAge:
    if value in AVATAR_INFO_AGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVATAR_INFO_AGE_VALUES!r}")
