# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from enum import StrEnum


class GenerateProductAvatarImagesBodyAspectRatio(StrEnum):
    VALUE_0 = "3:2"
    VALUE_1 = "2:3"
    VALUE_2 = "1:1"

    def __str__(self) -> str:
        return str(self.value)
