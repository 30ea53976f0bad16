# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListVoicesAge = Literal["middle_aged", "old", "young"]

LIST_VOICES_AGE_VALUES: set[ListVoicesAge] = {
    "middle_aged",
    "old",
    "young",
}


def check_list_voices_age(value: str) -> ListVoicesAge:
    if value in LIST_VOICES_AGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOICES_AGE_VALUES!r}")
