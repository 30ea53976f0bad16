# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListVoicesGender = Literal["female", "male"]

LIST_VOICES_GENDER_VALUES: set[ListVoicesGender] = {
    "female",
    "male",
}


def check_list_voices_gender(value: str) -> ListVoicesGender:
    if value in LIST_VOICES_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VOICES_GENDER_VALUES!r}")
