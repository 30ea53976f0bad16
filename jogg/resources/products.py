"""Products: what a product video is made from (POST and PUT /v2/product)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import _validation as v
from .._errors import ValidationError
from .._operations import operation
from .._transport import Call
from ..builders import ProductMediaItem
from ..types import Product
from ._base import AsyncResource, SyncResource


def _media(value: Iterable[ProductMediaItem] | None) -> list[dict[str, Any]] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError("media", value, "a list of ProductMediaItem")
    items = list(value)
    for index, item in enumerate(items):
        if not isinstance(item, ProductMediaItem):
            raise ValidationError(f"media[{index}]", item, "a ProductMediaItem")
    return [item.to_body() for item in items]


def create_call(
    url: str | None,
    name: str | None,
    description: str | None,
    target_audience: str | None,
    media: Iterable[ProductMediaItem] | None,
) -> Call[Product]:
    if url is None and name is None:
        raise ValidationError("url", None, "a product page URL, or a name (at least one of them)")
    body = v.drop_none(
        {
            "url": v.optional_url("url", url),
            "name": v.optional_text("name", name),
            "description": v.optional_text("description", description),
            "target_audience": v.optional_text("target_audience", target_audience),
            "media": _media(media),
        }
    )
    return Call(operation("create_product"), parse=Product.from_data, body=body)


def update_call(
    product_id: str,
    name: str | None,
    description: str | None,
    target_audience: str | None,
    media: Iterable[ProductMediaItem] | None,
) -> Call[None]:
    changes = v.drop_none(
        {
            "name": v.optional_text("name", name),
            "description": v.optional_text("description", description),
            "target_audience": v.optional_text("target_audience", target_audience),
            "media": _media(media),
        }
    )
    if not changes:
        raise ValidationError(
            "update", None, "at least one of name, description, target_audience, media"
        )
    body = {"product_id": v.text("product_id", product_id), **changes}
    return Call(operation("update_product"), parse=lambda _: None, body=body)


class Products(SyncResource):
    def create(
        self,
        url: str | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
    ) -> Product:
        """Create a product from its page ``url`` (the API reads the page) or from a ``name``."""
        return self._call(create_call(url, name, description, target_audience, media))

    def update(
        self,
        product_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
    ) -> None:
        """Change some fields of a product."""
        self._call(update_call(product_id, name, description, target_audience, media))


class AsyncProducts(AsyncResource):
    async def create(
        self,
        url: str | None = None,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
    ) -> Product:
        return await self._call(create_call(url, name, description, target_audience, media))

    async def update(
        self,
        product_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        target_audience: str | None = None,
        media: Iterable[ProductMediaItem] | None = None,
    ) -> None:
        await self._call(update_call(product_id, name, description, target_audience, media))
