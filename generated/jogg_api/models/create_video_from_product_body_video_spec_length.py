# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from enum import StrEnum


class CreateVideoFromProductBodyVideoSpecLength(StrEnum):
    VALUE_0 = "15"
    VALUE_1 = "30"
    VALUE_2 = "60"

    def __str__(self) -> str:
        return str(self.value)
