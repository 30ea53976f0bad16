"""Products, product videos and their previews."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .. import _parse as p
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
    def from_data(cls, obj: p.Json) -> ProductMedia:
        code = p.integer(obj, "type")
        kind = {1: "image", 2: "video"}.get(code) if code is not None else p.text(obj, "type")
        return cls(kind, p.text(obj, "url"), p.text(obj, "name"), p.text(obj, "description"))


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
        obj = p.as_object(data, "a product")
        return cls(
            id=p.text(obj, "product_id", "id"),
            name=p.text(obj, "name"),
            url=p.text(obj, "url"),
            description=p.text(obj, "description"),
            target_audience=p.text(obj, "target_audience"),
            media=tuple(ProductMedia.from_data(m) for m in p.objects(obj, "media")),
            raw=obj,
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
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> ProductVideo:
        obj = p.as_object(data, "a product video")
        error = job_error(obj, "error", "err_msg", "error_msg")
        return cls(
            id=p.text(obj, "video_id", "product_video_id", "id") or id or "",
            status=job_status(obj, error),
            title=p.text(obj, "title", "name"),
            video_url=p.text(obj, "video_url", "url"),
            cover_url=p.text(obj, "cover_url"),
            duration=p.number(obj, "duration", "video_duration", "duration_seconds"),
            created_at=p.timestamp(obj, "created_at"),
            deducted_credit=p.number(obj, "deducted_credit"),
            error=error,
            raw=obj,
            files=files,
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
    def from_data(cls, data: Any, *, files: Files = None) -> Preview:
        obj = p.as_object(data, "a preview")
        error = job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "preview_id", "id") or "",
            status=job_status(obj, error),
            visual_style=p.text(obj, "visual_style"),
            title=p.text(obj, "title"),
            video_url=p.text(obj, "video_url"),
            cover_url=p.text(obj, "cover_url"),
            duration=p.number(obj, "video_duration", "duration"),
            created_at=p.timestamp(obj, "created_at"),
            error=error,
            raw=obj,
            files=files,
        )
