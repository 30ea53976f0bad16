# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from enum import StrEnum


class AddPhotoAvatarMotionBodyModel(StrEnum):
    VALUE_0 = "1.0"
    VALUE_1 = "2.0"
    VALUE_2 = "2.0-Pro"
    VALUE_3 = "3.0"

    def __str__(self) -> str:
        return str(self.value)
