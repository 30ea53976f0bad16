# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

ListPublicAvatarsScene = Literal[
    "business", "education", "health_fitness", "lifestyle", "news", "outdoors", "studio"
]

LIST_PUBLIC_AVATARS_SCENE_VALUES: set[ListPublicAvatarsScene] = {
    "business",
    "education",
    "health_fitness",
    "lifestyle",
    "news",
    "outdoors",
    "studio",
}


def check_list_public_avatars_scene(value: str) -> ListPublicAvatarsScene:
    if value in LIST_PUBLIC_AVATARS_SCENE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PUBLIC_AVATARS_SCENE_VALUES!r}"
    )
