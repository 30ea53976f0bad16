"""Avatar lists: public, custom (instant), photo and product avatars."""

from __future__ import annotations

from typing import Any, Unpack

from jogg_api.api.avatar import (
    list_custom_avatars,
    list_photo_avatars,
    list_product_avatars,
    list_public_avatars,
)
from jogg_api.models.list_custom_avatars_response_200_data_type_0 import (
    ListCustomAvatarsResponse200DataType0,
)
from jogg_api.models.list_custom_avatars_response_200_data_type_0_avatars_type_0_item import (
    ListCustomAvatarsResponse200DataType0AvatarsType0Item as CustomItem,
)
from jogg_api.models.list_custom_avatars_status import (
    LIST_CUSTOM_AVATARS_STATUS_VALUES,
    ListCustomAvatarsStatus,
)
from jogg_api.models.list_photo_avatars_response_200_data_type_0 import (
    ListPhotoAvatarsResponse200DataType0,
)
from jogg_api.models.list_photo_avatars_response_200_data_type_0_avatars_type_0_item import (
    ListPhotoAvatarsResponse200DataType0AvatarsType0Item as PhotoItem,
)
from jogg_api.models.list_photo_avatars_status import LIST_PHOTO_AVATARS_STATUS_VALUES
from jogg_api.models.list_product_avatars_aspect_ratio import (
    LIST_PRODUCT_AVATARS_ASPECT_RATIO_VALUES,
    ListProductAvatarsAspectRatio,
)
from jogg_api.models.list_product_avatars_response_200_data_type_0 import (
    ListProductAvatarsResponse200DataType0,
)
from jogg_api.models.list_product_avatars_response_200_data_type_0_product_avatars_type_0_item import (  # noqa: E501
    ListProductAvatarsResponse200DataType0ProductAvatarsType0Item as ProductItem,
)
from jogg_api.models.list_public_avatars_age import (
    LIST_PUBLIC_AVATARS_AGE_VALUES,
    ListPublicAvatarsAge,
)
from jogg_api.models.list_public_avatars_aspect_ratio import (
    LIST_PUBLIC_AVATARS_ASPECT_RATIO_VALUES,
    ListPublicAvatarsAspectRatio,
)
from jogg_api.models.list_public_avatars_ethnicity import (
    LIST_PUBLIC_AVATARS_ETHNICITY_VALUES,
    ListPublicAvatarsEthnicity,
)
from jogg_api.models.list_public_avatars_gender import (
    LIST_PUBLIC_AVATARS_GENDER_VALUES,
    ListPublicAvatarsGender,
)
from jogg_api.models.list_public_avatars_response_200_data_type_0 import (
    ListPublicAvatarsResponse200DataType0,
)
from jogg_api.models.list_public_avatars_response_200_data_type_0_avatars_type_0_item import (
    ListPublicAvatarsResponse200DataType0AvatarsType0Item as PublicItem,
)
from jogg_api.models.list_public_avatars_scene import (
    LIST_PUBLIC_AVATARS_SCENE_VALUES,
    ListPublicAvatarsScene,
)
from jogg_api.models.list_public_avatars_style import (
    LIST_PUBLIC_AVATARS_STYLE_VALUES,
    ListPublicAvatarsStyle,
)

from .. import _validation as v
from .. import _wire as w
from .._options import RequestOptions
from .._pagination import AsyncPager, ListCall, SyncPager
from .._results.avatars import Avatar
from ._base import AsyncResource, SyncResource

__all__ = [
    "AsyncAvatars",
    "AvatarAge",
    "AvatarAspectRatio",
    "AvatarEthnicity",
    "AvatarGender",
    "AvatarScene",
    "AvatarStatus",
    "AvatarStyle",
    "Avatars",
    "ProductAvatarAspectRatio",
]

# The facade's names for the spec's filter sets.
AvatarAspectRatio = ListPublicAvatarsAspectRatio
AvatarStyle = ListPublicAvatarsStyle
AvatarGender = ListPublicAvatarsGender
AvatarAge = ListPublicAvatarsAge
AvatarScene = ListPublicAvatarsScene
AvatarEthnicity = ListPublicAvatarsEthnicity
AvatarStatus = ListCustomAvatarsStatus
ProductAvatarAspectRatio = ListProductAvatarsAspectRatio


