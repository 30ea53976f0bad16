# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

AvatarInfoStyle = Literal["professional", "social"]

AVATAR_INFO_STYLE_VALUES: set[AvatarInfoStyle] = {
    "professional",
    "social",
}


def check_avatar_info_style(value: str) -> AvatarInfoStyle:
    if value in AVATAR_INFO_STYLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AVATAR_INFO_STYLE_VALUES!r}")
