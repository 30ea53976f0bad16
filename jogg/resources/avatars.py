"""Avatar lists: public, custom (instant), photo and product avatars."""

from __future__ import annotations

from .. import _validation as v
from .._args import ASPECT_RATIOS
from .._operations import operation
from .._pagination import AsyncPager, ListCall, SyncPager
from ..types import Avatar
from ._base import AsyncResource, SyncResource

PRODUCT_AVATAR_RATIOS = ("portrait", "landscape")
STYLES = ("professional", "social")
GENDERS = ("female", "male")
AGES = ("adult", "senior", "young_adult")
SCENES = ("lifestyle", "outdoors", "business", "studio", "health_fitness", "education", "news")
ETHNICITIES = (
    "european",
    "african",
    "south_asian",
    "east_asian",
    "middle_eastern",
    "south_american",
    "north_american",
)
AVATAR_STATUSES = ("processing", "completed", "failed")


def public_spec(
    aspect_ratio: str | None,
    style: str | None,
    gender: str | None,
    age: str | None,
    scene: str | None,
    ethnicity: str | None,
    page_size: int | None,
) -> ListCall[Avatar]:
    return ListCall(
        operation("list_public_avatars"),
        items_key="avatars",
        parse_item=lambda item: Avatar.from_data(item, kind="public"),
        query={
            "aspect_ratio": v.optional_choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS),
            "style": v.optional_choice("style", style, STYLES),
            "gender": v.optional_choice("gender", gender, GENDERS),
            "age": v.optional_choice("age", age, AGES),
            "scene": v.optional_choice("scene", scene, SCENES),
            "ethnicity": v.optional_choice("ethnicity", ethnicity, ETHNICITIES),
        },
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
    )


def owned_spec(
    op_id: str, kind: str, name: str | None, status: str | None, page_size: int | None
) -> ListCall[Avatar]:
    return ListCall(
        operation(op_id),
        items_key="avatars",
        parse_item=lambda item: Avatar.from_data(item, kind=kind),
        query={
            "name": v.optional_text("name", name),
            "status": v.optional_choice("status", status, AVATAR_STATUSES),
        },
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
    )


def product_spec(aspect_ratio: str | None) -> ListCall[Avatar]:
    return ListCall(
        operation("list_product_avatars"),
        items_key="product_avatars",
        parse_item=lambda item: Avatar.from_data(item, kind="product"),
        query={
            "aspect_ratio": v.optional_choice("aspect_ratio", aspect_ratio, PRODUCT_AVATAR_RATIOS)
        },
        paged=False,
    )


class Avatars(SyncResource):
    def list_public(
        self,
        *,
        aspect_ratio: str | None = None,
        style: str | None = None,
        gender: str | None = None,
        age: str | None = None,
        scene: str | None = None,
        ethnicity: str | None = None,
        page_size: int | None = None,
    ) -> SyncPager[Avatar]:
        """The public avatars, filtered as the API allows; pages are fetched as you iterate."""
        return self._list(
            public_spec(aspect_ratio, style, gender, age, scene, ethnicity, page_size)
        )

    def list_custom(
        self, *, name: str | None = None, status: str | None = None, page_size: int | None = None
    ) -> SyncPager[Avatar]:
        return self._list(owned_spec("list_custom_avatars", "custom", name, status, page_size))

    def list_photo(
        self, *, name: str | None = None, status: str | None = None, page_size: int | None = None
    ) -> SyncPager[Avatar]:
        return self._list(owned_spec("list_photo_avatars", "photo", name, status, page_size))

    def list_product(self, *, aspect_ratio: str | None = None) -> SyncPager[Avatar]:
        return self._list(product_spec(aspect_ratio))


class AsyncAvatars(AsyncResource):
    def list_public(
        self,
        *,
        aspect_ratio: str | None = None,
        style: str | None = None,
        gender: str | None = None,
        age: str | None = None,
        scene: str | None = None,
        ethnicity: str | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[Avatar]:
        return self._list(
            public_spec(aspect_ratio, style, gender, age, scene, ethnicity, page_size)
        )

    def list_custom(
        self, *, name: str | None = None, status: str | None = None, page_size: int | None = None
    ) -> AsyncPager[Avatar]:
        return self._list(owned_spec("list_custom_avatars", "custom", name, status, page_size))

    def list_photo(
        self, *, name: str | None = None, status: str | None = None, page_size: int | None = None
    ) -> AsyncPager[Avatar]:
        return self._list(owned_spec("list_photo_avatars", "photo", name, status, page_size))

    def list_product(self, *, aspect_ratio: str | None = None) -> AsyncPager[Avatar]:
        return self._list(product_spec(aspect_ratio))
