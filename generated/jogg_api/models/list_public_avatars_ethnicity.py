# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListPublicAvatarsEthnicity = Literal[
    "african",
    "east_asian",
    "european",
    "middle_eastern",
    "north_american",
    "south_american",
    "south_asian",
]

LIST_PUBLIC_AVATARS_ETHNICITY_VALUES: set[ListPublicAvatarsEthnicity] = {
    "african",
    "east_asian",
    "european",
    "middle_eastern",
    "north_american",
    "south_american",
    "south_asian",
}


def check_list_public_avatars_ethnicity(value: str) -> ListPublicAvatarsEthnicity:
    if value in LIST_PUBLIC_AVATARS_ETHNICITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PUBLIC_AVATARS_ETHNICITY_VALUES!r}"
    )