def _page_size(value: int | None) -> int | None:
    return v.optional_integer("page_size", value, minimum=1, maximum=100)


def public_spec(
    aspect_ratio: Any,
    style: Any,
    gender: Any,
    age: Any,
    scene: Any,
    ethnicity: Any,
    page_size: int | None,
    options: RequestOptions,
) -> ListCall[Avatar]:
    def read(data: Any) -> list[Avatar]:
        m, _ = w.data(ListPublicAvatarsResponse200DataType0.from_dict, data, "avatars")
        return [
            Avatar._from_wire_public(i, raw, "public") for i, raw in w.items(m.avatars, PublicItem)
        ]

    return ListCall(
        list_public_avatars,
        read_items=read,
        arguments=w.arguments(
            list_public_avatars._get_kwargs,
            aspect_ratio=w.given_choice(
                "aspect_ratio", aspect_ratio, LIST_PUBLIC_AVATARS_ASPECT_RATIO_VALUES
            ),
            style=w.given_choice("style", style, LIST_PUBLIC_AVATARS_STYLE_VALUES),
            gender=w.given_choice("gender", gender, LIST_PUBLIC_AVATARS_GENDER_VALUES),
            age=w.given_choice("age", age, LIST_PUBLIC_AVATARS_AGE_VALUES),
            scene=w.given_choice("scene", scene, LIST_PUBLIC_AVATARS_SCENE_VALUES),
            ethnicity=w.given_choice("ethnicity", ethnicity, LIST_PUBLIC_AVATARS_ETHNICITY_VALUES),
        ),
        page_size=_page_size(page_size),
        options=options,
    )


def custom_spec(
    name: str | None, status: Any, page_size: int | None, options: RequestOptions
) -> ListCall[Avatar]:
    def read(data: Any) -> list[Avatar]:
        m, _ = w.data(ListCustomAvatarsResponse200DataType0.from_dict, data, "avatars")
        return [
            Avatar._from_wire_custom(i, raw, "custom") for i, raw in w.items(m.avatars, CustomItem)
        ]

    return ListCall(
        list_custom_avatars,
        read_items=read,
        arguments=w.arguments(
            list_custom_avatars._get_kwargs,
            name=w.given(v.optional_text("name", name)),
            status=w.given_choice("status", status, LIST_CUSTOM_AVATARS_STATUS_VALUES),
        ),
        page_size=_page_size(page_size),
        options=options,
    )


def photo_spec(
    name: str | None, status: Any, page_size: int | None, options: RequestOptions
) -> ListCall[Avatar]:
    def read(data: Any) -> list[Avatar]:
        m, _ = w.data(ListPhotoAvatarsResponse200DataType0.from_dict, data, "avatars")
        return [
            Avatar._from_wire_photo(i, raw, "photo") for i, raw in w.items(m.avatars, PhotoItem)
        ]

    return ListCall(
        list_photo_avatars,
        read_items=read,
        arguments=w.arguments(
            list_photo_avatars._get_kwargs,
            name=w.given(v.optional_text("name", name)),
            status=w.given_choice("status", status, LIST_PHOTO_AVATARS_STATUS_VALUES),
        ),
        page_size=_page_size(page_size),
        options=options,
    )


def product_spec(aspect_ratio: Any, options: RequestOptions) -> ListCall[Avatar]:
    def read(data: Any) -> list[Avatar]:
        m, _ = w.data(ListProductAvatarsResponse200DataType0.from_dict, data, "product avatars")
        return [
            Avatar._from_wire_product(i, raw, "product")
            for i, raw in w.items(m.product_avatars, ProductItem)
        ]

    return ListCall(
        list_product_avatars,
        read_items=read,
        arguments=w.arguments(
            list_product_avatars._get_kwargs,
            aspect_ratio=w.given_choice(
                "aspect_ratio", aspect_ratio, LIST_PRODUCT_AVATARS_ASPECT_RATIO_VALUES
            ),
        ),
        paged=False,
        options=options,
    )


