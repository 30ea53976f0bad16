# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from enum import StrEnum


class CreateAiScriptBodyScriptStyle(StrEnum):
    DATA = "Data"
    DISCOVERY = "Discovery"
    DONT_WORRY = "Don't Worry"
    LIGHT_MARKETING = "Light marketing"
    STORYTIME = "Storytime"
    TOP_3_REASONS = "Top 3 reasons"

    def __str__(self) -> str:
        return str(self.value)
