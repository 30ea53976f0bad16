# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from enum import StrEnum


class GeneratePhotoAvatarPhotoBodyEthnicity(StrEnum):
    AFRICAN = "African"
    EAST_ASIAN = "East Asian"
    EUROPEAN = "European"
    MIDDLE_EASTERN = "Middle Eastern"
    NORTH_AMERICAN = "North American"
    SOUTH_AMERICAN = "South American"
    SOUTH_ASIAN = "South Asian"

    def __str__(self) -> str:
        return str(self.value)