class Avatars(SyncResource):
    """The avatars a video can be presented by: public, custom, photo and product avatars.
    Pass an Avatar itself as ``avatar=`` to a create call and the SDK sends its type."""

    def list_public(
        self,
        *,
        aspect_ratio: AvatarAspectRatio | None = None,
        style: AvatarStyle | None = None,
        gender: AvatarGender | None = None,
        age: AvatarAge | None = None,
        scene: AvatarScene | None = None,
        ethnicity: AvatarEthnicity | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Avatar]:
        """The public avatars, filtered as the API allows; pages are fetched as you iterate.

        aspect_ratio: only avatars of this shape (portrait, landscape or square).
        style: only avatars of this style (professional or social).
        gender: only avatars of this gender (female or male).
        age: only avatars of this age group (young_adult, adult or senior).
        scene: only avatars filmed in this setting (business, studio, outdoors, ...).
        ethnicity: only avatars of this ethnicity (european, east_asian, ...).
        page_size: items per page (1-100).
        """
        return self._list(
            public_spec(aspect_ratio, style, gender, age, scene, ethnicity, page_size, options)
        )

    def list_custom(
        self,
        *,
        name: str | None = None,
        status: AvatarStatus | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Avatar]:
        """The account's custom (instant) avatars, page by page as you iterate.

        name: only avatars whose name matches this text.
        status: only avatars in this state (processing, completed or failed).
        page_size: items per page (1-100).
        """
        return self._list(custom_spec(name, status, page_size, options))

    def list_photo(
        self,
        *,
        name: str | None = None,
        status: AvatarStatus | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Avatar]:
        """The account's photo avatars, page by page as you iterate.

        name: only avatars whose name matches this text.
        status: only avatars in this state (processing, completed or failed).
        page_size: items per page (1-100).
        """
        return self._list(photo_spec(name, status, page_size, options))

    def list_product(
        self,
        *,
        aspect_ratio: ProductAvatarAspectRatio | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Avatar]:
        """The account's product avatars, all in one request.

        aspect_ratio: only avatars of this shape (portrait or landscape).
        """
        return self._list(product_spec(aspect_ratio, options))


class AsyncAvatars(AsyncResource):
    """The avatars a video can be presented by: public, custom, photo and product avatars.
    Pass an Avatar itself as ``avatar=`` to a create call and the SDK sends its type."""

    def list_public(
        self,
        *,
        aspect_ratio: AvatarAspectRatio | None = None,
        style: AvatarStyle | None = None,
        gender: AvatarGender | None = None,
        age: AvatarAge | None = None,
        scene: AvatarScene | None = None,
        ethnicity: AvatarEthnicity | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Avatar]:
        """The public avatars, filtered as the API allows; pages are fetched as you iterate.

        aspect_ratio: only avatars of this shape (portrait, landscape or square).
        style: only avatars of this style (professional or social).
        gender: only avatars of this gender (female or male).
        age: only avatars of this age group (young_adult, adult or senior).
        scene: only avatars filmed in this setting (business, studio, outdoors, ...).
        ethnicity: only avatars of this ethnicity (european, east_asian, ...).
        page_size: items per page (1-100).
        """
        return self._list(
            public_spec(aspect_ratio, style, gender, age, scene, ethnicity, page_size, options)
        )

    def list_custom(
        self,
        *,
        name: str | None = None,
        status: AvatarStatus | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Avatar]:
        """The account's custom (instant) avatars, page by page as you iterate.

        name: only avatars whose name matches this text.
        status: only avatars in this state (processing, completed or failed).
        page_size: items per page (1-100).
        """
        return self._list(custom_spec(name, status, page_size, options))

    def list_photo(
        self,
        *,
        name: str | None = None,
        status: AvatarStatus | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Avatar]:
        """The account's photo avatars, page by page as you iterate.

        name: only avatars whose name matches this text.
        status: only avatars in this state (processing, completed or failed).
        page_size: items per page (1-100).
        """
        return self._list(photo_spec(name, status, page_size, options))

    def list_product(
        self,
        *,
        aspect_ratio: ProductAvatarAspectRatio | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Avatar]:
        """The account's product avatars, all in one request.

        aspect_ratio: only avatars of this shape (portrait or landscape).
        """
        return self._list(product_spec(aspect_ratio, options))
