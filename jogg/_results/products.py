"""Products, product videos and their previews."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs
from jogg_api.models.create_product_body_media_item_type import (
    CREATE_PRODUCT_BODY_MEDIA_ITEM_TYPE_VALUES,
    CreateProductBodyMediaItemType,
)
from jogg_api.models.get_product_video_response_200_data_type_0 import (
    GetProductVideoResponse200DataType0,
)
from jogg_api.models.product_info import ProductInfo
from jogg_api.models.product_info_media_type_0_item import ProductInfoMediaType0Item
from jogg_api.types import UNSET

from .. import _wire as w
from .._status import JobStatus
from ._common import (
    Files,
    JobError,
    _Downloadable,
    files_field,
    job_error,
    job_status,
    raw_field,
)


@attrs.frozen
class ProductMedia:
    kind: str | None  # "image" or "video"
    url: str | None
    name: str | None = None
    description: str | None = None

    @classmethod
    def _from_wire(cls, m: ProductInfoMediaType0Item) -> ProductMedia:
        code = w.integer(m.type_)
        kind = _MEDIA_NAMES.get(code) if code is not None else w.text(m.type_)
        return cls(kind, w.text(m.url), w.text(m.name), w.text(m.description))


# The facade's names for the spec's media type codes.
MEDIA_KINDS: dict[str, CreateProductBodyMediaItemType] = dict(
    zip(("image", "video"), w.allowed(CREATE_PRODUCT_BODY_MEDIA_ITEM_TYPE_VALUES), strict=True)
)
_MEDIA_NAMES: dict[int, str] = {code: name for name, code in MEDIA_KINDS.items()}


@attrs.frozen
class Product:
    id: str | None
    name: str | None = None
    url: str | None = None
    description: str | None = None
    target_audience: str | None = None
    media: tuple[ProductMedia, ...] = ()
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any) -> Product:
        m, raw = w.data(ProductInfo.from_dict, data, "a product")
        return cls(
            id=w.field(w.text, m, "Product.id", m.product_id),
            name=w.text(m.name),
            url=w.text(m.url),
            description=w.text(m.description),
            target_audience=w.text(m.target_audience),
            media=tuple(
                ProductMedia._from_wire(i) for i, _ in w.items(m.media, ProductInfoMediaType0Item)
            ),
            raw=raw,
        )


@attrs.frozen
class ProductVideo(_Downloadable):
    """A video made from a product (or rendered from a preview)."""

    id: str
    status: JobStatus
    title: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    deducted_credit: float | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        files: Files,
        *,
        id: Any,
        status: Any,
        title: Any = None,
        video_url: Any = None,
        cover_url: Any = None,
        duration: Any = None,
        created_at: Any = None,
        deducted_credit: Any = None,
        known_id: str | None = None,
    ) -> ProductVideo:
        """A product video from the wire values an answer's model gave (the spec's fields),
        with the live API's strays from the model's unknown keys as fallbacks; ``known_id``
        (the id asked for) only when the answer names none."""
        error = job_error(*w.strays(m, "ProductVideo.error"))
        return cls(
            id=w.field(w.text, m, "ProductVideo.id", id) or known_id or "",
            status=job_status(w.status(m, status), error),
            title=w.field(w.text, m, "ProductVideo.title", title),
            video_url=w.field(w.text, m, "ProductVideo.video_url", video_url),
            cover_url=w.field(w.text, m, "ProductVideo.cover_url", cover_url),
            duration=w.field(w.number, m, "ProductVideo.duration", duration),
            created_at=w.field(w.timestamp, m, "ProductVideo.created_at", created_at),
            deducted_credit=w.field(w.number, m, "ProductVideo.deducted_credit", deducted_credit),
            error=error,
            raw=raw,
            files=files,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> ProductVideo:
        """A product video from the `data` of get_product_video (or a webhook's object)."""
        m, raw = w.data(GetProductVideoResponse200DataType0.from_dict, data, "a product video")
        return cls._from_wire(
            m,
            raw,
            files,
            id=None,
            known_id=id,
            status=m.status,
            title=m.title,
            video_url=m.video_url,
            cover_url=m.cover_url,
            created_at=m.created_at,
            deducted_credit=m.deducted_credit,
        )


@attrs.frozen
class Preview(_Downloadable):
    """A preview of one visual style; render it into a full video with ``previews.render``."""

    id: str
    status: JobStatus
    visual_style: str | None = None
    title: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        files: Files,
        *,
        id: Any,
        status: Any = UNSET,
        visual_style: Any = None,
        title: Any = None,
        video_url: Any = None,
        cover_url: Any = None,
        duration: Any = None,
        created_at: Any = None,
        error: Any = None,
    ) -> Preview:
        error_value = job_error(error, *w.strays(m, "Preview.error"))
        return cls(
            id=w.field(w.text, m, "Preview.id", id) or "",
            status=job_status(w.status(m, status), error_value),
            visual_style=w.text(visual_style),
            title=w.text(title),
            video_url=w.text(video_url),
            cover_url=w.text(cover_url),
            duration=w.field(w.number, m, "Preview.duration", duration),
            created_at=w.timestamp(created_at),
            error=error_value,
            raw=raw,
            files=files,
        )
