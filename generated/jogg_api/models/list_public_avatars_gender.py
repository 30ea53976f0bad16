# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListPublicAvatarsGender = Literal["female", "male"]

LIST_PUBLIC_AVATARS_GENDER_VALUES: set[ListPublicAvatarsGender] = {
    "female",
    "male",
}


def check_list_public_avatars_gender(value: str) -> ListPublicAvatarsGender:
    if value in LIST_PUBLIC_AVATARS_GENDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PUBLIC_AVATARS_GENDER_VALUES!r}"
    )
