# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

AvatarInfoAspectRatio = Literal[0, 1, 2]

AVATAR_INFO_ASPECT_RATIO_VALUES: set[AvatarInfoAspectRatio] = {
    0,
    1,
    2,
}


def check_avatar_info_aspect_ratio(value: int) -> AvatarInfoAspectRatio:
    if value in AVATAR_INFO_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_INFO_ASPECT_RATIO_VALUES!r}"
    )
