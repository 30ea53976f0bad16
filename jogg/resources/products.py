"""Products: what a product video is made from (create_product and update_product)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar, Unpack

from jogg_api.api.product import create_product, update_product
from jogg_api.body_keywords import CreateProductKeywords, UpdateProductKeywords
from jogg_api.models.create_product_body import CreateProductBody
from jogg_api.models.create_product_body_media_item import CreateProductBodyMediaItem
from jogg_api.models.update_product_body import UpdateProductBody
from jogg_api.models.update_product_body_media_item import UpdateProductBodyMediaItem

from .. import _validation as v
from .. import _wire as w
from .._errors import ValidationError
from .._options import RequestOptions
from .._results.products import Product
from .._transport import Call
from ..builders import ProductMediaItem
from ._base import AsyncResource, SyncResource, job_id


class CreateOptions(RequestOptions, CreateProductKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


class UpdateOptions(RequestOptions, UpdateProductKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


Item = TypeVar("Item", CreateProductBodyMediaItem, UpdateProductBodyMediaItem)


def _media(value: Iterable[ProductMediaItem] | None, item: type[Item]) -> list[Item] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError("media", value, "a list of ProductMediaItem")
    found: list[Item] = []
    for index, media in enumerate(value):
        if not isinstance(media, ProductMediaItem):
            raise ValidationError(f"media[{index}]", media, "a ProductMediaItem")
        found.append(
            item(
                type_=media.type_code,
                name=w.given(media.name),
                url=media.url,
                description=w.given(media.description),
            )
        )
    return found


def create_call(
    url: str | None,
    name: str | None,
    description: str | None,
    target_audience: str | None,
    media: Iterable[ProductMediaItem] | None,
    options: CreateOptions,
) -> Call[Product]:
    if url is None and name is None:
        raise ValidationError("url", None, "a product page URL, or a name (at least one of them)")
    body = CreateProductBody(
        url=w.given(v.optional_url("url", url)),
        name=w.given(v.optional_text("name", name)),
        description=w.given(v.optional_text("description", description)),
        target_audience=w.given(v.optional_text("target_audience", target_audience)),
        media=w.given(_media(media, CreateProductBodyMediaItem)),
    )
    return Call(
        create_product,
        w.arguments(create_product._get_kwargs, body=body),
        parse=Product.from_data,
        options=options,
    )


def update_call(
    product: str | Product,
    name: str | None,
    description: str | None,
    target_audience: str | None,
    media: Iterable[ProductMediaItem] | None,
    options: UpdateOptions,
) -> Call[None]:
    body = UpdateProductBody(
        product_id=job_id("product_id", product),
        name=w.given(v.optional_text("name", name)),
        description=w.given(v.optional_text("description", description)),
        target_audience=w.given(v.optional_text("target_audience", target_audience)),
        media=w.given(_media(media, UpdateProductBodyMediaItem)),
    )
    call = Call(
        update_product,
        w.arguments(update_product._get_kwargs, body=body),
        parse=_nothing,
        requires_data=False,
        options=options,
    )
    unchanged = UpdateProductBody(product_id=body.product_id).to_dict()
    if call.arguments["body"].to_dict() == unchanged:  # the product id and nothing to change
        raise ValidationError(
            "update", None, "at least one of name, description, target_audience, media"
        )
    return call


def _nothing(_: Any) -> None:
    return None


class Products(SyncResource):
    """Create and update products, the pages a product video is made from."""

    def create(
        self,
        url: str | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
        **options: Unpack[CreateOptions],
    ) -> Product:
        """Create a product from its page ``url`` (the API reads the page) or from a ``name``.

        url: the product page (the API crawls it).
        name: the product's name, where there is no page (or to override the page's).
        description: what the product is and does.
        target_audience: who the video speaks to.
        media: images and videos of the product (ProductMediaItem).
        """
        return self._call(create_call(url, name, description, target_audience, media, options))

    def update(
        self,
        product_id: str | Product,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
        **options: Unpack[UpdateOptions],
    ) -> None:
        """Change some fields of a product.

        product_id: the product (its id, or the Product).
        name: the new name.
        description: the new description.
        target_audience: the new target audience.
        media: the new images and videos (replace the old ones).
        """
        self._call(update_call(product_id, name, description, target_audience, media, options))


class AsyncProducts(AsyncResource):
    """Create and update products, the pages a product video is made from."""

    async def create(
        self,
        url: str | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
        **options: Unpack[CreateOptions],
    ) -> Product:
        """Create a product from its page ``url`` (the API reads the page) or from a ``name``.

        url: the product page (the API crawls it).
        name: the product's name, where there is no page (or to override the page's).
        description: what the product is and does.
        target_audience: who the video speaks to.
        media: images and videos of the product (ProductMediaItem).
        """
        return await self._call(
            create_call(url, name, description, target_audience, media, options)
        )

    async def update(
        self,
        product_id: str | Product,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
        **options: Unpack[UpdateOptions],
    ) -> None:
        """Change some fields of a product.

        product_id: the product (its id, or the Product).
        name: the new name.
        description: the new description.
        target_audience: the new target audience.
        media: the new images and videos (replace the old ones).
        """
        await self._call(
            update_call(product_id, name, description, target_audience, media, options)
        )
