# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from enum import StrEnum


class ListPublicAvatarsEthnicity(StrEnum):
    AFRICAN = "african"
    EAST_ASIAN = "east_asian"
    EUROPEAN = "european"
    MIDDLE_EASTERN = "middle_eastern"
    NORTH_AMERICAN = "north_american"
    SOUTH_AMERICAN = "south_american"
    SOUTH_ASIAN = "south_asian"

    def __str__(self) -> str:
        return str(self.value)
