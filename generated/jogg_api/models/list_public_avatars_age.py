# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListPublicAvatarsAge = Literal["adult", "senior", "young_adult"]

LIST_PUBLIC_AVATARS_AGE_VALUES: set[ListPublicAvatarsAge] = {
    "adult",
    "senior",
    "young_adult",
}


def check_list_public_avatars_age(value: str) -> ListPublicAvatarsAge:
    if value in LIST_PUBLIC_AVATARS_AGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PUBLIC_AVATARS_AGE_VALUES!r}"
    )
