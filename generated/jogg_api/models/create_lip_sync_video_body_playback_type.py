# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from enum import StrEnum


class CreateLipSyncVideoBodyPlaybackType(StrEnum):
    NORMAL = "normal"
    NORMAL_REVERSE = "normal_reverse"
    NORMAL_REVERSE_BY_AUDIO = "normal_reverse_by_audio"

    def __str__(self) -> str:
        return str(self.value)
